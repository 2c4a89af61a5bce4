/** Native startsWith (for @babel/runtime-corejs3/core-js-stable/instance/starts-with: Chrome has it). */
export default (it: { startsWith?: unknown }) => it.startsWith;
