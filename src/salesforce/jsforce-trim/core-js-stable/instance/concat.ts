/** Native concat (for @babel/runtime-corejs3/core-js-stable/instance/concat: Chrome has it). */
export default (it: { concat?: unknown }) => it.concat;
