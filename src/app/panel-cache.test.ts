import { QueryClient } from "@tanstack/react-query";

import { casePanelFixture } from "../../test/support/case-panel-fixture";
import { orgContextFixture } from "../../test/support/org-context-fixture";
import type { CasePanelAnswer } from "../messaging/case-panel-data";
import type { OrgContext } from "../messaging/org-context";
import { casePanelQueryKey, ORG_CONTEXT_QUERY_KEY } from "../shared/case-panel/use-case-panel";
import { followPanelCache, type CacheStorage } from "./panel-cache";

/** What the worker answers for a case: its records, without the session's org context. */
const answerFixture = (overrides: Parameters<typeof casePanelFixture>[0] = {}): CasePanelAnswer => {
  const { org: _org, ...answer } = casePanelFixture(overrides);
  return answer;
};

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
const CASE_ID = "5008X00002CytAbQAJ";
const production = orgContextFixture();
// A full-copy sandbox: the same user and record ids on another host, under its own org id.
const sandbox = orgContextFixture({ orgHost: "acme--uat.sandbox.my.salesforce.com", orgId: "00D8X000000SbXyUAK" });

/** One page load of the panel: its org context answers, and (unless it is the cache's turn) its case. */
async function pageLoad(storage: CacheStorage, context: OrgContext, answer?: CasePanelAnswer) {
  const client = new QueryClient({ defaultOptions: { queries: { staleTime: 0 } } });
  const stop = followPanelCache(client, storage);
  if (answer) await client.fetchQuery({ queryKey: casePanelQueryKey(answer.case.id), queryFn: async () => answer });
  await client.fetchQuery({ queryKey: ORG_CONTEXT_QUERY_KEY, queryFn: async () => context });
  await settle();
  return { client, stop };
}

describe("panel cache across page loads", () => {
  it("puts back what an earlier panel of the same org and user fetched, with its age, so a revisit shows it and refreshes", async () => {
    const storage = memoryStorage();
    const data = answerFixture({ case: { id: CASE_ID } });
    const first = await pageLoad(storage, production, data);
    const fetchedAt = first.client.getQueryState(casePanelQueryKey(CASE_ID))!.dataUpdatedAt;
    first.stop();

    const second = await pageLoad(storage, production);
    expect(second.client.getQueryData(casePanelQueryKey(CASE_ID))).toEqual(data);
    // The original age comes back, so react-query knows it is stale and refetches on mount.
    expect(second.client.getQueryState(casePanelQueryKey(CASE_ID))?.dataUpdatedAt).toBe(fetchedAt);
  });

  it("shows nothing before the org context says whose panel it is", async () => {
    const storage = memoryStorage();
    (await pageLoad(storage, production, answerFixture({ case: { id: CASE_ID } }))).stop();
    const client = new QueryClient();
    followPanelCache(client, storage);
    await settle();
    expect(client.getQueryData(casePanelQueryKey(CASE_ID))).toBeUndefined();
  });

  it("never shows production's case in a sandbox with the same record id, nor the sandbox's in production", async () => {
    const storage = memoryStorage();
    const productionCase = answerFixture({ case: { id: CASE_ID, subject: "Production subject" } });
    const sandboxCase = answerFixture({ case: { id: CASE_ID, subject: "Sandbox subject" } });
    (await pageLoad(storage, production, productionCase)).stop();
    expect((await pageLoad(storage, sandbox)).client.getQueryData(casePanelQueryKey(CASE_ID))).toBeUndefined();

    (await pageLoad(storage, sandbox, sandboxCase)).stop();
    const backInProduction = await pageLoad(storage, production);
    expect(backInProduction.client.getQueryData<CasePanelAnswer>(casePanelQueryKey(CASE_ID))?.case.subject).toBe("Production subject");
    const backInSandbox = await pageLoad(storage, sandbox);
    expect(backInSandbox.client.getQueryData<CasePanelAnswer>(casePanelQueryKey(CASE_ID))?.case.subject).toBe("Sandbox subject");
  });

  it("never shows another user's cache on the same host, nor one from before a sandbox refresh (same host, new org id)", async () => {
    const storage = memoryStorage();
    (await pageLoad(storage, production, answerFixture({ case: { id: CASE_ID } }))).stop();
    const otherUser = orgContextFixture({ me: { ...production.me, id: "0058X00000OtherQAA" } });
    expect((await pageLoad(storage, otherUser)).client.getQueryData(casePanelQueryKey(CASE_ID))).toBeUndefined();
    const refreshed = orgContextFixture({ orgId: "00D8X000000NewIdUAK" });
    expect((await pageLoad(storage, refreshed)).client.getQueryData(casePanelQueryKey(CASE_ID))).toBeUndefined();
  });

  it("keeps an answer that came before the org context, and a fresher answer wins over the cache", async () => {
    const storage = memoryStorage();
    (await pageLoad(storage, production, answerFixture({ case: { id: CASE_ID, subject: "Older" } }))).stop();
    const fresh = await pageLoad(storage, production, answerFixture({ case: { id: CASE_ID, subject: "Fresh" } }));
    expect(fresh.client.getQueryData<CasePanelAnswer>(casePanelQueryKey(CASE_ID))?.case.subject).toBe("Fresh");
    fresh.stop();
    expect((await pageLoad(storage, production)).client.getQueryData<CasePanelAnswer>(casePanelQueryKey(CASE_ID))?.case.subject).toBe("Fresh");
  });

  it("does not write back what it just put back (a revisit costs no storage write until an answer comes)", async () => {
    const storage = memoryStorage();
    (await pageLoad(storage, production, answerFixture({ case: { id: CASE_ID } }))).stop();
    const set = vi.spyOn(storage, "set");
    const revisit = await pageLoad(storage, production);
    expect(revisit.client.getQueryData(casePanelQueryKey(CASE_ID))).toBeDefined();
    expect(set).not.toHaveBeenCalled();
    await revisit.client.fetchQuery({ queryKey: casePanelQueryKey(CASE_ID), queryFn: async () => answerFixture({ case: { id: CASE_ID, subject: "Refreshed" } }), staleTime: 0 });
    await settle();
    expect(set).toHaveBeenCalledTimes(1);
  });

  it("keeps the 20 most recent cases and ignores other queries", async () => {
    const storage = memoryStorage();
    const { client } = await pageLoad(storage, production);
    for (let i = 0; i < 22; i++) {
      const id = `5008X00002Cyt${String(i).padStart(2, "0")}QAJ`.slice(0, 18);
      await client.fetchQuery({ queryKey: casePanelQueryKey(id), queryFn: async () => answerFixture({ case: { id } }) });
      await settle();
    }
    await client.fetchQuery({ queryKey: ["something-else"], queryFn: async () => 1 });
    await settle();
    const entries = [...storage.items.values()][0] as { caseId: string }[];
    expect(entries).toHaveLength(20);
    expect(entries[0]!.caseId).toBe("5008X00002Cyt21QAJ");
  });

  it("ignores a cache it cannot read (an older version's, a broken one) instead of showing a broken panel", async () => {
    const storage = memoryStorage();
    storage.items.set("panel-cache:v1", [{ caseId: CASE_ID, updatedAt: 1, data: answerFixture({ case: { id: CASE_ID } }) }]);
    storage.items.set("panel-cache:v2", [{ owner: "x", caseId: "x", updatedAt: 1, data: { case: "not a case" } }, "nonsense"]);
    const { client } = await pageLoad(storage, production);
    expect(client.getQueryCache().getAll().filter((query) => query.queryKey[0] === "case-panel")).toHaveLength(0);
  });
});

describe("panel cache writes", () => {
  it("stores an answer a task after it came, so that the page shows it first", async () => {
    const storage = memoryStorage();
    const set = vi.spyOn(storage, "set");
    const { client } = await pageLoad(storage, production);
    const before = set.mock.calls.length;
    client.setQueryData(casePanelQueryKey(CASE_ID), answerFixture({ case: { id: CASE_ID } }));
    for (let i = 0; i < 20; i++) await Promise.resolve();
    expect(set.mock.calls.length).toBe(before);
    await settle();
    expect(set.mock.calls.length).toBe(before + 1);
  });

  it("stores a write's read-back in one storage call, reading the storage only once per page", async () => {
    const storage = memoryStorage();
    const get = vi.spyOn(storage, "get");
    const set = vi.spyOn(storage, "set");
    const { client, stop } = await pageLoad(storage, production, answerFixture({ case: { id: CASE_ID } }));
    const [readsAtLoad, writesAtLoad] = [get.mock.calls.length, set.mock.calls.length];

    // The claim's answer carries the case read back: the panel puts it in the query cache.
    client.setQueryData(casePanelQueryKey(CASE_ID), answerFixture({ case: { id: CASE_ID, status: "In Progress" } }));
    await settle();
    expect(get.mock.calls.length - readsAtLoad).toBe(0);
    expect(set.mock.calls.length - writesAtLoad).toBe(1);
    stop();

    const revisit = await pageLoad(storage, production);
    expect(revisit.client.getQueryData<CasePanelAnswer>(casePanelQueryKey(CASE_ID))?.case.status).toBe("In Progress");
  });
});
