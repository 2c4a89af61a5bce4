/** Native filter (for @babel/runtime-corejs3/core-js-stable/instance/filter: Chrome has it). */
export default (it: { filter?: unknown }) => it.filter;
