/** Native Object.entries (for @babel/runtime-corejs3/core-js-stable/object/entries: Chrome has it). */
export default Object.entries;
