/** Native setInterval (for @babel/runtime-corejs3/core-js-stable/set-interval: Chrome has it). */
export default setInterval;
