/**
 * What the AE typed and has not saved yet, kept in chrome.storage.local so it
 * survives a reload, a navigation and a failed save. Not localStorage: browsers
 * that block third-party storage would blank an iframe's localStorage. Each draft
 * is kept under its org and user (org-scope.ts): a sandbox's case with
 * production's id, or another login on this host, never gets this one's draft.
 */
import { useEffect, useMemo } from "react";

import { scopedKey, type OrgScope } from "../messaging/org-scope";

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

function createDraft(key: string, storage: DraftStorage = draftStorage()) {
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
 * The draft `name` of this org and user (memoised per key and storage), restored
 * once: what was stored is parsed and, unless `parse` refuses it (null), handed to
 * `restore`. A draft that arrives after the component moved on (other name,
 * unmounted) is dropped. Drafts kept before they were scoped are never read.
 */
export function useStoredDraft<T>(name: string, owner: OrgScope, parse: (text: string) => T | null, restore: (saved: T) => void, storage?: DraftStorage): Draft {
  const key = scopedKey(`draft:${name}`, owner);
  const draft = useMemo(() => createDraft(key, storage), [key, storage]);
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
