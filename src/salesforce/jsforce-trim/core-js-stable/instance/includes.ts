/** Native includes (for @babel/runtime-corejs3/core-js-stable/instance/includes: Chrome has it). */
export default (it: { includes?: unknown }) => it.includes;
