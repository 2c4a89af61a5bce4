/** A chrome.storage area (local or session) in memory, fresh per call, with its items open for assertions. */
export interface MemoryStorageArea {
  items: Map<string, unknown>;
  get(key: string): Promise<Record<string, unknown>>;
  set(entries: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

export function memoryStorageArea(initial: Record<string, unknown> = {}): MemoryStorageArea {
  const items = new Map<string, unknown>(Object.entries(initial));
  return {
    items,
    get: async (key) => (items.has(key) ? { [key]: items.get(key) } : {}),
    set: async (entries) => {
      for (const [key, value] of Object.entries(entries)) items.set(key, value);
    },
    remove: async (key) => {
      items.delete(key);
    },
  };
}
