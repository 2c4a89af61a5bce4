/** Native Set (for @babel/runtime-corejs3/core-js-stable/set: Chrome has it). */
export default Set;
