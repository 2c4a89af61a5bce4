/** Native Date.now (for @babel/runtime-corejs3/core-js-stable/date/now: Chrome has it). */
export default Date.now;
