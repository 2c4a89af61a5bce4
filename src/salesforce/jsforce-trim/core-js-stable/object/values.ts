/** Native Object.values (for @babel/runtime-corejs3/core-js-stable/object/values: Chrome has it). */
export default Object.values;
