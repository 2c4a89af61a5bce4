/** Native Object.fromEntries (for @babel/runtime-corejs3/core-js-stable/object/from-entries: Chrome has it). */
export default Object.fromEntries;
