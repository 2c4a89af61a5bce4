/** Native Symbol (for @babel/runtime-corejs3/core-js-stable/symbol: Chrome has it). */
export default Symbol;
