/**
 * The few checks of @sindresorhus/is that jsforce's getBodySize makes (package.json
 * "alias"); the whole library would cost 11 KB of the worker for five type tests.
 */
const isFunction = (value: unknown): value is (...args: unknown[]) => unknown => typeof value === "function";

const is = {
  function_: isFunction,
  string: (value: unknown): value is string => typeof value === "string",
  urlSearchParams: (value: unknown): value is URLSearchParams => value instanceof URLSearchParams,
  buffer: (value: unknown): boolean => typeof Buffer !== "undefined" && Buffer.isBuffer(value),
  nodeStream: (value: unknown): boolean => typeof value === "object" && value !== null && isFunction((value as { pipe?: unknown }).pipe),
};

export default is;
