/**
 * Stale-while-revalidate across page loads: the last panels the AE saw are kept
 * in chrome.storage.session (memory only, extension-only, gone when the browser
 * closes), each under its org and user (org-scope.ts), and put back into
 * react-query once the session's org context says whose panel this is: a sandbox
 * tab never shows production's copy of the same case id, nor a new login the last
 * user's. A revisit on a known session shows its case at once (the org context is
 * the worker's memory, no API call) while the worker refreshes it.
 */
import type { Query, QueryClient } from "@tanstack/react-query";
import * as z from "zod/v4-mini";

import { casePanelQueryKey, ORG_CONTEXT_QUERY_KEY } from "../shared/case-panel/use-case-panel";
import { CasePanelAnswerSchema, type CasePanelAnswer } from "../messaging/case-panel-data";
import { orgScopeOf, scopedKey } from "../messaging/org-scope";
import { PANEL_CACHE_KEY } from "../messaging/storage-keys";

const KEY = PANEL_CACHE_KEY;
const MAX_CASES = 20;

export interface CacheStorage {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

const EntrySchema = z.object({ owner: z.string(), caseId: z.string(), updatedAt: z.number(), data: CasePanelAnswerSchema });
type Entry = z.infer<typeof EntrySchema>;
/** Of the org context, what says whose the panel is. */
const WhoSchema = z.object({ orgHost: z.string().check(z.minLength(1)), orgId: z.nullable(z.string()), me: z.object({ id: z.string().check(z.minLength(1)) }) });

function sessionCacheStorage(): CacheStorage | undefined {
  return globalThis.chrome?.storage?.session as CacheStorage | undefined;
}

/** What is stored; an entry that does not parse (an older version's, a broken one) is left out, never shown. */
async function readEntries(storage: CacheStorage): Promise<Entry[]> {
  const stored = (await storage.get(KEY))[KEY];
  if (!Array.isArray(stored)) return [];
  return stored.flatMap((value) => {
    const parsed = EntrySchema.safeParse(value);
    return parsed.success ? [parsed.data] : [];
  });
}

/**
 * A task later: the answer's own task is where React shows it, and the write serializes up to MAX_CASES panels on
 * this thread. The AE waits for the first, not for the second.
 */
const afterThisTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

const PANEL_SCOPE = casePanelQueryKey("")[0];
const caseIdOf = (query: Query) => {
  const [scope, caseId] = query.queryKey as [unknown, unknown];
  return scope === PANEL_SCOPE && typeof caseId === "string" ? caseId : null;
};

/**
 * Follows the panel's queries: when the org context arrives, puts back this org's
 * and user's cached cases (where no fresher answer is in yet), and from then on
 * writes every case answer under that owner, most recent first. Returns the unsubscribe.
 */
export function followPanelCache(queryClient: QueryClient, storage: CacheStorage | undefined = sessionCacheStorage()): () => void {
  if (!storage) return () => undefined;
  const stored = readEntries(storage).catch((): Entry[] => []);
  let owner: string | null = null;
  let writes = Promise.resolve();
  let entries: Entry[] | null = null;
  /** What was put back, by case: writing it again would only cost a storage round trip. */
  const putBack = new Map<string, number>();

  const persist = (caseId: string, query: Query) => {
    const known = owner;
    const data = query.state.data as CasePanelAnswer | undefined;
    if (!known || !data || putBack.get(caseId) === query.state.dataUpdatedAt) return;
    const entry = { owner: known, caseId, updatedAt: query.state.dataUpdatedAt, data };
    // One storage write per answer, from the entries this page keeps: a write's read-back must be stored before
    // the AE navigates on (a read before each write let the page go first, and a revisit showed the case as before the claim).
    writes = writes.then(afterThisTask).then(async () => {
      entries = [entry, ...(entries ?? (await stored)).filter((existing) => !(existing.owner === known && existing.caseId === caseId))].slice(0, MAX_CASES);
      await storage.set({ [KEY]: entries });
    }).catch(() => undefined);
  };

  const hydrate = async (ownerKey: string) => {
    for (const entry of await stored) {
      if (entry.owner !== ownerKey || owner !== ownerKey) continue;
      const queryKey = casePanelQueryKey(entry.caseId);
      // A fresher answer (or a write's read-back) already in wins over the cache.
      if (queryClient.getQueryData(queryKey) !== undefined) continue;
      putBack.set(entry.caseId, entry.updatedAt);
      queryClient.setQueryData(queryKey, entry.data, { updatedAt: entry.updatedAt });
    }
  };

  return queryClient.getQueryCache().subscribe((event) => {
    if (event.type !== "updated" || event.action.type !== "success") return;
    const query = event.query;
    if (query.queryKey[0] === ORG_CONTEXT_QUERY_KEY[0]) {
      const context = WhoSchema.safeParse(query.state.data);
      if (!context.success) return;
      owner = scopedKey("case-panel", orgScopeOf(context.data));
      // Answers that came before the org context said whose they are.
      for (const other of queryClient.getQueryCache().getAll()) {
        const caseId = caseIdOf(other);
        if (caseId && other.state.data !== undefined) persist(caseId, other);
      }
      void hydrate(owner);
      return;
    }
    const caseId = caseIdOf(query);
    if (caseId) persist(caseId, query);
  });
}
