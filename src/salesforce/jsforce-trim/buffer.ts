/**
 * Node's Buffer for the worker bundle (package.json "alias"), as far as jsforce uses
 * it on the worker's path: joining an answer's bytes and reading them as text, a
 * body's byte length, base64. The browser polyfill costs 27 KB of the worker.
 */
const decoder = new TextDecoder();
const encoder = new TextEncoder();

class Bytes extends Uint8Array {
  override toString(encoding?: string): string {
    if (encoding === "base64") return btoa(Array.from(this, (byte) => String.fromCharCode(byte)).join(""));
    return decoder.decode(this);
  }
}

function from(value: string | ArrayLike<number>, encoding?: string): Bytes {
  if (typeof value !== "string") return new Bytes(value);
  if (encoding === "base64") return new Bytes(Array.from(atob(value), (char) => char.charCodeAt(0)));
  return new Bytes(encoder.encode(value));
}

function concat(list: readonly Uint8Array[], totalLength = list.reduce((total, part) => total + part.length, 0)): Bytes {
  const joined = new Bytes(totalLength);
  let at = 0;
  for (const part of list) {
    if (at >= totalLength) break;
    joined.set(part.subarray(0, totalLength - at), at);
    at += part.length;
  }
  return joined;
}

export const Buffer = Object.assign(Bytes, {
  from,
  concat,
  byteLength: (value: string | Uint8Array): number => (typeof value === "string" ? encoder.encode(value).length : value.length),
  isBuffer: (value: unknown): value is Bytes => value instanceof Bytes,
  alloc: (size: number): Bytes => new Bytes(size),
});

export default { Buffer };
