/** Native indexOf (for @babel/runtime-corejs3/core-js-stable/instance/index-of: Chrome has it). */
export default (it: { indexOf?: unknown }) => it.indexOf;
