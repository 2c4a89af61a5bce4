/** Native endsWith (for @babel/runtime-corejs3/core-js-stable/instance/ends-with: Chrome has it). */
export default (it: { endsWith?: unknown }) => it.endsWith;
