/** Native Object.keys (for @babel/runtime-corejs3/core-js-stable/object/keys: Chrome has it). */
export default Object.keys;
