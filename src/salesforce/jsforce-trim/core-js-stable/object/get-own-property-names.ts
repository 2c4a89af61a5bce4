/** Native Object.getOwnPropertyNames (for @babel/runtime-corejs3/core-js-stable/object/get-own-property-names: Chrome has it). */
export default Object.getOwnPropertyNames;
