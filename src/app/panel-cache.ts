/**
 * Stale-while-revalidate across page loads: the last panels the AE saw are kept
 * in chrome.storage.session (memory only, extension-only, gone when the browser
 * closes) and put back into react-query before the first render, so revisiting a
 * case shows it at once while the worker refreshes it.
 */
import type { QueryClient } from "@tanstack/react-query";
import * as z from "zod";

import { casePanelQueryKey } from "../shared/case-panel/use-case-panel";
import { CasePanelAnswerSchema } from "../messaging/case-panel-data";
import { PANEL_CACHE_KEY } from "../messaging/storage-keys";

const KEY = PANEL_CACHE_KEY;
const MAX_CASES = 20;

export interface CacheStorage {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

const EntriesSchema = z.array(z.object({ caseId: z.string(), updatedAt: z.number(), data: CasePanelAnswerSchema }));
type Entries = z.infer<typeof EntriesSchema>;

function sessionCacheStorage(): CacheStorage | undefined {
  return globalThis.chrome?.storage?.session as CacheStorage | undefined;
}

export async function hydratePanelCache(queryClient: QueryClient, storage: CacheStorage | undefined = sessionCacheStorage()): Promise<void> {
  if (!storage) return;
  const parsed = EntriesSchema.safeParse((await storage.get(KEY))[KEY]);
  if (!parsed.success) return;
  for (const entry of parsed.data) {
    queryClient.setQueryData(casePanelQueryKey(entry.caseId), entry.data, { updatedAt: entry.updatedAt });
  }
}

/** Writes every freshly fetched panel to the cache (most recent first); returns the unsubscribe. */
export function persistPanelCache(queryClient: QueryClient, storage: CacheStorage | undefined = sessionCacheStorage()): () => void {
  if (!storage) return () => undefined;
  let entries: Entries | null = null;
  return queryClient.getQueryCache().subscribe((event) => {
    if (event.type !== "updated" || event.action.type !== "success") return;
    const [scope, caseId] = event.query.queryKey as [unknown, unknown];
    if (scope !== casePanelQueryKey("")[0] || typeof caseId !== "string") return;
    void (async () => {
      entries ??= EntriesSchema.safeParse((await storage.get(KEY))[KEY]).data ?? [];
      const entry = { caseId, updatedAt: event.query.state.dataUpdatedAt, data: event.query.state.data as Entries[number]["data"] };
      entries = [entry, ...entries.filter((existing) => existing.caseId !== caseId)].slice(0, MAX_CASES);
      await storage.set({ [KEY]: entries });
    })();
  });
}
