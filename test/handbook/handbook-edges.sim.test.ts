/**
 * The handbook's conflicts at the edges, through the worker's router and handlers
 * against the simulated org: what I already work on the account makes a new case
 * mine to claim (never a transfer to myself), and a conflict that lands while the
 * panel loads (the interleaving simulator puts it between two of the panel's
 * subrequests) refuses the claim with the account's rows in the answer's read-back,
 * all the Conflicts section needs to redraw. And a case moved back to the queue
 * starts a new SLA clock everywhere it is shown.
 */
import jsforce from "jsforce";

import { createSimulator, type Simulator } from "../simulator/index";
import { DEMO_USERS, QUEUE_IDS, RECORD_TYPE_IDS } from "../simulator/seeds/baseline";
import { DEMO_ACCOUNTS, DEMO_CASES, demoSeed } from "../simulator/seeds/demo";
import { simWorker } from "../support/sim-worker";
import { deriveCaseView } from "../../src/features/case-panel/derive-case-view";
import type { CasePanelData } from "../../src/messaging/case-panel-data";
import { orgNames } from "../../src/salesforce/query/org-names";
import { clearMemoryCache } from "../../src/salesforce/session-cache";
import { readWaitingPoolCases } from "../../src/salesforce/operations/pool-waiting";

let sim: Simulator;
beforeAll(async () => {
  sim = await createSimulator({ seed: demoSeed(new Date()), tls: false });
});
afterAll(() => sim.close());
beforeEach(() => clearMemoryCache());
afterEach(() => sim.composite.clear());

const versionOf = (data: CasePanelData) => ({ caseId: data.case.id, lastModifiedDate: data.case.lastModifiedDate, ownerId: data.case.owner.id, accountId: data.account?.id ?? null });

describe("what I already work on the account", () => {
  it("my other open Pooled case: the new case is mine to claim (Owner me, In Progress, first response stamped)", async () => {
    const avery = simWorker(sim, DEMO_USERS.averyChen.username);
    const data = await avery.panel(DEMO_CASES.conflictSecondCase);
    expect(data.otherCases.map((c) => c.id)).toContain(DEMO_CASES.conflictFirstCase);

    const claim = await avery.send({ type: "case/claim", ...versionOf(data) });

    expect(claim.data).toMatchObject({ outcome: "claimed", panel: { case: { owner: { id: DEMO_USERS.averyChen.userId } } } });
    const record = sim.store.get("Case", DEMO_CASES.conflictSecondCase)!;
    expect(record).toMatchObject({ OwnerId: DEMO_USERS.averyChen.userId, Status: "In Progress" });
    expect(record.First_Responded_Date__c).toEqual(expect.any(String));
  });

  it("my active Ultimate Upgrade opportunity on the account: mine to claim", async () => {
    const marcus = simWorker(sim, DEMO_USERS.marcusLee.username);
    const data = await marcus.panel(DEMO_CASES.upgradeConflictCase);

    const claim = await marcus.send({ type: "case/claim", ...versionOf(data) });

    expect(claim.data).toMatchObject({ outcome: "claimed" });
    expect(sim.store.get("Case", DEMO_CASES.upgradeConflictCase)).toMatchObject({ OwnerId: DEMO_USERS.marcusLee.userId, Status: "In Progress" });
  });
});

describe("a conflict that appears after the panel read the account", () => {
  it("refuses the claim and reads the account back in the same call: the new conflict is in the answer's panel", async () => {
    const caseId = DEMO_CASES.contactUsNew;
    const jordan = simWorker(sim, DEMO_USERS.jordanRivera.username);
    await jordan.send({ type: "org/context" }); // read once per session, as the panel does
    // While Jordan's panel loads, just after it read the (clean) account, Priya opens a Pooled case there and owns it.
    const hook = sim.composite.between({
      after: "account",
      match: { method: "GET", path: caseId },
      write: {
        op: "insert",
        type: "Case",
        fields: { Subject: "Inbound Request: call me back", Status: "In Progress", Priority: "Medium", Origin: "Email", AccountId: DEMO_ACCOUNTS.bluebirdBakery, RecordTypeId: RECORD_TYPE_IDS.pooledSalesCase, OwnerId: DEMO_USERS.priyaShah.userId },
        asUserId: DEMO_USERS.priyaShah.userId,
        autoAssign: false,
      },
    });
    const data = await jordan.panel(caseId);
    expect(hook.state).toBe("fired");
    expect(data.account?.id).toBe(DEMO_ACCOUNTS.bluebirdBakery);
    expect(data.otherCases).toEqual([]);

    sim.resetRequests();
    const claim = await jordan.send({ type: "case/claim", ...versionOf(data) });

    expect(sim.countRequests({ method: "POST", path: "/composite" })).toBe(1);
    expect(claim.data).toMatchObject({ outcome: "conflict", transferTo: { id: DEMO_USERS.priyaShah.userId, name: "Priya Shah" }, because: { kind: "open-case" } });
    if (claim.data?.outcome !== "conflict") throw new Error("expected a conflict");
    expect(claim.data.panel?.case).toMatchObject({ id: caseId, owner: { id: QUEUE_IDS.amer, isQueue: true } });
    expect(claim.data.panel?.otherCases).toEqual([expect.objectContaining({ id: claim.data.because.recordId, isPooled: true, isClosed: false, owner: expect.objectContaining({ id: DEMO_USERS.priyaShah.userId }) })]);
    expect(sim.store.get("Case", caseId)).toMatchObject({ OwnerId: QUEUE_IDS.amer });
  });
});

describe("the SLA clock of a case moved back to the queue", () => {
  it("starts again at the move: in the panel's owner history, the popup's queue row and the badge's pool read, one call each", async () => {
    const caseId = DEMO_CASES.postChurnNew; // Low, 20 business hours in the queue: breached
    const jordan = simWorker(sim, DEMO_USERS.jordanRivera.username);
    const org = (await jordan.send({ type: "org/context" })).data!;
    const before = (await jordan.send({ type: "pool/overview" })).data!;
    expect(before.queue.find((row) => row.id === caseId)?.sla.state).toBe("breached");

    // Avery takes it, then hands it back to the queue.
    sim.store.update("Case", caseId, { OwnerId: DEMO_USERS.averyChen.userId, Status: "In Progress" }, DEMO_USERS.averyChen.userId, { autoAssign: false });
    sim.store.update("Case", caseId, { OwnerId: QUEUE_IDS.amer, Status: "New" }, DEMO_USERS.averyChen.userId, { autoAssign: false });

    sim.resetRequests();
    const panel = await jordan.panel(caseId);
    expect(sim.countRequests({ method: "POST", path: "/composite" })).toBe(1);
    // Both changes may share a second (the read lists them latest first, ties either way).
    const back = panel.case.ownerHistory.changes.find((change) => change.from === DEMO_USERS.averyChen.userId && change.to === QUEUE_IDS.amer)!;
    expect(back).toBeDefined();
    const view = deriveCaseView({ ...panel, org }, new Date());
    expect(view.slaStart).toMatchObject({ source: "entered-queue", reentered: true, at: new Date(back.at) });
    expect(view.sla.state).toBe("on-track");

    sim.resetRequests();
    const after = (await jordan.send({ type: "pool/overview" })).data!;
    expect(sim.countRequests({ method: "POST", path: "/composite" })).toBe(1);
    expect(after.queue.find((row) => row.id === caseId)?.sla).toMatchObject({ state: view.sla.state, dueAt: view.sla.dueAt.toISOString() });

    const connection = new jsforce.Connection({ instanceUrl: sim.url, accessToken: sim.login(DEMO_USERS.jordanRivera.username), version: "62.0" });
    const { waiting } = await readWaitingPoolCases(connection, org, orgNames(org.profile, null));
    expect(waiting.find((row) => row.id === caseId)).toMatchObject({ sla: { state: view.sla.state }, needsAttention: view.sla.state === "at-risk" });
  });
});
