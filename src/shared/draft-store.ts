/**
 * What the AE typed and has not saved yet, kept in chrome.storage.local so it
 * survives a reload, a navigation and a failed save. Not localStorage: browsers
 * that block third-party storage would blank an iframe's localStorage.
 */
export interface DraftStorage {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

function memoryStorage(): DraftStorage {
  const items = new Map<string, unknown>();
  return {
    get: async (key) => (items.has(key) ? { [key]: items.get(key) } : {}),
    set: async (entries) => {
      for (const [key, value] of Object.entries(entries)) items.set(key, value);
    },
    remove: async (key) => {
      items.delete(key);
    },
  };
}

let fallback: DraftStorage | null = null;

/** chrome.storage.local in the extension; an in-memory stand-in where there is no chrome (component tests). */
export function draftStorage(): DraftStorage {
  const local = globalThis.chrome?.storage?.local as DraftStorage | undefined;
  return local ?? (fallback ??= memoryStorage());
}

export function createDraft(name: string, storage: DraftStorage = draftStorage()) {
  const key = `draft:${name}`;
  return {
    async load(): Promise<string | null> {
      const value = (await storage.get(key))[key];
      return typeof value === "string" ? value : null;
    },
    save: (text: string) => storage.set({ [key]: text }),
    clear: () => storage.remove(key),
  };
}
