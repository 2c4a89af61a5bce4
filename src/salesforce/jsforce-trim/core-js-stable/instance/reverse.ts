/** Native reverse (for @babel/runtime-corejs3/core-js-stable/instance/reverse: Chrome has it). */
export default (it: { reverse?: unknown }) => it.reverse;
