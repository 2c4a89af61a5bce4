/** Native globalThis (for @babel/runtime-corejs3/core-js/global-this: Chrome has it). */
export default globalThis;
