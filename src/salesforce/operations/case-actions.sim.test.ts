/**
 * Claim, transfer and close through the worker's router and handlers, with the
 * real jsforce client, against the simulated org: the race, and each fault the
 * issue names (401, UNABLE_TO_LOCK_ROW retried / exhausted, REQUEST_LIMIT_EXCEEDED,
 * 5xx, FIELD_CUSTOM_VALIDATION_EXCEPTION, INSUFFICIENT_ACCESS_OR_READONLY).
 */
import jsforce from "jsforce";

import { createSimulator, type Simulator } from "../../../test/simulator/index";
import { DEMO_USERS, QUEUE_IDS } from "../../../test/simulator/seeds/baseline";
import { DEMO_CASES, demoSeed } from "../../../test/simulator/seeds/demo";
import { handlers } from "../../background/handlers";
import { createRouter } from "../../background/router";
import type { CasePanelAnswer, CasePanelData } from "../../messaging/case-panel-data";
import type { OrgContext } from "../../messaging/org-context";
import type { Request } from "../../messaging/contracts";
import { clearMemoryCache } from "../session-cache";

let sim: Simulator;
beforeAll(async () => {
  sim = await createSimulator({ seed: demoSeed(new Date()), tls: false });
});
afterAll(() => sim.close());
afterEach(() => {
  sim.clearFailures();
  sim.store.validationRules.length = 0;
  sim.apiUsage.used = 0;
});

const EXTENSION = "a".repeat(32);
const sender = { id: EXTENSION, url: `chrome-extension://${EXTENSION}/tabs/panel.html`, tab: { url: "https://acme.lightning.force.com/lightning/r/Case/x/view" } };

/** One AE's worker: the router with the real handlers, logged in as that AE. */
function workerFor(user: keyof typeof DEMO_USERS) {
  let token = sim.login(DEMO_USERS[user].username);
  const route = createRouter(handlers, {
    extensionId: EXTENSION,
    panelUrlPrefix: `chrome-extension://${EXTENSION}/`,
    findSession: async () => ({ instanceUrl: sim.url, accessToken: token }),
    connect: (session) => new jsforce.Connection({ instanceUrl: session.instanceUrl, accessToken: session.accessToken, version: "62.0" }),
    loginUrlFor: (apiHost, path) => `https://${apiHost}/?startURL=${encodeURIComponent(path)}`,
  });
  return {
    send: (request: Request) => route(request, sender) as Promise<{ ok: boolean; data?: any; error?: any }>,
    /** What the panel shows: the session's org context and the case, asked for side by side as the panel does. */
    async panel(caseId: string): Promise<CasePanelData> {
      const [org, answer] = await Promise.all([route({ type: "org/context" }, sender), route({ type: "case/panel", caseId }, sender)]);
      if (!org.ok) throw new Error(org.error.message);
      if (!answer.ok) throw new Error(answer.error.message);
      return { ...(answer.data as CasePanelAnswer), org: org.data as OrgContext };
    },
    relogin: () => {
      token = sim.login(DEMO_USERS[user].username);
    },
    get token() {
      return token;
    },
  };
}

const versionOf = (data: CasePanelData) => ({ caseId: data.case.id, lastModifiedDate: data.case.lastModifiedDate, ownerId: data.case.owner.id, accountId: data.account?.id ?? null });
const lockedBody = [{ errorCode: "UNABLE_TO_LOCK_ROW", message: "unable to obtain exclusive access to this record or 1 records: 5008X0000000009QAA" }];

/** Puts a case back in the AMER queue, last modified a minute ago. */
function backToQueue(caseId: string) {
  sim.store.update("Case", caseId, { OwnerId: QUEUE_IDS.amer, Status: "New" }, DEMO_USERS.averyChen.userId, { autoAssign: false });
}

beforeEach(() => clearMemoryCache());

/** A panel as a write reads it back: everything but the queue heads (and the session's org context). */
function withoutQueue(panel: { queueCases?: unknown; org?: unknown }) {
  const { queueCases: _queueCases, org: _org, ...parts } = panel;
  return parts;
}

describe("claim race", () => {
  it("two AEs claiming the same case at once: exactly one owner, the other told who", async () => {
    const avery = workerFor("averyChen");
    const jordan = workerFor("jordanRivera");
    for (let round = 0; round < 5; round++) {
      backToQueue(DEMO_CASES.pqlNew);
      const [a, j] = await Promise.all([avery.panel(DEMO_CASES.pqlNew), jordan.panel(DEMO_CASES.pqlNew)]);
      const [ra, rj] = await Promise.all([avery.send({ type: "case/claim", ...versionOf(a) }), jordan.send({ type: "case/claim", ...versionOf(j) })]);
      const outcomes = [ra.data.outcome, rj.data.outcome].sort();
      expect(outcomes).toEqual(["changed", "claimed"]);
      const winner = ra.data.outcome === "claimed" ? DEMO_USERS.averyChen : DEMO_USERS.jordanRivera;
      const loser = ra.data.outcome === "claimed" ? rj : ra;
      expect(sim.store.get("Case", DEMO_CASES.pqlNew)).toMatchObject({ OwnerId: winner.userId, Status: "In Progress" });
      expect(loser.data.now.owner).toMatchObject({ id: winner.userId, name: `${winner.firstName} ${winner.lastName}` });
    }
  });
});

describe("transfer", () => {
  it("sends the conflict case to the AE who owns the account's other case, with a note", async () => {
    const jordan = workerFor("jordanRivera");
    const data = await jordan.panel(DEMO_CASES.conflictSecondCase);
    const claim = await jordan.send({ type: "case/claim", ...versionOf(data) });
    expect(claim.data).toMatchObject({ outcome: "conflict", transferTo: { id: DEMO_USERS.averyChen.userId, name: "Avery Chen" }, because: { kind: "open-case", recordId: DEMO_CASES.conflictFirstCase } });
    const transfer = await jordan.send({ type: "case/transfer", ...versionOf(data), to: claim.data.transferTo, because: claim.data.because, notes: data.case.notes });
    expect(transfer.data).toMatchObject({ outcome: "transferred", to: { id: DEMO_USERS.averyChen.userId, name: "Avery Chen" } });
    // The answer holds the case as the panel would read it now: no second call to redraw.
    expect(transfer.data.panel).toEqual(withoutQueue(await jordan.panel(DEMO_CASES.conflictSecondCase)));
    expect(transfer.data.panel.case.owner).toMatchObject({ id: DEMO_USERS.averyChen.userId, isQueue: false });
    const record = sim.store.get("Case", DEMO_CASES.conflictSecondCase)!;
    expect(record.OwnerId).toBe(DEMO_USERS.averyChen.userId);
    expect(String(record.Notes__c)).toMatch(/transferred to Avery Chen by Jordan Rivera \(Pooled Case Copilot\): they own open Pooled Case \d+ on this account\.$/);
  });
});

describe("faults", () => {
  it("401: a session answer with a login link; after logging in again the same claim goes through", async () => {
    const avery = workerFor("averyChen");
    backToQueue(DEMO_CASES.churnNew);
    const data = await avery.panel(DEMO_CASES.churnNew);
    sim.expireSession(avery.token);
    const failed = await avery.send({ type: "case/claim", ...versionOf(data) });
    expect(failed).toMatchObject({ ok: false, error: { kind: "session", loginUrl: expect.stringContaining("https://acme.my.salesforce.com/") } });
    expect(sim.store.get("Case", DEMO_CASES.churnNew)!.OwnerId).toBe(QUEUE_IDS.amer);
    avery.relogin();
    expect((await avery.send({ type: "case/claim", ...versionOf(data) })).data).toMatchObject({ outcome: "claimed" });
  });

  it("UNABLE_TO_LOCK_ROW: retried with backoff, then succeeds", async () => {
    const avery = workerFor("averyChen");
    backToQueue(DEMO_CASES.inboundRequestNew);
    const data = await avery.panel(DEMO_CASES.inboundRequestNew);
    sim.fail({ method: "PATCH", path: `/sobjects/Case/${DEMO_CASES.inboundRequestNew}`, status: 400, body: lockedBody, times: 2 });
    sim.resetRequests();
    const claim = await avery.send({ type: "case/claim", ...versionOf(data) });
    expect(claim.data).toMatchObject({ outcome: "claimed" });
    expect(claim.data.panel.case).toMatchObject({ owner: { id: DEMO_USERS.averyChen.userId }, status: "In Progress" });
    expect(sim.countRequests({ path: "/composite" })).toBe(3);
  });

  it("UNABLE_TO_LOCK_ROW: gives up after a few attempts with Salesforce's message", async () => {
    const avery = workerFor("averyChen");
    backToQueue(DEMO_CASES.inboundRequestNew);
    const data = await avery.panel(DEMO_CASES.inboundRequestNew);
    sim.fail({ method: "PATCH", path: `/sobjects/Case/${DEMO_CASES.inboundRequestNew}`, status: 400, body: lockedBody });
    sim.resetRequests();
    const answer = await avery.send({ type: "case/claim", ...versionOf(data) });
    expect(answer).toMatchObject({ ok: false, error: { kind: "salesforce", errorCode: "UNABLE_TO_LOCK_ROW", message: lockedBody[0]!.message } });
    expect(sim.countRequests({ path: "/composite" })).toBe(4);
    expect(sim.store.get("Case", DEMO_CASES.inboundRequestNew)!.OwnerId).toBe(QUEUE_IDS.amer);
  });

  it("REQUEST_LIMIT_EXCEEDED: one request, no retry", async () => {
    const avery = workerFor("averyChen");
    const data = await avery.panel(DEMO_CASES.unclassified);
    sim.apiUsage.used = sim.apiUsage.max;
    sim.resetRequests();
    const answer = await avery.send({ type: "case/claim", ...versionOf(data) });
    expect(answer).toMatchObject({ ok: false, error: { errorCode: "REQUEST_LIMIT_EXCEEDED" } });
    expect(sim.countRequests({ path: "/composite" })).toBe(1);
  });

  it("5xx: never sent again; the case is read once more and the answer says who has it now", async () => {
    const avery = workerFor("averyChen");
    const data = await avery.panel(DEMO_CASES.unclassified);
    sim.fail({ method: "POST", path: "/composite", status: 503, body: [{ errorCode: "SERVER_UNAVAILABLE", message: "Service temporarily unavailable." }], times: 1 });
    sim.resetRequests();
    const answer = await avery.send({ type: "case/claim", ...versionOf(data) });
    // A 5xx does not say whether the claim ran: the worker looks instead of guessing "nothing was changed".
    expect(answer).toMatchObject({ ok: true, data: { outcome: "answer-lost", panel: { case: { owner: { id: QUEUE_IDS.amer, isQueue: true } } } } });
    expect(sim.countRequests({ path: "/composite" })).toBe(2);
    expect(sim.countRequests({ method: "PATCH" })).toBe(0);
    expect(sim.store.get("Case", DEMO_CASES.unclassified)!.OwnerId).toBe(QUEUE_IDS.amer);
  });

  it("FIELD_CUSTOM_VALIDATION_EXCEPTION on the claim: Salesforce's message, nothing written", async () => {
    const avery = workerFor("averyChen");
    const data = await avery.panel(DEMO_CASES.unclassified);
    sim.store.validationRules.push({ object: "Case", check: (row, previous) => (previous && row.OwnerId !== previous.OwnerId ? "Set a Case Reason before working the case." : null) });
    const answer = await avery.send({ type: "case/claim", ...versionOf(data) });
    expect(answer).toMatchObject({ ok: false, error: { kind: "salesforce", errorCode: "FIELD_CUSTOM_VALIDATION_EXCEPTION", message: "Set a Case Reason before working the case." } });
    expect(sim.store.get("Case", DEMO_CASES.unclassified)).toMatchObject({ OwnerId: QUEUE_IDS.amer, Status: "New" });
  });
});

describe("close", () => {
  async function claimedByAvery(caseId: string) {
    const avery = workerFor("averyChen");
    backToQueue(caseId);
    sim.store.update("Case", caseId, { Reason: "Expansion" }, DEMO_USERS.averyChen.userId, { autoAssign: false });
    const claim = await avery.send({ type: "case/claim", ...versionOf(await avery.panel(caseId)) });
    expect(claim.data.outcome).toBe("claimed");
    return { avery, data: await avery.panel(caseId) };
  }

  it("offers the Resolution Actions and the closed stages", async () => {
    const avery = workerFor("averyChen");
    const options = await avery.send({ type: "case/close-options" });
    expect(options.data.closedStages).toEqual(["Closed Won", "8-Closed Lost", "9-Unqualified"]);
    expect(options.data.resolutionActions.length).toBeGreaterThan(0);
  });

  it("a failing opportunity update leaves the case open: nothing half-done", async () => {
    const { avery, data } = await claimedByAvery(DEMO_CASES.expansionNew);
    const opportunity = data.case.relatedOpportunity!;
    sim.store.validationRules.push({ object: "Opportunity", check: (row) => (row.StageName === "Closed Won" ? "Amount must be confirmed before Closed Won." : null) });
    const options = await avery.send({ type: "case/close-options" });
    // The dialog sends the status's value from the org context: the CaseStatus ApiName, not its label.
    const resolved = data.org.statuses.find((status) => status.label === "Closed - Resolved")!;
    expect(resolved).toEqual({ value: "Closed_Resolved", label: "Closed - Resolved", isClosed: true, isDefault: false });
    const request = { type: "case/close" as const, caseId: data.case.id, lastModifiedDate: data.case.lastModifiedDate, ownerId: data.case.owner.id, fromStatus: data.case.status, status: resolved.value, resolutionAction: options.data.resolutionActions[0].value, opportunity: { id: opportunity.id, stageName: "Closed Won" } };
    const answer = await avery.send(request);
    expect(answer).toMatchObject({ ok: false, error: { errorCode: "FIELD_CUSTOM_VALIDATION_EXCEPTION", message: "Amount must be confirmed before Closed Won." } });
    expect(sim.store.get("Case", data.case.id)).toMatchObject({ Status: "In Progress", IsClosed: false });
    expect(sim.store.get("Opportunity", opportunity.id)!.IsClosed).toBe(false);

    sim.store.validationRules.length = 0;
    const closed = await avery.send(request);
    expect(closed.data).toMatchObject({ outcome: "closed" });
    expect(closed.data.panel).toEqual(withoutQueue(await avery.panel(data.case.id)));
    expect(closed.data.panel.case).toMatchObject({ isClosed: true, relatedOpportunity: { isClosed: true } });
    expect(sim.store.get("Case", data.case.id)).toMatchObject({ Status: "Closed_Resolved", IsClosed: true, OwnerId: DEMO_USERS.averyChen.userId });
    expect(sim.store.get("Opportunity", opportunity.id)).toMatchObject({ StageName: "Closed Won", IsClosed: true });
  });

  it("INSUFFICIENT_ACCESS_OR_READONLY on the opportunity: Salesforce's message, the case stays open", async () => {
    const { avery, data } = await claimedByAvery(DEMO_CASES.urgentRenewalNew);
    const opportunity = data.case.relatedOpportunity!;
    sim.fail({ method: "PATCH", path: `/sobjects/Opportunity/${opportunity.id}`, status: 400, body: [{ errorCode: "INSUFFICIENT_ACCESS_OR_READONLY", message: "insufficient access rights on object id" }] });
    const answer = await avery.send({ type: "case/close", caseId: data.case.id, lastModifiedDate: data.case.lastModifiedDate, ownerId: data.case.owner.id, fromStatus: data.case.status, status: "Closed_Resolved", resolutionAction: (await avery.send({ type: "case/close-options" })).data.resolutionActions[0].value, opportunity: { id: opportunity.id, stageName: "8-Closed Lost" } });
    expect(answer).toMatchObject({ ok: false, error: { errorCode: "INSUFFICIENT_ACCESS_OR_READONLY", message: "insufficient access rights on object id" } });
    expect(sim.store.get("Case", data.case.id)!.IsClosed).toBe(false);
  });
});
