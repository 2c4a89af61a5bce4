/** Native iterator lookup (alias of @babel/runtime-corejs3/core-js/get-iterator-method: Chrome has Symbol.iterator). */
export default (it: { [Symbol.iterator]?: unknown }) => it[Symbol.iterator];
