/** Native Object.defineProperty (for @babel/runtime-corejs3/core-js-stable/object/define-property: Chrome has it). */
export default Object.defineProperty;
