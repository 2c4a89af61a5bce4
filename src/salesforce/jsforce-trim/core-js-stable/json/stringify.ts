/** Native JSON.stringify (for @babel/runtime-corejs3/core-js-stable/json/stringify: Chrome has it). */
export default JSON.stringify;
