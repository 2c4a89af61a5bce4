/** Native keys (for @babel/runtime-corejs3/core-js-stable/instance/keys: Chrome has it). */
export default (it: { keys?: unknown }) => it.keys;
