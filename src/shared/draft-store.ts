/**
 * What the AE typed and has not saved yet, kept in chrome.storage.local so it
 * survives a reload, a navigation and a failed save. Not localStorage: browsers
 * that block third-party storage would blank an iframe's localStorage.
 */
import { useEffect, useMemo } from "react";

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
function draftStorage(): DraftStorage {
  const local = globalThis.chrome?.storage?.local as DraftStorage | undefined;
  return local ?? (fallback ??= memoryStorage());
}

function createDraft(name: string, storage: DraftStorage = draftStorage()) {
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

export type Draft = ReturnType<typeof createDraft>;

/**
 * The draft `name` (memoised per name and storage), restored once: what was stored
 * is parsed and, unless `parse` refuses it (null), handed to `restore`. A draft
 * that arrives after the component moved on (other name, unmounted) is dropped.
 */
export function useStoredDraft<T>(name: string, parse: (text: string) => T | null, restore: (saved: T) => void, storage?: DraftStorage): Draft {
  const draft = useMemo(() => createDraft(name, storage), [name, storage]);
  useEffect(() => {
    let live = true;
    void draft.load().then((text) => {
      const saved = live && text !== null ? parse(text) : null;
      if (saved !== null) restore(saved);
    });
    return () => {
      live = false;
    };
    // Once per draft: `parse` and `restore` are the ones of the render that loaded it.
  }, [draft]);
  return draft;
}
