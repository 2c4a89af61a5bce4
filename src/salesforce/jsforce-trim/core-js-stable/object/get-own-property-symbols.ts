/** Native Object.getOwnPropertySymbols (for @babel/runtime-corejs3/core-js-stable/object/get-own-property-symbols: Chrome has it). */
export default Object.getOwnPropertySymbols;
