/** Native find (for @babel/runtime-corejs3/core-js-stable/instance/find: Chrome has it). */
export default (it: { find?: unknown }) => it.find;
