/** Native URL (for @babel/runtime-corejs3/core-js-stable/url: Chrome has it). */
export default URL;
