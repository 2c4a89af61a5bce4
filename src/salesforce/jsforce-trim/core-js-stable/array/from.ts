/** Native Array.from (for @babel/runtime-corejs3/core-js-stable/array/from: Chrome has it). */
export default Array.from;
