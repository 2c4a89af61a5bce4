/** Native trim (for @babel/runtime-corejs3/core-js-stable/instance/trim: Chrome has it). */
export default (it: { trim?: unknown }) => it.trim;
