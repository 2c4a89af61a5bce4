/** Native reduce (for @babel/runtime-corejs3/core-js-stable/instance/reduce: Chrome has it). */
export default (it: { reduce?: unknown }) => it.reduce;
