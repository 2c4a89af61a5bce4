/** Native forEach (for @babel/runtime-corejs3/core-js-stable/instance/for-each: Chrome has it). */
export default (it: { forEach?: unknown }) => it.forEach;
