/** Native Reflect.construct (for @babel/runtime-corejs3/core-js-stable/reflect/construct: Chrome has it). */
export default Reflect.construct;
