/** Native Promise (for @babel/runtime-corejs3/core-js-stable/promise: Chrome has it). */
export default Promise;
