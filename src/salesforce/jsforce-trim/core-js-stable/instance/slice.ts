/** Native slice (for @babel/runtime-corejs3/core-js-stable/instance/slice: Chrome has it). */
export default (it: { slice?: unknown }) => it.slice;
