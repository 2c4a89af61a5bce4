/**
 * ORDER BY as the SOQL reference documents it, on a queue of 2,500 open cases: picklists
 * in their defined order (High, Medium, Low), nulls first by default in both directions,
 * several sort fields, text by its upper-cased characters, and the same order through
 * LIMIT, OFFSET and every nextRecordsUrl page. Expected orders are computed here from the
 * store's rows, independently of the simulator's sort.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSimulator, type Simulator } from "../index";
import { api, NOW, q } from "../fixtures/harness";
import { withTeamCases } from "../fixtures/team-cases";
import { TINY, tinySeed } from "../fixtures/tiny-seed";

let sim: Simulator;
let call: ReturnType<typeof api>;
beforeAll(async () => {
  sim = await createSimulator({ seed: withTeamCases(tinySeed(NOW), NOW, { cases: 2100, owners: [TINY.amerQueue], statuses: ["New"] }), tls: false, now: () => NOW });
  call = api(sim, sim.login("ada@pooled.example"));
});
afterAll(() => sim.close());

type CaseRow = { Id: string; Priority: string | null; CreatedDate: string; Account?: { Name: string } | null };

/** Every record of a query, following nextRecordsUrl. */
async function all(soql: string, headers: Record<string, string> = {}): Promise<{ pages: number; records: CaseRow[] }> {
  let res = await call("GET", q(soql), undefined, headers);
  expect(res.status, res.text).toBe(200);
  const records: CaseRow[] = [...res.body.records];
  let pages = 1;
  while (!res.body.done) {
    res = await call("GET", res.body.nextRecordsUrl);
    records.push(...res.body.records);
    pages += 1;
  }
  return { pages, records };
}

const RANK: Record<string, number> = { High: 0, Medium: 1, Low: 2 };
const QUEUE_WHERE = `OwnerId = '${TINY.amerQueue}' AND IsClosed = false`;

/** The queue as the store holds it, sorted here by (rank of Priority, CreatedDate), nulls placed as asked. */
function expectedQueue(nulls: "first" | "last", desc = false) {
  const rows = sim.store.rows("Case").filter((r) => r.OwnerId === TINY.amerQueue && r.IsClosed === false);
  const rank = (p: unknown) => (p === null || p === undefined ? (nulls === "first" ? -Infinity : Infinity) : (desc ? -1 : 1) * RANK[String(p)]!);
  return rows
    .map((r) => ({ Id: String(r.Id), rank: rank(r.Priority), created: Number(r.CreatedDate), Priority: (r.Priority ?? null) as string | null }))
    .sort((a, b) => a.rank - b.rank || a.created - b.created);
}

const keyOf = (r: CaseRow) => `${r.Priority}|${Date.parse(r.CreatedDate.replace("+0000", "Z"))}`;

describe("ORDER BY on a picklist", () => {
  it("reads a 2,000+ case queue High, Medium, Low by CreatedDate across every page", async () => {
    const { pages, records } = await all(`SELECT Id, Priority, CreatedDate FROM Case WHERE ${QUEUE_WHERE} ORDER BY Priority NULLS LAST, CreatedDate`);
    const expected = expectedQueue("last");
    expect(expected.length).toBeGreaterThan(2000);
    expect(pages).toBe(2);
    expect(records[0]!.Priority).toBe("High");
    expect(records.map(keyOf)).toEqual(expected.map((e) => `${e.Priority}|${e.created}`));
    expect(new Set(records.map((r) => r.Id))).toEqual(new Set(expected.map((e) => e.Id)));
    // Alphabetical order would put Low before Medium.
    const firstLow = records.findIndex((r) => r.Priority === "Low");
    expect(records.slice(firstLow).some((r) => r.Priority === "Medium")).toBe(false);
  });

  it("puts cases without a priority first unless NULLS LAST is asked for (SOQL's default)", async () => {
    const res = await call("GET", q(`SELECT Id, Priority, CreatedDate FROM Case WHERE ${QUEUE_WHERE} ORDER BY Priority, CreatedDate LIMIT 300`));
    expect(res.body.records.map(keyOf)).toEqual(expectedQueue("first").slice(0, 300).map((e) => `${e.Priority}|${e.created}`));
    expect(res.body.records[0].Priority).toBeNull();
  });

  it("sorts DESC by the defined order reversed (Low, Medium, High), nulls still first by default", async () => {
    const { records } = await all(`SELECT Id, Priority, CreatedDate FROM Case WHERE ${QUEUE_WHERE} ORDER BY Priority DESC, CreatedDate`);
    expect(records.map(keyOf)).toEqual(expectedQueue("first", true).map((e) => `${e.Priority}|${e.created}`));
    const order = [...new Set(records.map((r) => r.Priority))];
    expect(order).toEqual([null, "Low", "Medium", "High"]);
  });

  it("orders Case.Status by the CaseStatus sort order, not alphabetically", async () => {
    const res = await call("GET", q("SELECT Status FROM Case WHERE Status != 'New' ORDER BY Status"));
    const seen = [...new Set(res.body.records.map((r: { Status: string }) => r.Status))];
    const sortOrder = sim.store.rows("CaseStatus").sort((a, b) => Number(a.SortOrder) - Number(b.SortOrder)).map((s) => s.ApiName);
    expect(seen).toEqual(sortOrder.filter((s) => seen.includes(s)));
    expect(seen).toEqual(["In Progress", "Closed_Resolved"]);
  });
});

describe("ORDER BY with LIMIT, OFFSET and ties", () => {
  it("gives the same rows through LIMIT/OFFSET pages as in one read, when the last sort field is unique", async () => {
    const soql = `SELECT Id, Priority, CreatedDate FROM Case WHERE ${QUEUE_WHERE} ORDER BY Priority NULLS LAST, CreatedDate, Id`;
    const whole = await all(soql);
    const paged: CaseRow[] = [];
    for (let offset = 0; offset <= 2000; offset += 500) {
      const res = await call("GET", q(`${soql} LIMIT 500 OFFSET ${offset}`));
      paged.push(...res.body.records);
    }
    expect(paged.map((r) => r.Id)).toEqual(whole.records.slice(0, paged.length).map((r) => r.Id));
    const offsetTooFar = await call("GET", q(`${soql} LIMIT 10 OFFSET 2001`));
    expect(offsetTooFar.body[0].errorCode).toBe("NUMBER_OUTSIDE_VALID_RANGE");
  });

  it("in scrambled-ties mode, tied rows come back in a different order on each query, yet one cursor never repeats a row", async () => {
    sim.setTieOrder("scrambled");
    try {
      const soql = `SELECT Id, Priority, CreatedDate FROM Case WHERE ${QUEUE_WHERE} ORDER BY Priority NULLS LAST`;
      const first = await all(soql, { "Sforce-Query-Options": "batchSize=500" });
      const second = await all(soql, { "Sforce-Query-Options": "batchSize=500" });
      expect(new Set(first.records.map((r) => r.Id)).size).toBe(first.records.length);
      expect(first.records.map((r) => r.Priority)).toEqual(second.records.map((r) => r.Priority));
      expect(first.records.map((r) => r.Id)).not.toEqual(second.records.map((r) => r.Id));
    } finally {
      sim.setTieOrder("id");
    }
  });
});

describe("ORDER BY on text, relationships and several fields", () => {
  it("compares text by its upper-cased characters: '_' sorts after letters", async () => {
    for (const name of ["Zeta", "alpha", "_under", "Beta"]) sim.store.insert("Account", { Name: `${name} Sort` }, TINY.ada);
    const res = await call("GET", q("SELECT Name FROM Account WHERE Name LIKE '%Sort' ORDER BY Name"));
    expect(res.body.records.map((r: { Name: string }) => r.Name)).toEqual(["alpha Sort", "Beta Sort", "Zeta Sort", "_under Sort"]);
  });

  it("sorts on a parent field with nulls placed as asked, then on a second field descending", async () => {
    const res = await call("GET", q(`SELECT Id, Account.Name, CreatedDate FROM Case WHERE ${QUEUE_WHERE} ORDER BY Account.Name DESC NULLS LAST, CreatedDate DESC LIMIT 2000`));
    const names = res.body.records.map((r: CaseRow) => r.Account?.Name ?? null);
    const firstNull = names.indexOf(null);
    expect(firstNull).toBeGreaterThan(0);
    expect(names.slice(firstNull).every((n: string | null) => n === null)).toBe(true);
    const named = names.slice(0, firstNull);
    expect(named).toEqual([...named].sort((a: string, b: string) => (a.toUpperCase() < b.toUpperCase() ? 1 : a.toUpperCase() > b.toUpperCase() ? -1 : 0)));
    const acme = res.body.records.filter((r: CaseRow) => r.Account?.Name === "Acme <Corp>").map((r: CaseRow) => Date.parse(r.CreatedDate.replace("+0000", "Z")));
    expect(acme).toEqual([...acme].sort((a, b) => b - a));
  });

  it("refuses to sort on a long text field", async () => {
    const res = await call("GET", q("SELECT Id FROM Case ORDER BY Description"));
    expect(res.status).toBe(400);
    expect(res.body[0].message).toContain("can not be sorted in a query call");
  });
});
