/**
 * The badge's last pool read in chrome.storage.session, as the worker keeps it in
 * memory: every case read asks for it before its fetch, so a write (its own, or
 * another page's) must not send the next read to the browser.
 */
import { afterEach, expect, it, vi } from "vitest";

import { orgContextFixture } from "../../test/support/org-context-fixture";

type Change = { oldValue?: unknown; newValue?: unknown };
type Listener = (changes: Record<string, Change>, area: string) => void;

/** chrome.storage.session with Chrome's onChanged, which tells every page of the extension of each write, the writer's too. */
function sessionStorageWithEvents() {
  const items = new Map<string, unknown>();
  const listeners: Listener[] = [];
  const changed = (key: string, newValue: unknown) => {
    const oldValue = items.get(key);
    items.set(key, newValue);
    for (const listener of listeners) listener({ [key]: { oldValue, newValue: structuredClone(newValue) } }, "session");
  };
  const get = vi.fn(async (key: string) => (items.has(key) ? { [key]: structuredClone(items.get(key)) } : {}));
  const set = vi.fn(async (written: Record<string, unknown>) => Object.entries(written).forEach(([key, value]) => changed(key, value)));
  vi.stubGlobal("chrome", { storage: { session: { get, set }, onChanged: { addListener: (listener: Listener) => listeners.push(listener) } } });
  return { get, changed };
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

it("asks the browser once, and neither its own write nor another page's sends the next case read back to it", async () => {
  const storage = sessionStorageWithEvents();
  vi.resetModules();
  const { poolReadOwner, poolReadWanted, recordPoolRead } = await import("./badge");
  const owner = poolReadOwner(orgContextFixture(), new Date("2026-12-01T15:00:00Z"));
  const now = Date.now();

  await recordPoolRead(owner, [], now);
  expect(await poolReadWanted(owner.scope, now)).toBe(false);
  expect(storage.get).toHaveBeenCalledTimes(1);

  // Another page of the extension clears the reads: the memory follows what storage now holds.
  storage.changed("badge:last-pool-read:v2", {});
  expect(await poolReadWanted(owner.scope, now)).toBe(true);
  expect(storage.get).toHaveBeenCalledTimes(1);
});
