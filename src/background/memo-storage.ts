/**
 * A chrome.storage area for the worker that keeps each key's value in memory
 * until it changes. Every request reads the org's saved profile and OAuth grant
 * before its first API call, and each storage read is a hop to the browser
 * process (tens of ms on a busy machine) on the way to the network: the first
 * panel of a session waited for two of them in a row. A write here is read from
 * storage until Chrome tells of it; every write, here or elsewhere (the options
 * page), arrives by onChanged with its new value.
 */
import type { StorageAreaLike } from "../salesforce/oauth/grant-store";

type AreaName = "local" | "session";

export function memoStorage(area: chrome.storage.StorageArea, name: AreaName): StorageAreaLike {
  const known = new Map<string, Promise<Record<string, unknown>>>();
  chrome.storage.onChanged.addListener((changes, changed) => {
    if (changed !== name) return;
    // Our own writes come back here too: the new value is kept, not forgotten, so the next request does not ask again.
    for (const [key, { newValue }] of Object.entries(changes)) known.set(key, Promise.resolve(newValue === undefined ? {} : { [key]: newValue }));
  });
  return {
    get(key) {
      const cached = known.get(key);
      if (cached) return cached;
      const read = area.get(key);
      known.set(key, read);
      // A failed read is not remembered: the next request asks the browser again.
      read.catch(() => known.delete(key));
      return read;
    },
    async set(items) {
      for (const key of Object.keys(items)) known.delete(key);
      await area.set(items);
    },
    async remove(key) {
      known.delete(key);
      await area.remove(key);
    },
  };
}
