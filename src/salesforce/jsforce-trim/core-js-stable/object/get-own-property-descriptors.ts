/** Native Object.getOwnPropertyDescriptors (for @babel/runtime-corejs3/core-js-stable/object/get-own-property-descriptors: Chrome has it). */
export default Object.getOwnPropertyDescriptors;
