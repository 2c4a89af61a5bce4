/** Native setTimeout (for @babel/runtime-corejs3/core-js-stable/set-timeout: Chrome has it). */
export default setTimeout;
