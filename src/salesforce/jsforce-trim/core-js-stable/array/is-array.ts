/** Native Array.isArray (for @babel/runtime-corejs3/core-js-stable/array/is-array: Chrome has it). */
export default Array.isArray;
