/**
 * Aggregate SOQL through the REST API, each answer checked against a computation made here
 * from the store's rows: GROUP BY (fields, a polymorphic parent's Name, date functions in UTC
 * and in the user's time zone), COUNT / COUNT_DISTINCT / SUM / AVG / MIN / MAX, aliases and
 * exprN names, HAVING, ORDER BY on groups and aggregates, LIMIT, the AggregateResult shape,
 * no query locator, and what SOQL refuses.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSimulator, type Simulator } from "../index";
import { api, NOW, q } from "../fixtures/harness";
import { withTeamCases } from "../fixtures/team-cases";
import { TINY, tinySeed } from "../fixtures/tiny-seed";
import type { Row } from "../values";

let sim: Simulator;
let ada: ReturnType<typeof api>;
let bob: ReturnType<typeof api>;
beforeAll(async () => {
  sim = await createSimulator({ seed: withTeamCases(tinySeed(NOW), NOW, { cases: 700, opportunities: 120 }), tls: false, now: () => NOW });
  ada = api(sim, sim.login("ada@pooled.example"));
  bob = api(sim, sim.login("bob@pooled.example"));
});
afterAll(() => sim.close());

async function rows(soql: string, as = ada) {
  const res = await as("GET", q(soql));
  expect(res.status, res.text).toBe(200);
  expect(res.body.done).toBe(true);
  expect(res.body.totalSize).toBe(res.body.records.length);
  return res.body.records as Record<string, any>[];
}

async function refused(soql: string) {
  const res = await ada("GET", q(soql));
  expect(res.status, soql).toBe(400);
  return res.body[0] as { errorCode: string; message: string };
}

/** Rows grouped by a key, computed here. */
function groups<K>(items: Row[], key: (r: Row) => K): Map<K, Row[]> {
  const out = new Map<K, Row[]>();
  for (const r of items) out.set(key(r), [...(out.get(key(r)) ?? []), r]);
  return out;
}

const cases = () => sim.store.rows("Case");
const opportunities = () => sim.store.rows("Opportunity");
const cents = (values: unknown[]) => values.filter((v): v is number => typeof v === "number").reduce((sum, v) => sum + Math.round(v * 100), 0) / 100;
const ownerName = (r: Row) => String(sim.store.rowById(String(r.OwnerId))!.row.Name);

/** Wall-clock parts of an instant in a zone, read from a locale string (not the simulator's code path). */
function wall(ms: number, timeZone: string) {
  const [date, time] = new Date(ms).toLocaleString("sv-SE", { timeZone, hour12: false }).split(" ");
  const [y, m, d] = date!.split("-").map(Number);
  return { date: date!, y: y!, m: m!, d: d!, hour: Number(time!.slice(0, 2)) };
}

describe("AggregateResult rows", () => {
  it("counts per Priority in picklist order, with the documented shape and exprN names", async () => {
    const got = await rows("SELECT Priority, COUNT(Id), COUNT(Origin), COUNT_DISTINCT(OwnerId) FROM Case GROUP BY Priority ORDER BY Priority");
    const byPriority = groups(cases(), (r) => (r.Priority ?? null) as string | null);
    expect(got.map((r) => r.Priority)).toEqual([null, "High", "Medium", "Low"]);
    for (const row of got) {
      const members = byPriority.get(row.Priority)!;
      expect(row).toEqual({
        attributes: { type: "AggregateResult" },
        Priority: row.Priority,
        expr0: members.length,
        expr1: members.filter((r) => r.Origin !== null && r.Origin !== undefined).length,
        expr2: new Set(members.map((r) => r.OwnerId)).size,
      });
      expect(Object.keys(row)).toEqual(["attributes", "Priority", "expr0", "expr1", "expr2"]);
    }
  });

  it("names columns by alias, and numbers only the functions without one", async () => {
    const [first] = await rows("SELECT Priority p, COUNT(Id), MAX(CreatedDate) latest, COUNT_DISTINCT(OwnerId) FROM Case WHERE Priority = 'High' GROUP BY Priority");
    expect(Object.keys(first!)).toEqual(["attributes", "p", "expr0", "latest", "expr1"]);
    const high = cases().filter((r) => r.Priority === "High");
    expect(first!.latest).toBe(new Date(Math.max(...high.map((r) => Number(r.CreatedDate)))).toISOString().replace(".000Z", ".000+0000"));
  });

  it("groups by a polymorphic owner's Name (users and queues), keyed as Name", async () => {
    const got = await rows("SELECT Owner.Name, COUNT(Id) cases, SUM(Time_To_First_Response__c), AVG(Time_To_First_Response__c) FROM Case WHERE IsClosed = false GROUP BY Owner.Name ORDER BY COUNT(Id) DESC, Owner.Name");
    const expected = [...groups(cases().filter((r) => r.IsClosed === false), ownerName)].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1));
    expect(got.map((r) => [r.Name, r.cases])).toEqual(expected.map(([name, members]) => [name, members.length]));
    for (const row of got) {
      const members = expected.find(([name]) => name === row.Name)![1];
      const responses = members.map((r) => r.Time_To_First_Response__c).filter((v) => typeof v === "number");
      expect(row.expr0).toBe(cents(responses));
      expect(row.expr1).toBeCloseTo(cents(responses) / responses.length, 9);
    }
    expect(got.map((r) => r.Name)).toContain("Pooled Sales Queue");
  });

  it("sums currency exactly, and takes MIN and MAX of amounts and dates, per stage", async () => {
    const got = await rows("SELECT StageName, SUM(Amount) total, AVG(Amount) mean, MIN(Amount), MAX(Amount), MIN(CloseDate), MAX(CloseDate) FROM Opportunity GROUP BY StageName");
    const byStage = groups(opportunities(), (r) => String(r.StageName));
    expect(new Set(got.map((r) => r.StageName))).toEqual(new Set(byStage.keys()));
    for (const row of got) {
      const members = byStage.get(row.StageName)!;
      const amounts = members.map((r) => r.Amount).filter((v): v is number => typeof v === "number");
      const dates = members.map((r) => String(r.CloseDate)).sort();
      expect(row.total).toBe(cents(amounts));
      expect(row.mean).toBeCloseTo(cents(amounts) / amounts.length, 9);
      expect([row.expr0, row.expr1]).toEqual([Math.min(...amounts), Math.max(...amounts)]);
      expect([row.expr2, row.expr3]).toEqual([dates[0], dates[dates.length - 1]]);
    }
  });

  it("takes MIN and MAX of a picklist by its defined order, not alphabetically", async () => {
    const got = await rows("SELECT OwnerId, MIN(Priority), MAX(Priority) FROM Case WHERE Priority != null GROUP BY OwnerId");
    const rank = ["High", "Medium", "Low"];
    for (const row of got) {
      const seen = cases().filter((r) => r.OwnerId === row.OwnerId && r.Priority).map((r) => rank.indexOf(String(r.Priority)));
      expect([row.expr0, row.expr1]).toEqual([rank[Math.min(...seen)], rank[Math.max(...seen)]]);
    }
    expect(got.some((r) => r.expr1 === "Low")).toBe(true);
  });

  it("answers one row without GROUP BY, also when nothing matches (counts 0, other aggregates null)", async () => {
    const [everything] = await rows("SELECT COUNT(Id), SUM(Time_To_First_Response__c), MAX(CreatedDate) FROM Case");
    expect(everything!.expr0).toBe(cases().length);
    expect(everything!.expr1).toBe(cents(cases().map((r) => r.Time_To_First_Response__c)));
    const none = await rows("SELECT COUNT(Id), SUM(Time_To_First_Response__c), MAX(CreatedDate) FROM Case WHERE Subject = 'no such subject'");
    expect(none).toEqual([{ attributes: { type: "AggregateResult" }, expr0: 0, expr1: null, expr2: null }]);
    expect(await rows("SELECT Priority, COUNT(Id) FROM Case WHERE Subject = 'no such subject' GROUP BY Priority")).toEqual([]);
  });

  it("lists distinct values, null included, with GROUP BY and no aggregate", async () => {
    const got = await rows("SELECT Origin FROM Case GROUP BY Origin");
    expect(new Set(got.map((r) => r.Origin))).toEqual(new Set(cases().map((r) => r.Origin ?? null)));
    expect(got).toHaveLength(new Set(cases().map((r) => r.Origin ?? null)).size);
  });
});

describe("HAVING, ORDER BY and LIMIT", () => {
  it("filters groups by an aggregate and a grouped field, orders by an aggregate and limits", async () => {
    const got = await rows(
      "SELECT Owner.Name, Priority, COUNT(Id) n FROM Case WHERE IsClosed = false GROUP BY Owner.Name, Priority " +
        "HAVING COUNT(Id) > 20 AND (Priority = 'High' OR Priority = null) ORDER BY COUNT(Id) DESC, Owner.Name, Priority NULLS LAST LIMIT 3",
    );
    const all = [...groups(cases().filter((r) => r.IsClosed === false), (r) => `${ownerName(r)}|${r.Priority ?? ""}`)]
      .map(([key, members]) => ({ name: key.split("|")[0], priority: key.split("|")[1] || null, n: members.length }))
      .filter((g) => g.n > 20 && (g.priority === "High" || g.priority === null))
      .sort((a, b) => b.n - a.n || (a.name! < b.name! ? -1 : a.name! > b.name! ? 1 : 0) || (a.priority === null ? 1 : b.priority === null ? -1 : 0));
    expect(got.map((r) => ({ name: r.Name, priority: r.Priority, n: r.n }))).toEqual(all.slice(0, 3));
    expect(all.length).toBeGreaterThan(3);
  });

  it("refuses to page an aggregate answer: more groups than the batch size is EXCEEDED_ID_LIMIT", async () => {
    expect(cases().length).toBeGreaterThan(500);
    const res = await ada("GET", q("SELECT CaseNumber, COUNT(Id) FROM Case GROUP BY CaseNumber"), undefined, { "Sforce-Query-Options": "batchSize=500" });
    expect(res.status).toBe(400);
    expect(res.body[0]).toEqual({ errorCode: "EXCEEDED_ID_LIMIT", message: "Aggregate query does not support queryMore(), use LIMIT to restrict the results to a single batch" });
    const limited = await ada("GET", q("SELECT CaseNumber, COUNT(Id) FROM Case GROUP BY CaseNumber ORDER BY CaseNumber LIMIT 150"), undefined, { "Sforce-Query-Options": "batchSize=200" });
    expect(limited.body.records).toHaveLength(150);
    expect(limited.body.nextRecordsUrl).toBeUndefined();
  });
});

describe("date functions", () => {
  it("groups by CALENDAR_YEAR and CALENDAR_MONTH of CreatedDate in UTC", async () => {
    const got = await rows("SELECT CALENDAR_YEAR(CreatedDate), CALENDAR_MONTH(CreatedDate), COUNT(Id) FROM Case GROUP BY CALENDAR_YEAR(CreatedDate), CALENDAR_MONTH(CreatedDate) ORDER BY CALENDAR_YEAR(CreatedDate), CALENDAR_MONTH(CreatedDate)");
    const expected = [...groups(cases(), (r) => new Date(Number(r.CreatedDate)).toISOString().slice(0, 7))].sort((a, b) => (a[0] < b[0] ? -1 : 1));
    expect(got.map((r) => [r.expr0, r.expr1, r.expr2])).toEqual(expected.map(([ym, members]) => [Number(ym.slice(0, 4)), Number(ym.slice(5, 7)), members.length]));
  });

  it("groups by DAY_ONLY(convertTimezone(CreatedDate)) in the querying user's time zone", async () => {
    for (const [user, zone] of [[ada, "America/Los_Angeles"], [bob, "Europe/London"]] as const) {
      const got = await rows("SELECT DAY_ONLY(convertTimezone(CreatedDate)) day, COUNT(Id) n FROM Case WHERE CreatedDate < 2026-03-09T00:00:00Z AND CreatedDate > 2025-10-25T00:00:00Z GROUP BY DAY_ONLY(convertTimezone(CreatedDate))", user);
      const inRange = cases().filter((r) => Number(r.CreatedDate) < Date.parse("2026-03-09T00:00:00Z") && Number(r.CreatedDate) > Date.parse("2025-10-25T00:00:00Z"));
      const expected = groups(inRange, (r) => wall(Number(r.CreatedDate), zone).date);
      expect(new Map(got.map((r) => [r.day, r.n]))).toEqual(new Map([...expected].map(([day, members]) => [day, members.length])));
    }
    const utc = await rows("SELECT DAY_ONLY(CreatedDate) day, COUNT(Id) n FROM Case WHERE CreatedDate = 2026-01-01T00:15:00Z GROUP BY DAY_ONLY(CreatedDate)");
    const la = await rows("SELECT DAY_ONLY(convertTimezone(CreatedDate)) day, COUNT(Id) n FROM Case WHERE CreatedDate = 2026-01-01T00:15:00Z GROUP BY DAY_ONLY(convertTimezone(CreatedDate))");
    expect([utc[0]!.day, la[0]!.day]).toEqual(["2026-01-01", "2025-12-31"]);
  });

  it("counts HOUR_IN_DAY, DAY_IN_WEEK and WEEK_IN_YEAR in the user's zone across a DST change", async () => {
    const got = await rows("SELECT HOUR_IN_DAY(convertTimezone(CreatedDate)) h, COUNT(Id) n FROM Case WHERE CreatedDate >= 2026-03-08T09:59:59Z AND CreatedDate <= 2026-03-08T10:00:00Z GROUP BY HOUR_IN_DAY(convertTimezone(CreatedDate)) ORDER BY HOUR_IN_DAY(convertTimezone(CreatedDate))");
    // 09:59:59Z is 01:59:59 PST; one second later Los Angeles is on PDT, 03:00.
    expect(got.map((r) => r.h)).toEqual([1, 3]);
    const weekly = await rows("SELECT WEEK_IN_YEAR(convertTimezone(CreatedDate)) w, DAY_IN_WEEK(convertTimezone(CreatedDate)) d, COUNT(Id) n FROM Case GROUP BY WEEK_IN_YEAR(convertTimezone(CreatedDate)), DAY_IN_WEEK(convertTimezone(CreatedDate))", bob);
    const expected = groups(cases(), (r) => {
      const p = wall(Number(r.CreatedDate), "Europe/London");
      const dayOfYear = Math.round((Date.UTC(p.y, p.m - 1, p.d) - Date.UTC(p.y, 0, 1)) / 86_400_000) + 1;
      return `${Math.ceil(dayOfYear / 7)}/${new Date(Date.UTC(p.y, p.m - 1, p.d)).getUTCDay() + 1}`;
    });
    expect(new Map(weekly.map((r) => [`${r.w}/${r.d}`, r.n]))).toEqual(new Map([...expected].map(([k, members]) => [k, members.length])));
  });

  it("applies a date function to a grouped date field, and filters by date functions in WHERE", async () => {
    const got = await rows("SELECT CloseDate, CALENDAR_QUARTER(CloseDate) q, COUNT(Id) FROM Opportunity GROUP BY CloseDate");
    for (const row of got) expect(row.q).toBe(Math.floor((Number(String(row.CloseDate).slice(5, 7)) - 1) / 3) + 1);
    const count = await ada("GET", q("SELECT COUNT() FROM Case WHERE CALENDAR_YEAR(CreatedDate) = 2026 AND DAY_IN_WEEK(convertTimezone(CreatedDate)) = 1"));
    const sundays = cases().filter((r) => {
      const p = wall(Number(r.CreatedDate), "America/Los_Angeles");
      return new Date(Number(r.CreatedDate)).getUTCFullYear() === 2026 && new Date(Date.UTC(p.y, p.m - 1, p.d)).getUTCDay() === 0;
    });
    expect(count.body.totalSize).toBe(sundays.length);
    expect(sundays.length).toBeGreaterThan(0);
  });
});

describe("what SOQL refuses", () => {
  it.each([
    ["SELECT Status, COUNT(Id) FROM Case", "MALFORMED_QUERY", "Field must be grouped or aggregated: Status"],
    ["SELECT CALENDAR_YEAR(CreatedDate) FROM Case", "MALFORMED_QUERY", "Field must be grouped or aggregated: CALENDAR_YEAR(CreatedDate)"],
    ["SELECT COUNT(Id) FROM Case GROUP BY Status ORDER BY Priority", "MALFORMED_QUERY", "Ordered field must be grouped or aggregated: Priority"],
    ["SELECT COUNT(Id) FROM Case GROUP BY Status HAVING Priority = 'High'", "MALFORMED_QUERY", "Field must be grouped or aggregated: Priority"],
    ["SELECT CreatedDate, COUNT(Id) FROM Case GROUP BY CreatedDate", "MALFORMED_QUERY", "field 'CreatedDate' can not be grouped in a query call"],
    ["SELECT Amount FROM Opportunity GROUP BY Amount", "MALFORMED_QUERY", "field 'Amount' can not be grouped in a query call"],
    ["SELECT Description FROM Case GROUP BY Description", "MALFORMED_QUERY", "field 'Description' can not be grouped in a query call"],
    ["SELECT SUM(Subject) FROM Case", "MALFORMED_QUERY", "field Subject does not support aggregate operator SUM"],
    ["SELECT COUNT(IsClosed) FROM Case", "MALFORMED_QUERY", "field IsClosed does not support aggregate operator COUNT"],
    ["SELECT MAX(Description) FROM Case", "MALFORMED_QUERY", "field Description does not support aggregate operator MAX"],
    ["SELECT COUNT(Id) FROM Case LIMIT 1", "MALFORMED_QUERY", "LIMIT"],
    ["SELECT COUNT() FROM Case GROUP BY Status", "MALFORMED_QUERY", "use COUNT(fieldName)"],
    ["SELECT Status FROM Case GROUP BY ROLLUP(Status)", "MALFORMED_QUERY", "not supported by the simulator"],
    ["SELECT Status, (SELECT Id FROM Tasks) FROM Case GROUP BY Status", "MALFORMED_QUERY", "subqueries"],
    ["SELECT convertTimezone(CreatedDate) FROM Opportunity", "MALFORMED_QUERY", "only be used in a date function"],
    ["SELECT HOUR_IN_DAY(CloseDate), COUNT(Id) FROM Opportunity GROUP BY HOUR_IN_DAY(CloseDate)", "MALFORMED_QUERY", "dateTime fields"],
    ["SELECT Id FROM Case WHERE CALENDAR_YEAR(CreatedDate) = THIS_YEAR", "MALFORMED_QUERY", "date literal"],
    ["SELECT Id FROM Case WHERE COUNT(Id) > 1", "MALFORMED_QUERY", "use HAVING"],
    ["SELECT Owner.Name, Account.Name, COUNT(Id) FROM Case GROUP BY Owner.Name, Account.Name", "MALFORMED_QUERY", "duplicate alias: Name"],
    ["SELECT Subject s FROM Case", "MALFORMED_QUERY", "aliases are only supported in aggregate queries"],
    ["SELECT toLabel(Status) FROM Case", "MALFORMED_QUERY", "not supported by the simulator"],
    ["SELECT CALENDAR_YEAR(CreatedDate) y, COUNT(Id) FROM Case GROUP BY CALENDAR_YEAR(CreatedDate) ORDER BY y", "INVALID_FIELD", "No such column 'y'"],
  ])("%s", async (soql, errorCode, message) => {
    const error = await refused(soql);
    expect(error.errorCode).toBe(errorCode);
    expect(error.message).toContain(message);
  });

  it("refuses a text grouping whose values differ only in letter case, rather than guess Salesforce's collation", async () => {
    const first = sim.store.insert("Case", { Subject: "Collation probe", Status: "New" }, TINY.ada);
    const second = sim.store.insert("Case", { Subject: "COLLATION PROBE", Status: "New" }, TINY.ada);
    try {
      const error = await refused("SELECT Subject, COUNT(Id) FROM Case WHERE Subject LIKE 'collation%' GROUP BY Subject");
      expect(error).toMatchObject({ errorCode: "MALFORMED_QUERY" });
      expect(error.message).toContain("letter case");
      expect((await refused("SELECT COUNT_DISTINCT(Subject) FROM Case WHERE Subject LIKE 'collation%'")).message).toContain("letter case");
      // Counting them is safe: WHERE compares case-insensitively, as documented.
      expect(await rows("SELECT COUNT(Id) n FROM Case WHERE Subject = 'collation probe'")).toEqual([{ attributes: { type: "AggregateResult" }, n: 2 }]);
    } finally {
      sim.store.delete("Case", first);
      sim.store.delete("Case", second);
    }
  });
});
