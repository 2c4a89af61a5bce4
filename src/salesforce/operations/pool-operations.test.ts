import type { Connection } from "jsforce";

import { orgContextFixture } from "../../../test/support/org-context-fixture";
import { DEFAULT_PROFILE } from "../../domain/org-profile";
import type { ClaimResult } from "../../messaging/case-actions";
import type { OrgContext } from "../../messaging/org-context";
import { orgNames } from "../query/org-names";
import { readWaitingPoolCases } from "./pool-waiting";
import { closeUpgradeOpportunity } from "./close-upgrade-opportunity";
import { createUpgradeOpportunity } from "./create-upgrade-opportunity";
import { getPoolOverview } from "./get-pool-overview";
import { takeNext } from "./take-next";

type Sub = { referenceId: string; method: string; url: string; body?: any; httpHeaders?: Record<string, string> };

/** A jsforce Connection that records every request and answers composites per subrequest from a script. */
function fakeConnection(answer: (sub: Sub) => { status?: number; body: unknown }, plain: (url: string, req: any) => unknown = () => ({})) {
  const calls: Array<{ url: string; subrequests?: Sub[]; body?: any }> = [];
  const connection = {
    request: async (req: string | { url: string; body?: string; method?: string }) => {
      const url = typeof req === "string" ? req : req.url;
      if (typeof req !== "string" && url.endsWith("/composite")) {
        const body = JSON.parse(req.body ?? "{}") as { compositeRequest: Sub[] };
        calls.push({ url, subrequests: body.compositeRequest });
        return {
          compositeResponse: body.compositeRequest.map((sub) => {
            const { status = 200, body: answerBody } = answer(sub);
            return { referenceId: sub.referenceId, httpStatusCode: status, body: answerBody, httpHeaders: {} };
          }),
        };
      }
      const body = typeof req === "string" || !req.body ? undefined : JSON.parse(req.body);
      calls.push({ url, body });
      return plain(url, body);
    },
  } as unknown as Connection;
  return { connection, calls };
}

const records = (...rows: unknown[]) => ({ totalSize: rows.length, done: true, records: rows });
const soqlOf = (sub: Sub) => decodeURIComponent(sub.url.split("?q=")[1] ?? "");
const isQuery = (sub: Sub) => sub.url.includes("/query?q=");

const ME = "0058X0000000003QAA";
const AVERY = "0058X0000000002QAA";
const POOLED_USER = "0058X0000000001QAA";
const QUEUE = "00G8X0000000001QAA";
const DANA = "0058X0000000010QAA";
const NAMES = orgNames(DEFAULT_PROFILE, null);

/** Jordan in a pool (AMER by default), or Dana, the pool's manager. */
const org = (pool = "amer", me: Partial<OrgContext["me"]> = {}): OrgContext => {
  const base = orgContextFixture();
  return { ...base, me: { ...base.me, id: ME, name: "Jordan Rivera", timeZone: "America/Chicago", poolKey: pool, ...me }, pooledOwnerUserIds: [POOLED_USER], poolMembers: { amer: [ME, AVERY], emea: [ME] } };
};

// Wednesday 2026-11-18, 12:00 New York.
const NOW = new Date("2026-11-18T17:00:00.000Z");

const queueCase = (n: number, priority: string, created: string, account: string | null) => ({
  Id: `5008X000000000${n}QAA`,
  CaseNumber: `0000000${n}`,
  Subject: "Expansion Opportunity: Seat overage 112%",
  Origin: "Case Automation",
  Priority: priority,
  CreatedDate: created,
  LastModifiedDate: created,
  OwnerId: QUEUE,
  First_Responded_Date__c: null,
  AccountId: account,
  Account: account ? { Name: `Account ${n}` } : null,
});

const upgrade = (n: number, owner: string, extra: Record<string, unknown> = {}) => ({
  Id: `0068X00000001${String(n).padStart(2, "0")}QAA`,
  Name: `Account ${n} - Ultimate Upgrade`,
  NextStep: "Ultimate Upgrade: demo",
  StageName: "1-Discovery",
  IsClosed: false,
  CreatedDate: "2026-10-01T15:00:00.000+0000",
  CloseDate: "2026-12-01",
  LastActivityDate: null,
  LastModifiedDate: "2026-10-01T15:00:00.000+0000",
  AccountId: `0018X00000000${String(n).padStart(2, "0")}QAA`,
  Account: { Name: `Account ${n}` },
  OwnerId: owner,
  Owner: { Name: owner === ME ? "Jordan Rivera" : "Avery Chen" },
  ...extra,
});

function overviewAnswers(queue = [queueCase(1, "Low", "2026-11-16T15:00:00.000+0000", "0018X0000000011QAA"), queueCase(2, "Medium", "2026-11-18T16:00:00.000+0000", "0018X0000000002QAA")]) {
  return (sub: Sub) => {
    if (sub.referenceId === "queue") return { body: records(...queue) };
    if (sub.referenceId === "teamCases") {
      // What the pools' AEs own: Avery's open case on account 2 is that row's conflict.
      return { body: records({ Id: "5008X0000000009QAA", CaseNumber: "00000009", IsClosed: false, AccountId: "0018X0000000002QAA", OwnerId: AVERY, Owner: { Name: "Avery Chen", Type: "User" }, RecordType: { DeveloperName: "Pooled_Sales_Case" } }) };
    }
    if (sub.referenceId === "myCases") {
      return {
        body: records({
          Id: "5008X0000000022QAA",
          CaseNumber: "00000022",
          Subject: "Churn & Contraction Mitigation: downgrade",
          Origin: "Case Automation",
          Priority: "Medium",
          Status: "In Progress",
          CreatedDate: "2026-11-13T15:00:00.000+0000",
          First_Responded_Date__c: "2026-11-14T16:00:00.000+0000",
          ContactId: "0038X0000000001QAA",
          AccountId: "0018X0000000020QAA",
          Account: { Name: "Saltmarsh Brewing Co" },
          Tasks: records({ Id: "00T8X0000000001QAA", Subject: "Email", TaskSubtype: "Email", Type: "Email", ActivityDate: "2026-11-14", CompletedDateTime: "2026-11-14T17:00:00.000+0000", CreatedDate: "2026-11-14T17:00:00.000+0000" }),
          Histories: records({ Field: "Owner", OldValue: QUEUE, NewValue: ME, CreatedDate: "2026-11-14T16:00:00.000+0000" }),
        }),
      };
    }
    if (sub.referenceId === "myContacts") {
      // The same email, seen through the contact: counted once.
      return {
        body: records({
          Id: "0038X0000000001QAA",
          Tasks: records({ Id: "00T8X0000000001QAA", Subject: "Email", TaskSubtype: "Email", Type: "Email", ActivityDate: "2026-11-14", CompletedDateTime: "2026-11-14T17:00:00.000+0000", CreatedDate: "2026-11-14T17:00:00.000+0000" }),
        }),
      };
    }
    if (sub.referenceId === "upgrades") {
      return { body: records(upgrade(1, ME), upgrade(2, AVERY, { AccountId: "0018X0000000012QAA" }), upgrade(3, ME, { Name: "Account 3 renewal", NextStep: "Ultimate pricing, then upgrade" })) };
    }
    throw new Error(`unexpected ${sub.referenceId}`);
  };
}

describe("getPoolOverview", () => {
  it("reads the popup in one Composite of at most 5 queries and flags SLA, attention and conflicts", async () => {
    const { connection, calls } = fakeConnection(overviewAnswers());
    const overview = await getPoolOverview(connection, org(), NAMES, NOW);

    expect(calls).toHaveLength(1);
    expect(calls[0]!.subrequests!.filter(isQuery).length).toBeLessThanOrEqual(5);
    const queueSoql = soqlOf(calls[0]!.subrequests!.find((s) => s.referenceId === "queue")!);
    expect(queueSoql).toContain("DeveloperName = 'Pooled_Sales_Queue'");
    // The handbook's order comes from the query (a picklist sorts by its defined order, High first), one page and one more.
    expect(queueSoql).toMatch(/ ORDER BY Priority ASC NULLS LAST, CreatedDate ASC, Id ASC LIMIT 26$/);
    // Conflicts come from what the pools' AEs own, not from every waiting case's account.
    const teamSoql = soqlOf(calls[0]!.subrequests!.find((s) => s.referenceId === "teamCases")!);
    expect(teamSoql).toContain(`RecordType.DeveloperName = 'Pooled_Sales_Case' AND OwnerId IN ('${ME}', '${AVERY}')`);
    expect(teamSoql).not.toContain("SELECT AccountId FROM Case");

    const [old, fresh] = overview.queue;
    expect(old).toMatchObject({ caseNumber: "00000001", sla: { state: "breached" }, needsAttention: true, conflict: null });
    expect(fresh).toMatchObject({ caseNumber: "00000002", sla: { state: "on-track" }, needsAttention: false, conflict: { kind: "open-case", transferTo: { name: "Avery Chen" } } });
    expect(overview.myCases).toEqual([
      expect.objectContaining({ caseNumber: "00000022", claimedAt: "2026-11-14T16:00:00.000+0000", activities: [{ kind: "email", at: "2026-11-14T17:00:00.000+0000" }], sla: expect.objectContaining({ state: "met" }) }),
    ]);
    // "Ultimate pricing, then upgrade" passes SOQL's LIKE but is not an Ultimate Upgrade.
    expect(overview.upgrades).toMatchObject({ cap: 15, mark: "Ultimate Upgrade", team: null });
    expect(overview.upgrades.mine.map((o) => o.name)).toEqual(["Account 1 - Ultimate Upgrade"]);
    expect(overview.me).toMatchObject({ isManager: false, timeZone: "America/Chicago" });
    expect(soqlOf(calls[0]!.subrequests!.find((s) => s.referenceId === "upgrades")!)).toContain(`OwnerId IN ('${ME}', '${AVERY}')`);
  });

  it("finds an upgrade conflict in the team's upgrade opportunities, and reads more rows only when asked", async () => {
    const onAccount2 = upgrade(2, AVERY);
    const answers = overviewAnswers();
    const { connection, calls } = fakeConnection((sub) => (sub.referenceId === "teamCases" ? { body: records() } : sub.referenceId === "upgrades" ? { body: records(onAccount2) } : answers(sub)));
    const overview = await getPoolOverview(connection, org(), NAMES, NOW, 60);
    expect(overview.queue[1]).toMatchObject({ caseNumber: "00000002", conflict: { kind: "upgrade-opportunity", transferTo: { name: "Avery Chen" } } });
    expect(soqlOf(calls[0]!.subrequests!.find((s) => s.referenceId === "queue")!)).toMatch(/ LIMIT 61$/);
  });

  it("says when more wait than the page shows", async () => {
    const many = Array.from({ length: 26 }, (_, i) => ({ ...queueCase(1, "Medium", "2026-11-18T16:00:00.000+0000", null), Id: `5008X0000000${String(100 + i)}QAA` }));
    const { connection } = fakeConnection(overviewAnswers(many));
    const overview = await getPoolOverview(connection, org(), NAMES, NOW);
    expect(overview.queue).toHaveLength(25);
    expect(overview.queueTruncated).toBe(true);
  });

  it("gives the ASM the upgrade opportunities of every AE of the pool", async () => {
    const { connection, calls } = fakeConnection(overviewAnswers());
    const overview = await getPoolOverview(connection, org("amer", { id: DANA, name: "Dana Whitfield", isManager: true }), NAMES, NOW);
    expect(soqlOf(calls[0]!.subrequests!.find((s) => s.referenceId === "upgrades")!)).toContain(`OwnerId IN ('${DANA}', '${ME}', '${AVERY}')`);
    expect(overview.upgrades.team?.map((o) => o.owner.name)).toEqual(["Jordan Rivera", "Avery Chen"]);
  });

  it("shows the ASM only the AEs of the ASM's own pool", async () => {
    const base = org("emea", { id: DANA, name: "Dana Whitfield", isManager: true });
    const { connection } = fakeConnection(overviewAnswers());
    // Avery is an AMER AE: read (for conflicts) but not in the EMEA ASM's team view.
    const overview = await getPoolOverview(connection, { ...base, poolMembers: { amer: [AVERY], emea: [ME] } }, NAMES, NOW);
    expect(overview.upgrades.team?.map((o) => o.owner.name)).toEqual(["Jordan Rivera"]);
  });

  it("reads an empty queue as no conflicts, not as an error; EMEA works the AE's own accounts", async () => {
    const { connection, calls } = fakeConnection(overviewAnswers([]));
    const overview = await getPoolOverview(connection, org("emea"), NAMES, NOW);
    expect(overview.queue).toEqual([]);
    expect(overview.pool).toEqual({ key: "emea", label: "EMEA Pooled Sales Queue", region: "EMEA", scope: "own-accounts", member: true });
    expect(overview.upgrades.cap).toBeNull();
    expect(soqlOf(calls[0]!.subrequests!.find((s) => s.referenceId === "queue")!)).toContain("DeveloperName = 'EMEA_Pooled_Sales_Queue'");
    expect(soqlOf(calls[0]!.subrequests!.find((s) => s.referenceId === "queue")!)).toContain(`(Account.OwnerId = '${ME}' OR AccountId = null)`);
  });
});

describe("readWaitingPoolCases (the badge's pool read)", () => {
  it("is one call of two tiers, High then the oldest of the rest, and marks the High, at-risk and breached ones", async () => {
    const row = (n: number, priority: string, created: string) => ({ Id: `5008X000000000${n}QAA`, CaseNumber: `0000000${n}`, Subject: null, Priority: priority, CreatedDate: created, AccountId: null, First_Responded_Date__c: null });
    const { connection, calls } = fakeConnection((sub) =>
      sub.referenceId === "poolHigh" ? { body: records(row(1, "High", "2026-11-18T16:30:00.000+0000")) } : { body: records(row(2, "Low", "2026-11-16T15:00:00.000+0000"), row(3, "Medium", "2026-11-18T16:00:00.000+0000")) },
    );
    const { waiting, mine } = await readWaitingPoolCases(connection, org(), NAMES, { myCases: false }, NOW);
    expect(mine).toBeNull();
    expect(waiting.map((c) => [c.caseNumber, c.needsAttention])).toEqual([
      ["00000001", true],
      ["00000002", true],
      ["00000003", false],
    ]);
    expect(calls).toHaveLength(1);
    const [high, rest] = calls[0]!.subrequests!.map(soqlOf);
    expect(high).toMatch(/FROM Case WHERE IsClosed = false AND OwnerId IN \(SELECT Id FROM Group .*\) AND Priority = 'High' ORDER BY CreatedDate ASC, Id ASC LIMIT 100$/);
    expect(rest).toMatch(/ AND \(Priority != 'High' OR Priority = null\) ORDER BY CreatedDate ASC, Id ASC LIMIT 100$/);
  });

  it("reads my cases in the same call when asked (cadence notifications), and hands over the waiting cases with their SLA", async () => {
    const high = { Id: "5008X0000000001QAA", CaseNumber: "00000001", Subject: "A", Priority: "High", CreatedDate: "2026-11-18T16:30:00.000+0000", AccountId: null, First_Responded_Date__c: null };
    const low = { Id: "5008X0000000002QAA", CaseNumber: "00000002", Subject: "B", Priority: "Low", CreatedDate: "2026-11-17T17:30:00.000+0000", AccountId: null, First_Responded_Date__c: null };
    const { connection, calls } = fakeConnection((sub) => ({ body: sub.referenceId === "poolHigh" ? records(high) : sub.referenceId === "poolRest" ? records(low) : records() }));
    const read = await readWaitingPoolCases(connection, org(), NAMES, { myCases: true }, NOW);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.subrequests!.map((sub) => sub.referenceId)).toEqual(["poolHigh", "poolRest", "myCases", "myContacts"]);
    expect(read.waiting.map(({ id, caseNumber, subject, priority, sla, needsAttention }) => ({ id, caseNumber, subject, priority, slaState: sla.state, needsAttention }))).toEqual([
      { id: "5008X0000000001QAA", caseNumber: "00000001", subject: "A", priority: "High", slaState: "on-track", needsAttention: true },
      { id: "5008X0000000002QAA", caseNumber: "00000002", subject: "B", priority: "Low", slaState: "at-risk", needsAttention: true },
    ]);
    expect(read.mine).toEqual([]);
  });
});

describe("takeNext", () => {
  const candidate = (n: number) => ({ caseId: `5008X000000000${n}QAA`, caseNumber: `0000000${n}`, lastModifiedDate: "2026-11-18T16:00:00.000+0000", ownerId: QUEUE, accountId: null });

  it("claims the first it can, in order, and says which it skipped and why", async () => {
    const answers: ClaimResult[] = [
      { outcome: "changed", now: { owner: { id: AVERY, name: "Avery Chen", isQueue: false }, status: "In Progress", isClosed: false } },
      { outcome: "conflict", transferTo: { id: AVERY, name: "Avery Chen" }, because: { kind: "open-case", recordId: "5008X0000000009QAA", label: "Case 00000009" } },
      { outcome: "changed", now: { owner: { id: QUEUE, name: "Pooled Sales Queue", isQueue: true }, status: "New", isClosed: false } },
      { outcome: "claimed" },
    ];
    const tried: string[] = [];
    const result = await takeNext([1, 2, 3, 4, 5].map(candidate), async (version) => {
      tried.push(version.caseId);
      return answers.shift()!;
    }, AVERY);
    expect(tried).toHaveLength(4);
    expect(result).toEqual({
      claimed: { id: candidate(4).caseId, caseNumber: "00000004" },
      skipped: [
        { caseId: candidate(1).caseId, caseNumber: "00000001", reason: "taken", who: "Avery Chen" },
        { caseId: candidate(2).caseId, caseNumber: "00000002", reason: "conflict", who: "Avery Chen" },
        { caseId: candidate(3).caseId, caseNumber: "00000003", reason: "changed", who: null },
      ],
    });
  });

  it("claims nothing when every case is gone", async () => {
    const result = await takeNext([candidate(1)], async () => ({ outcome: "changed", now: null }), AVERY);
    expect(result).toEqual({ claimed: null, skipped: [{ caseId: candidate(1).caseId, caseNumber: "00000001", reason: "taken", who: null }] });
  });
});

describe("createUpgradeOpportunity", () => {
  const NEW_ID = "0068X0700000001QAA";
  const created = (n: number) => upgrade(n, ME, { Id: NEW_ID, CreatedDate: "2026-11-18T17:00:00.000+0000", Name: "Bluebird Bakery Co - Ultimate Upgrade" });
  const reads = (mine: unknown[], onAccount: unknown[] = [], mineAfter: unknown[] = [...mine, created(99)]) => (sub: Sub) => {
    if (sub.referenceId === "case") return { body: records({ Id: "5008X0000000001QAA", AccountId: "0018X0000000001QAA", Account: { Name: "Bluebird Bakery Co" } }) };
    if (sub.referenceId === "mine") return { body: records(...mine) };
    if (sub.referenceId === "accountUpgrades") return { body: records(...onAccount) };
    if (sub.referenceId === "stage") return { body: records({ MasterLabel: "0-Pending Acceptance", ApiName: "0-Pending Acceptance" }) };
    if (sub.referenceId === "create") return { status: 201, body: { id: NEW_ID, success: true, errors: [] } };
    if (sub.referenceId === "mineAfter") return { body: records(...mineAfter) };
    throw new Error(sub.referenceId);
  };

  it("creates it on the case's account, owned by me, marked in Name and Next Step, closing in 30 days, and reads my count back in the same call", async () => {
    const { connection, calls } = fakeConnection(reads([upgrade(1, ME)]));
    const result = await createUpgradeOpportunity(connection, "5008X0000000001QAA", org(), NOW);
    expect(result).toMatchObject({ outcome: "created", count: 2, cap: 15, opportunity: { id: NEW_ID, name: "Bluebird Bakery Co - Ultimate Upgrade" } });
    expect(calls).toHaveLength(2);
    const [post, after] = calls[1]!.subrequests!;
    expect(post).toMatchObject({ referenceId: "create", method: "POST" });
    expect(post!.body).toEqual({
      Name: "Bluebird Bakery Co - Ultimate Upgrade",
      AccountId: "0018X0000000001QAA",
      OwnerId: ME,
      StageName: "0-Pending Acceptance",
      CloseDate: "2026-12-18",
      NextStep: "Ultimate Upgrade",
    });
    expect(soqlOf(after!)).toMatch(/ORDER BY CreatedDate ASC, Id ASC/);
  });

  it("takes its create back when the read after it ranks it past the cap (another tab created one meanwhile)", async () => {
    const fourteen = Array.from({ length: 14 }, (_, i) => upgrade(i + 1, ME));
    // The other tab's, created in the same second with a lower Id: it keeps the 15th place.
    const theirs = upgrade(50, ME, { Id: "0068X0700000000QAA", CreatedDate: "2026-11-18T17:00:00.000+0000" });
    const { connection, calls } = fakeConnection(reads(fourteen, [], [created(99), ...fourteen, theirs]), () => null);
    const result = await createUpgradeOpportunity(connection, "5008X0000000001QAA", org(), NOW);
    expect(result).toMatchObject({ outcome: "refused", reason: "you already have 15 active Ultimate Upgrade opportunities, the limit is 15; another tab or browser created one a moment ago.", cap: 15 });
    expect(result.outcome === "refused" && result.mine.map((opp) => opp.id)).toEqual([...fourteen.map((opp) => opp.Id), theirs.Id]);
    expect(calls).toHaveLength(3);
    expect(calls[2]!.url).toMatch(new RegExp(`/sobjects/Opportunity/${NEW_ID}$`));
  });

  it("refuses the 16th with the reason and my open ones, without writing", async () => {
    const fifteen = Array.from({ length: 15 }, (_, i) => upgrade(i + 1, ME));
    const { connection, calls } = fakeConnection(reads(fifteen));
    const result = await createUpgradeOpportunity(connection, "5008X0000000001QAA", org(), NOW);
    expect(result).toMatchObject({ outcome: "refused", reason: expect.stringMatching(/15 active Ultimate Upgrade opportunities; the limit is 15/), cap: 15 });
    expect(result.outcome === "refused" && result.mine).toHaveLength(15);
    expect(calls).toHaveLength(1);
  });

  it("refuses a second upgrade on an account another AE already works; EMEA has no cap", async () => {
    const fifteen = Array.from({ length: 15 }, (_, i) => upgrade(i + 1, ME));
    const { connection, calls } = fakeConnection(reads(fifteen, [upgrade(40, AVERY)]));
    const result = await createUpgradeOpportunity(connection, "5008X0000000001QAA", org("emea"), NOW);
    expect(result).toMatchObject({ outcome: "refused", reason: expect.stringContaining("Avery Chen owns") });
    expect(calls).toHaveLength(1);
  });
});

describe("closeUpgradeOpportunity", () => {
  const reads = (role: string, opp: Record<string, unknown> = { Id: "0068X0000000101QAA", Name: "X - Ultimate Upgrade", NextStep: null, IsClosed: false }) => (sub: Sub) => {
    if (sub.referenceId === "opp") return { body: records(opp) };
    if (sub.referenceId === "stage") return { body: records({ MasterLabel: "8-Closed Lost", ApiName: "8-Closed Lost" }) };
    if (sub.referenceId === "close") return { status: role === "ASM-stale" ? 412 : 204, body: role === "ASM-stale" ? [{ errorCode: "PRECONDITION_FAILED", message: "changed" }] : null };
    throw new Error(sub.referenceId);
  };
  const input = { opportunityId: "0068X0000000101QAA", lastModifiedDate: "2026-11-01T15:00:00.000+0000", reason: "Customer has no budget" };
  const dana = org("amer", { id: DANA, name: "Dana Whitfield", timeZone: "America/New_York", isManager: true });

  it("closes it lost with the reason in Next Step, conditional on the version the ASM saw", async () => {
    const { connection, calls } = fakeConnection(reads("ASM"));
    await expect(closeUpgradeOpportunity(connection, input, dana, NOW)).resolves.toEqual({ outcome: "closed", stageName: "8-Closed Lost" });
    expect(calls[0]!.subrequests!.map((sub) => sub.referenceId)).toEqual(["opp", "stage"]);
    const patch = calls[1]!.subrequests![0]!;
    expect(patch).toMatchObject({ method: "PATCH", body: { StageName: "8-Closed Lost", NextStep: "Ultimate Upgrade closed as not valid by Dana Whitfield on 2026-11-18: Customer has no budget" } });
    expect(patch.httpHeaders).toEqual({ "If-Unmodified-Since": "Sun, 01 Nov 2026 15:00:00 GMT" });
  });

  it("dates the reason in the ASM's time zone: 22:30 in New York is still that day there (UTC is already the next)", async () => {
    const evening = new Date("2026-11-19T03:30:00.000Z"); // 22:30 EST on 2026-11-18
    for (const timeZone of ["America/New_York", ""]) {
      const { connection, calls } = fakeConnection(reads("ASM"));
      await closeUpgradeOpportunity(connection, input, { ...dana, me: { ...dana.me, timeZone } }, evening);
      expect(calls[1]!.subrequests![0]!.body).toMatchObject({ NextStep: "Ultimate Upgrade closed as not valid by Dana Whitfield on 2026-11-18: Customer has no budget" });
    }
  });

  it("refuses anyone but the ASM, and a change made since, without writing over it", async () => {
    const ae = fakeConnection(reads("AE"));
    await expect(closeUpgradeOpportunity(ae.connection, input, org(), NOW)).resolves.toMatchObject({ outcome: "refused", reason: expect.stringMatching(/Only the Pooled ASM/) });
    expect(ae.calls).toHaveLength(0);
    const stale = fakeConnection(reads("ASM-stale"));
    await expect(closeUpgradeOpportunity(stale.connection, input, dana, NOW)).resolves.toMatchObject({ outcome: "refused", reason: expect.stringMatching(/changed this opportunity/) });
  });
});
