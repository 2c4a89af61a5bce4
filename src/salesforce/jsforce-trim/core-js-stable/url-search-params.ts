/** Native URLSearchParams (for @babel/runtime-corejs3/core-js-stable/url-search-params: Chrome has it). */
export default URLSearchParams;
