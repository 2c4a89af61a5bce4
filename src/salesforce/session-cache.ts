/**
 * Per-session metadata (who I am, statuses, business hours) read once and kept
 * for the browser session in chrome.storage.session, so a worker that Chrome
 * stopped for idleness does not pay for it again. Keys carry a hash of the
 * session token, never the token: a new login starts a fresh cache.
 */
export interface SessionStorageArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

const memory = new Map<string, unknown>();

const hexDigest = (text: string): Promise<string> =>
  crypto.subtle.digest("SHA-256", new TextEncoder().encode(text)).then((digest) => [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, "0")).join(""));

const hashes = new Map<string, Promise<string>>();
/** Few texts are ever hashed (a session's tokens): more than this and the memory starts again. */
const MAX_HASHES = 64;

/**
 * Hex SHA-256: cache keys carry a hash of a token, never the token. Each text is hashed once: every request asks
 * (its session's keys, the org check's), and a digest is a hop to another thread on the way to the request's fetch.
 */
export function sha256(text: string): Promise<string> {
  let hash = hashes.get(text);
  if (!hash) {
    if (hashes.size >= MAX_HASHES) hashes.clear();
    hash = hexDigest(text);
    hash.catch(() => hashes.delete(text));
    hashes.set(text, hash);
  }
  return hash;
}

const fingerprints = new WeakMap<object, Promise<string>>();

/** The hex SHA-256 of a profile's JSON, once per profile object: every request's cache keys carry it. */
export function profileFingerprint(profile: object): Promise<string> {
  let fingerprint = fingerprints.get(profile);
  if (!fingerprint) {
    fingerprint = hexDigest(JSON.stringify(profile));
    fingerprints.set(profile, fingerprint);
  }
  return fingerprint;
}

export async function sessionCacheKey(name: string, instanceUrl: string, accessToken: string): Promise<string> {
  return `${name}:${instanceUrl}:${(await sha256(accessToken)).slice(0, 16)}`;
}

const pending = new Map<string, Promise<unknown>>();

/**
 * The value for this session: from memory, else from session storage, else loaded.
 * Concurrent callers (the panel and the badge at browser start) share one load.
 */
export function cachedForSession<T>(
  key: string,
  load: () => Promise<T>,
  parse: (value: unknown) => T,
  storage: SessionStorageArea | undefined = globalThis.chrome?.storage?.session,
): Promise<T> {
  if (memory.has(key)) return Promise.resolve(memory.get(key) as T);
  let inFlight = pending.get(key) as Promise<T> | undefined;
  if (!inFlight) {
    inFlight = readOrLoad(key, load, parse, storage).finally(() => pending.delete(key));
    pending.set(key, inFlight);
  }
  return inFlight;
}

async function readOrLoad<T>(key: string, load: () => Promise<T>, parse: (value: unknown) => T, storage: SessionStorageArea | undefined): Promise<T> {
  const stored = storage ? (await storage.get(key))[key] : undefined;
  if (stored !== undefined) {
    try {
      const value = parse(stored);
      memory.set(key, value);
      return value;
    } catch {
      // A cache written by an older version: read again.
    }
  }
  const value = await load();
  memory.set(key, value);
  // Kept for a worker Chrome restarts; whoever waits for the value need not wait for that.
  storage?.set({ [key]: value }).catch(() => undefined);
  return value;
}

/** The value for this session if this worker already holds it; null (and nothing read) otherwise. */
export function knownForSession<T>(key: string): T | null {
  return memory.has(key) ? (memory.get(key) as T) : null;
}

/** For tests: forget what this worker remembers. */
export function clearMemoryCache(): void {
  memory.clear();
}
