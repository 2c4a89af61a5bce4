/** Native Object.defineProperties (for @babel/runtime-corejs3/core-js-stable/object/define-properties: Chrome has it). */
export default Object.defineProperties;
