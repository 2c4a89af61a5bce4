/**
 * Node's `process` for the bundles (package.json "alias"). jsforce's request
 * pipeline runs on Node streams, which call process.nextTick for every step; the
 * browser polyfill runs each tick as a setTimeout, which Chrome clamps to 4 ms once
 * nested, and those add up to tens of milliseconds per API call. Here a tick is a
 * microtask, as in Node. jsforce reads only `env` (no proxy, no log level).
 */
type Tick = (...args: unknown[]) => void;

export const env: Record<string, string | undefined> = {};
export const browser = true;
export const version = "";
export const versions: Record<string, string> = {};
export const platform = "browser";
export const argv: string[] = [];

export function nextTick(callback: Tick, ...args: unknown[]): void {
  queueMicrotask(() => callback(...args));
}

export const cwd = () => "/";
export const emitWarning = (): void => undefined;
/** Streams compare a pipe's destination with these: nothing here is a terminal. */
export const stdout = null;
export const stderr = null;

export default { env, browser, version, versions, platform, argv, nextTick, cwd, emitWarning, stdout, stderr };
