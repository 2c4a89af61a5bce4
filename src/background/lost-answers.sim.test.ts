/**
 * Writes whose answer is lost after Salesforce applied them (the simulator's `lose`
 * faults: a proxy's 502/504, a reset connection),
 * through the worker's router and handlers with the real jsforce client: the write
 * is never sent again, the record is read once more, and the answer says what is true.
 */
import { createSimulator, type Simulator } from "../../test/simulator/index";
import { DEMO_USERS, QUEUE_IDS } from "../../test/simulator/seeds/baseline";
import { CAP_AE_OPEN_UPGRADE_OPP_IDS, DEMO_ACCOUNTS, DEMO_CASES, DEMO_CONTACTS, demoSeed } from "../../test/simulator/seeds/demo";
import { simWorker } from "../../test/support/sim-worker";
import type { CasePanelData } from "../messaging/case-panel-data";
import type { LogActivityRequest } from "../messaging/case-work";
import { clearMemoryCache } from "../salesforce/session-cache";

let sim: Simulator;
beforeAll(async () => {
  sim = await createSimulator({ seed: demoSeed(new Date()), tls: false });
});
afterAll(() => sim.close());
beforeEach(() => clearMemoryCache());
afterEach(() => sim.clearFailures());

const COMPOSITE = "/services/data/v62.0/composite";
const versionOf = (data: CasePanelData) => ({ caseId: data.case.id, lastModifiedDate: data.case.lastModifiedDate, ownerId: data.case.owner.id, accountId: data.account?.id ?? null });

function backToQueue(caseId: string) {
  sim.store.update("Case", caseId, { OwnerId: QUEUE_IDS.amer, Status: "New" }, DEMO_USERS.averyChen.userId, { autoAssign: false });
}

/** An AE's worker that has read the session's org context, as the panel does first: the next composite is the write. */
async function workerOf(user: keyof typeof DEMO_USERS) {
  const worker = simWorker(sim, DEMO_USERS[user].username);
  expect((await worker.send({ type: "org/context" })).ok).toBe(true);
  return worker;
}

const composites = () => sim.requests.filter((entry) => entry.method === "POST" && entry.path === COMPOSITE).length;

describe("a claim whose answer is lost after it was applied", () => {
  it.each(["bad-gateway", "gateway-timeout", "reset"] as const)("%s: one claim, one re-read, and the answer says I own the case", async (lose) => {
    const avery = await workerOf("averyChen");
    backToQueue(DEMO_CASES.pqlNew);
    const data = await avery.panel(DEMO_CASES.pqlNew);
    sim.fail({ method: "POST", path: COMPOSITE, status: 0, body: null, lose, times: 1 });
    sim.resetRequests();

    const answer = await avery.send({ type: "case/claim", ...versionOf(data) });

    expect(answer.ok).toBe(true);
    expect(answer.data).toMatchObject({ outcome: "answer-lost", panel: { case: { owner: { id: DEMO_USERS.averyChen.userId, isQueue: false }, status: "In Progress" } } });
    expect(sim.store.get("Case", DEMO_CASES.pqlNew)).toMatchObject({ OwnerId: DEMO_USERS.averyChen.userId });
    // The claim left once (its PATCH ran once); the second call is the panel's read.
    expect(composites()).toBe(2);
  });

  it("a 502 on a claim that was refused: the re-read says who has the case instead", async () => {
    const avery = await workerOf("averyChen");
    backToQueue(DEMO_CASES.churnNew);
    const data = await avery.panel(DEMO_CASES.churnNew);
    // Jordan claims it first; Avery's guarded claim finds it gone, and its answer is lost on the way back.
    sim.store.update("Case", DEMO_CASES.churnNew, { OwnerId: DEMO_USERS.jordanRivera.userId, Status: "In Progress" }, DEMO_USERS.jordanRivera.userId, { autoAssign: false });
    sim.fail({ method: "POST", path: COMPOSITE, status: 0, body: null, lose: "bad-gateway", times: 1 });

    const answer = await avery.send({ type: "case/claim", ...versionOf(data) });

    expect(answer.data).toMatchObject({ outcome: "answer-lost", panel: { case: { owner: { id: DEMO_USERS.jordanRivera.userId, name: "Jordan Rivera" } } } });
  });

  it("when the re-read fails too, says it cannot tell (never that nothing was changed)", async () => {
    const avery = await workerOf("averyChen");
    backToQueue(DEMO_CASES.inboundRequestNew);
    const data = await avery.panel(DEMO_CASES.inboundRequestNew);
    sim.fail({ method: "POST", path: COMPOSITE, status: 0, body: null, lose: "reset", times: 2 });

    const answer = await avery.send({ type: "case/claim", ...versionOf(data) });

    expect(answer).toMatchObject({ ok: false, error: { kind: "network", lostAnswer: "unknown" } });
    expect(answer.error!.message).toMatch(/cannot tell whether the case was claimed/);
    expect(answer.error!.message).not.toMatch(/nothing was changed/i);
  });

  it("the same claim sent twice while the first is in flight reaches Salesforce once", async () => {
    const avery = await workerOf("averyChen");
    backToQueue(DEMO_CASES.unclassified);
    const data = await avery.panel(DEMO_CASES.unclassified);
    sim.resetRequests();

    const [first, second] = await Promise.all([avery.send({ type: "case/claim", ...versionOf(data) }), avery.send({ type: "case/claim", ...versionOf(data) })]);

    expect(first.data).toMatchObject({ outcome: "claimed" });
    expect(second.data).toEqual(first.data);
    expect(composites()).toBe(1);
  });
});

describe("a close whose answer is lost", () => {
  it("504 after the close committed: answered as closed from the re-read", async () => {
    const avery = await workerOf("averyChen");
    backToQueue(DEMO_CASES.fastMovingBuyerNew);
    sim.store.update("Case", DEMO_CASES.fastMovingBuyerNew, { Reason: "Expansion" }, DEMO_USERS.averyChen.userId, { autoAssign: false });
    const claimed = await avery.send({ type: "case/claim", ...versionOf(await avery.panel(DEMO_CASES.fastMovingBuyerNew)) });
    expect(claimed.data).toMatchObject({ outcome: "claimed" });
    const data = await avery.panel(DEMO_CASES.fastMovingBuyerNew);
    const resolutionAction = (await avery.send({ type: "case/close-options" })).data!.resolutionActions[0]!.value;
    sim.fail({ method: "POST", path: COMPOSITE, status: 0, body: null, lose: "gateway-timeout", times: 1 });

    const answer = await avery.send({
      type: "case/close",
      caseId: data.case.id,
      lastModifiedDate: data.case.lastModifiedDate,
      ownerId: data.case.owner.id,
      fromStatus: data.case.status,
      status: "Closed_Resolved",
      resolutionAction,
      opportunity: null,
    });

    expect(answer.data).toMatchObject({ outcome: "answer-lost", panel: { case: { isClosed: true, status: "Closed_Resolved" } } });
  });
});

describe("a cadence log whose answer is lost", () => {
  // Each test logs another outcome: the re-read looks for this log's subject since just before it was sent.
  const logOf = async (caseId: string, outcome: "connected" | "wrong-number"): Promise<LogActivityRequest> => {
    const data = await simWorker(sim, DEMO_USERS.jordanRivera.username).panel(caseId);
    return { type: "activity/log", caseId, contactId: data.case.contact!.id, kind: "call", day: 3, activityDate: "2026-11-18", call: { outcome, note: "Spoke to the buyer" } };
  };
  const callTasks = (caseId: string) => sim.store.query(`SELECT Id FROM Task WHERE WhatId = '${caseId}' AND CallDisposition != null`).records;

  it("applied, then 502: the answer is the logged call, read back; one Task, never logged twice", async () => {
    const jordan = await workerOf("jordanRivera");
    const request = await logOf(DEMO_CASES.cadenceDay3Overdue, "connected");
    const before = callTasks(request.caseId).length;
    sim.fail({ method: "POST", path: COMPOSITE, status: 0, body: null, lose: "bad-gateway", times: 1 });

    const answer = await jordan.send(request);

    expect(answer.ok).toBe(true);
    expect(answer.data).toMatchObject({ activity: { kind: "call", by: "Jordan Rivera" }, retry: null });
    expect(callTasks(request.caseId)).toHaveLength(before + 1);
  });

  it("a gateway's 504 before it reached Salesforce: the re-read finds no Task and says the call was not logged", async () => {
    const jordan = await workerOf("jordanRivera");
    const request = await logOf(DEMO_CASES.cadenceDay3Overdue, "wrong-number");
    const before = callTasks(request.caseId).length;
    // A plain failure rule answers without running the request.
    sim.fail({ method: "POST", path: COMPOSITE, status: 504, body: "<html><body><h1>504 Gateway Time-out</h1></body></html>", times: 1 });

    const answer = await jordan.send(request);

    expect(answer).toMatchObject({ ok: false, error: { lostAnswer: "not-done" } });
    expect(answer.error!.message).toMatch(/the call was not logged/);
    expect(callTasks(request.caseId)).toHaveLength(before);
  });
});

describe("creates whose answer is lost", () => {
  const referralsOn = (accountId: string) => sim.store.query(`SELECT Id FROM Case WHERE AccountId = '${accountId}' AND Subject = 'Referral'`).records;

  it("a referral case created, then 502: the answer is that case, found by what the create set; never a second one", async () => {
    const avery = await workerOf("averyChen");
    const before = referralsOn(DEMO_ACCOUNTS.bluebirdBakery).length;
    sim.fail({ method: "POST", path: COMPOSITE, bodyIncludes: '"referenceId":"newCase"', lose: "bad-gateway", status: 0, body: null, times: 1 });

    const answer = await avery.send({ type: "pooled-account/create-referral", accountId: DEMO_ACCOUNTS.bluebirdBakery, contactId: DEMO_CONTACTS.contactUsCustomer, description: "Wants 20 more seats.", reason: "" });

    expect(answer.ok).toBe(true);
    const created = referralsOn(DEMO_ACCOUNTS.bluebirdBakery);
    expect(created).toHaveLength(before + 1);
    expect(answer.data).toMatchObject({ case: { id: created.at(-1)!.Id, owner: { isQueue: true } } });
    expect(answer.data!.openPooledCases.map((c) => c.id)).toContain(created.at(-1)!.Id);
  });

  it("a referral refused by a gateway before Salesforce saw it: 'No referral case was created' (the worker looked)", async () => {
    const avery = await workerOf("averyChen");
    const before = referralsOn(DEMO_ACCOUNTS.bluebirdBakery).length;
    sim.fail({ method: "POST", path: COMPOSITE, status: 502, body: "<html><body><h1>502 Bad Gateway</h1></body></html>", times: 1 });

    const answer = await avery.send({ type: "pooled-account/create-referral", accountId: DEMO_ACCOUNTS.bluebirdBakery, contactId: DEMO_CONTACTS.contactUsCustomer, description: "Second try.", reason: "" });

    expect(answer).toMatchObject({ ok: false, error: { lostAnswer: "not-done" } });
    expect(answer.error!.message).toMatch(/no referral case was created/);
    expect(referralsOn(DEMO_ACCOUNTS.bluebirdBakery)).toHaveLength(before);
  });

  it("an upgrade opportunity created, then the connection reset: the answer is the created one with my count", async () => {
    const jordan = await workerOf("jordanRivera");
    sim.store.update("Case", DEMO_CASES.npsNew, { OwnerId: DEMO_USERS.jordanRivera.userId, Status: "In Progress" }, DEMO_USERS.jordanRivera.userId, { autoAssign: false });
    sim.store.delete("Opportunity", CAP_AE_OPEN_UPGRADE_OPP_IDS[1]!); // 14 of 15
    sim.fail({ method: "POST", path: COMPOSITE, bodyIncludes: "/sobjects/Opportunity", lose: "reset", status: 0, body: null, times: 1 });

    const answer = await jordan.send({ type: "upgrade/create", caseId: DEMO_CASES.npsNew });

    const open = sim.store.query(`SELECT Id FROM Opportunity WHERE IsClosed = false AND OwnerId = '${DEMO_USERS.jordanRivera.userId}' AND Name LIKE '%Ultimate Upgrade%'`).records.map((r) => r.Id);
    expect(open).toHaveLength(15);
    expect(answer.data).toMatchObject({ outcome: "created", count: 15, cap: 15 });
    expect(open).toContain((answer.data as { opportunity: { id: string } }).opportunity.id);
  });
});
