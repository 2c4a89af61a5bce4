import { QueryClient } from "@tanstack/react-query";

import { casePanelFixture } from "../../test/support/case-panel-fixture";
import type { CasePanelAnswer } from "../messaging/case-panel-data";

/** What the worker answers for a case: its records, without the session's org context. */
const answerFixture = (overrides: Parameters<typeof casePanelFixture>[0] = {}): CasePanelAnswer => {
  const { org: _org, ...answer } = casePanelFixture(overrides);
  return answer;
};
import { casePanelQueryKey } from "../shared/case-panel/use-case-panel";
import { hydratePanelCache, persistPanelCache, type CacheStorage } from "./panel-cache";

function memoryStorage(): CacheStorage & { items: Map<string, unknown> } {
  const items = new Map<string, unknown>();
  return {
    items,
    get: async (key) => (items.has(key) ? { [key]: structuredClone(items.get(key)) } : {}),
    set: async (entries) => {
      for (const [key, value] of Object.entries(entries)) items.set(key, structuredClone(value));
    },
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 10));

describe("panel cache across page loads", () => {
  it("puts back what an earlier panel fetched, with its age, so a revisit shows it and refreshes", async () => {
    const storage = memoryStorage();
    const first = new QueryClient();
    const stop = persistPanelCache(first, storage);
    const data = answerFixture();
    await first.fetchQuery({ queryKey: casePanelQueryKey(data.case.id), queryFn: async () => data });
    const fetchedAt = first.getQueryState(casePanelQueryKey(data.case.id))!.dataUpdatedAt;
    await settle();
    stop();

    const second = new QueryClient({ defaultOptions: { queries: { staleTime: 0 } } });
    await hydratePanelCache(second, storage);
    const state = second.getQueryState(casePanelQueryKey(data.case.id));
    expect(second.getQueryData(casePanelQueryKey(data.case.id))).toEqual(data);
    // The original age comes back, so react-query knows it is stale and refetches on mount.
    expect(state?.dataUpdatedAt).toBe(fetchedAt);
  });

  it("keeps the 20 most recent cases and ignores other queries", async () => {
    const storage = memoryStorage();
    const client = new QueryClient();
    persistPanelCache(client, storage);
    for (let i = 0; i < 22; i++) {
      const id = `5008X00002Cyt${String(i).padStart(2, "0")}QAJ`.slice(0, 18);
      const data = answerFixture({ case: { id } });
      await client.fetchQuery({ queryKey: casePanelQueryKey(id), queryFn: async () => data });
      await settle();
    }
    await client.fetchQuery({ queryKey: ["something-else"], queryFn: async () => 1 });
    await settle();
    const entries = [...storage.items.values()][0] as { caseId: string }[];
    expect(entries).toHaveLength(20);
    expect(entries[0]!.caseId).toBe("5008X00002Cyt21QAJ");
  });

  it("drops a cache it cannot read instead of showing a broken panel", async () => {
    const storage = memoryStorage();
    storage.items.set("panel-cache:v1", [{ caseId: "x", updatedAt: 1, data: { case: "not a case" } }]);
    const client = new QueryClient();
    await hydratePanelCache(client, storage);
    expect(client.getQueryCache().getAll()).toHaveLength(0);
  });
});
