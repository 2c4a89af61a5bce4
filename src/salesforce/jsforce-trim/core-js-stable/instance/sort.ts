/** Native sort (for @babel/runtime-corejs3/core-js-stable/instance/sort: Chrome has it). */
export default (it: { sort?: unknown }) => it.sort;
