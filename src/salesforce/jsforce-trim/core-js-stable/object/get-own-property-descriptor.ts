/** Native Object.getOwnPropertyDescriptor (for @babel/runtime-corejs3/core-js-stable/object/get-own-property-descriptor: Chrome has it). */
export default Object.getOwnPropertyDescriptor;
