/** Native Symbol.toPrimitive (for @babel/runtime-corejs3/core-js-stable/symbol/to-primitive: Chrome has it). */
export default Symbol.toPrimitive;
