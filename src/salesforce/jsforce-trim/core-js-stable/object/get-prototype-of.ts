/** Native Object.getPrototypeOf (for @babel/runtime-corejs3/core-js-stable/object/get-prototype-of: Chrome has it). */
export default Object.getPrototypeOf;
