import { afterEach, describe, expect, it, vi } from "vitest";

import { memoryStorageArea } from "../../test/support/memory-storage-area";
import { memoStorage } from "./memo-storage";

type Listener = (changes: Record<string, unknown>, area: string) => void;

function chromeWithOnChanged() {
  const listeners: Listener[] = [];
  vi.stubGlobal("chrome", { storage: { onChanged: { addListener: (listener: Listener) => listeners.push(listener) } } });
  return { changed: (area: string, key: string, newValue?: unknown) => listeners.forEach((listener) => listener({ [key]: newValue === undefined ? {} : { newValue } }, area)) };
}

/** A memory area whose reads are counted: each one stands for a hop to the browser process. */
function countedArea(initial: Record<string, unknown>) {
  const area = memoryStorageArea(initial);
  const get = vi.fn(area.get);
  return { area: { ...area, get } as unknown as chrome.storage.StorageArea, get, items: area.items };
}

afterEach(() => vi.unstubAllGlobals());

describe("memoStorage", () => {
  it("asks the browser once per key, however many requests read it", async () => {
    chromeWithOnChanged();
    const { area, get } = countedArea({ profile: { a: 1 } });
    const memo = memoStorage(area, "local");
    expect(await Promise.all([memo.get("profile"), memo.get("profile"), memo.get("profile")])).toEqual([{ profile: { a: 1 } }, { profile: { a: 1 } }, { profile: { a: 1 } }]);
    expect(get).toHaveBeenCalledTimes(1);
  });

  it("takes the new value of a change in its own area, its own writes' included, without asking again", async () => {
    const chrome = chromeWithOnChanged();
    const { area, get, items } = countedArea({ profile: "old", other: 1 });
    const memo = memoStorage(area, "local");
    await memo.get("profile");
    items.set("profile", "new");
    chrome.changed("session", "profile", "new");
    chrome.changed("local", "other", 2);
    expect(await memo.get("profile")).toEqual({ profile: "old" });
    chrome.changed("local", "profile", "new");
    expect(await memo.get("profile")).toEqual({ profile: "new" });
    items.delete("profile");
    chrome.changed("local", "profile");
    expect(await memo.get("profile")).toEqual({});
    expect(get).toHaveBeenCalledTimes(1);
  });

  it("never answers from memory what it wrote or removed itself, before Chrome's change event comes", async () => {
    chromeWithOnChanged();
    const { area } = countedArea({ grant: "first" });
    const memo = memoStorage(area, "session");
    await memo.get("grant");
    await memo.set({ grant: "second" });
    expect(await memo.get("grant")).toEqual({ grant: "second" });
    await memo.remove("grant");
    expect(await memo.get("grant")).toEqual({});
  });

  it("does not keep a failed read", async () => {
    chromeWithOnChanged();
    const get = vi.fn().mockRejectedValueOnce(new Error("Extension context invalidated.")).mockResolvedValue({ key: 1 });
    const memo = memoStorage({ get } as unknown as chrome.storage.StorageArea, "local");
    await expect(memo.get("key")).rejects.toThrow("invalidated");
    expect(await memo.get("key")).toEqual({ key: 1 });
  });
});
