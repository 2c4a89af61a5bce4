/** Native map (for @babel/runtime-corejs3/core-js-stable/instance/map: Chrome has it). */
export default (it: { map?: unknown }) => it.map;
