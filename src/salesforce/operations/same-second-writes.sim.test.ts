/**
 * Writes that could overwrite someone, against the simulated org with its clock
 * frozen: a change landing in the same second as the version the panel read keeps
 * LastModifiedDate as it was, so If-Unmodified-Since cannot see it (REST API
 * "Conditional Request Headers"). Notes save, close and transfer must still not
 * overwrite it, and must say so.
 */
import { createSimulator, type Simulator } from "../../../test/simulator/index";
import { DEMO_USERS, QUEUE_IDS } from "../../../test/simulator/seeds/baseline";
import { DEMO_CASES, demoSeed } from "../../../test/simulator/seeds/demo";
import { simWorker } from "../../../test/support/sim-worker";
import type { CasePanelData } from "../../messaging/case-panel-data";
import { clearMemoryCache } from "../session-cache";

let sim: Simulator;
beforeEach(async () => {
  clearMemoryCache();
  sim = await createSimulator({ seed: demoSeed(new Date()), tls: false });
});
afterEach(() => sim.close());

const workerFor = (user: keyof typeof DEMO_USERS) => simWorker(sim, DEMO_USERS[user].username);
const versionOf = (data: CasePanelData) => ({ caseId: data.case.id, lastModifiedDate: data.case.lastModifiedDate, ownerId: data.case.owner.id, accountId: data.account?.id ?? null });
const AVERY = DEMO_USERS.averyChen.userId;
const MARCUS = DEMO_USERS.marcusLee.userId;

/** Avery owns the case (In Progress), her panel has read it, and the clock stands still from here. */
async function averysCase(caseId: string) {
  sim.clock.freeze();
  sim.store.update("Case", caseId, { OwnerId: AVERY, Status: "In Progress", Reason: "Expansion" }, AVERY, { autoAssign: false });
  const avery = workerFor("averyChen");
  return { avery, data: await avery.panel(caseId) };
}

/** Someone else's write, in the same second as the version the panel read. */
function sameSecondWrite(caseId: string, fields: Record<string, unknown>, asUserId = MARCUS) {
  const before = sim.store.get("Case", caseId)!.LastModifiedDate;
  sim.store.update("Case", caseId, fields, asUserId, { autoAssign: false });
  expect(sim.store.get("Case", caseId)!.LastModifiedDate).toBe(before); // invisible to If-Unmodified-Since
}

describe("Notes save", () => {
  it("Notes changed by someone else in the same second since the panel read them are not overwritten; the AE is told and keeps the draft", async () => {
    const caseId = DEMO_CASES.expansionNew;
    const { avery, data } = await averysCase(caseId);
    sameSecondWrite(caseId, { Notes__c: "Marcus: customer asked for a call on Monday." });
    const answer = await avery.send({ type: "case/save-notes", caseId, notes: "Avery: quote sent.", lastModifiedDate: data.case.lastModifiedDate, notesFrom: data.case.notes });
    expect(answer.ok).toBe(true);
    expect(answer.data).toMatchObject({ saved: false, panel: { case: { notes: "Marcus: customer asked for a call on Monday." } } });
    expect(sim.store.get("Case", caseId)!.Notes__c).toBe("Marcus: customer asked for a call on Monday.");
  });

  it("an unchanged case saves in one call", async () => {
    const caseId = DEMO_CASES.expansionNew;
    const { avery, data } = await averysCase(caseId);
    sameSecondWrite(caseId, { Priority: "Low" }); // another field: not a Notes conflict
    const calls = sim.apiUsage.used;
    const answer = await avery.send({ type: "case/save-notes", caseId, notes: "Avery: quote sent.", lastModifiedDate: data.case.lastModifiedDate, notesFrom: data.case.notes });
    expect(answer.data).toMatchObject({ saved: true, panel: { case: { notes: "Avery: quote sent." } } });
    expect(sim.apiUsage.used - calls).toBe(1);
  });
});

describe("close", () => {
  it("a case reassigned in the same second since the dialog opened is not closed: the whole close rolls back", async () => {
    const caseId = DEMO_CASES.expansionNew;
    const { avery, data } = await averysCase(caseId);
    const options = await avery.send({ type: "case/close-options" });
    sameSecondWrite(caseId, { OwnerId: MARCUS });
    const opportunity = data.case.relatedOpportunity!;
    const answer = await avery.send({
      type: "case/close",
      caseId,
      lastModifiedDate: data.case.lastModifiedDate,
      ownerId: data.case.owner.id,
      fromStatus: data.case.status,
      status: "Closed_Resolved",
      resolutionAction: options.data!.resolutionActions[0]!.value,
      opportunity: { id: opportunity.id, stageName: "8-Closed Lost" },
    });
    expect(answer.data).toMatchObject({ outcome: "changed" });
    expect(sim.store.get("Case", caseId)).toMatchObject({ OwnerId: MARCUS, IsClosed: false });
    expect(sim.store.get("Opportunity", opportunity.id)!.IsClosed).toBe(false);
  });

  it("nor one another tab closed otherwise in the same second (its Status is not overwritten)", async () => {
    const caseId = DEMO_CASES.urgentRenewalNew;
    const { avery, data } = await averysCase(caseId);
    sameSecondWrite(caseId, { Status: "Closed - Duplicate" }, AVERY); // closed from another tab, as a duplicate
    const answer = await avery.send({ type: "case/close", caseId, lastModifiedDate: data.case.lastModifiedDate, ownerId: data.case.owner.id, fromStatus: data.case.status, status: "Closed_Resolved", resolutionAction: null, opportunity: null });
    expect(answer.data).toMatchObject({ outcome: "changed" });
    expect(sim.store.get("Case", caseId)).toMatchObject({ Status: "Closed - Duplicate" });
  });
});

describe("transfer", () => {
  it("Notes someone wrote in the same second since the panel read them keep their text: the transfer's note goes onto it", async () => {
    sim.clock.freeze();
    const caseId = DEMO_CASES.conflictSecondCase;
    sim.store.update("Case", caseId, { OwnerId: QUEUE_IDS.amer, Status: "New" }, AVERY, { autoAssign: false });
    const jordan = workerFor("jordanRivera");
    const data = await jordan.panel(caseId);
    const claim = await jordan.send({ type: "case/claim", ...versionOf(data) });
    expect(claim.data).toMatchObject({ outcome: "conflict" });
    const conflict = claim.data as { transferTo: { id: string; name: string | null }; because: { kind: "open-case"; recordId: string; label: string } };
    sameSecondWrite(caseId, { Notes__c: "Support: customer prefers email." });
    const transfer = await jordan.send({ type: "case/transfer", ...versionOf(data), to: conflict.transferTo, because: conflict.because, notes: data.case.notes });
    expect(transfer.data).toMatchObject({ outcome: "transferred" });
    const notes = String(sim.store.get("Case", caseId)!.Notes__c);
    expect(notes).toMatch(/^Support: customer prefers email\.\n.*transferred to Avery Chen by Jordan Rivera/);
    expect(transfer.data!.panel!.case.notes).toBe(notes);
    expect(sim.store.get("Case", caseId)!.OwnerId).toBe(AVERY);
  });
});
