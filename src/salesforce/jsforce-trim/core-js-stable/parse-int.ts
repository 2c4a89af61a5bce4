/** Native parseInt (for @babel/runtime-corejs3/core-js-stable/parse-int: Chrome has it). */
export default parseInt;
