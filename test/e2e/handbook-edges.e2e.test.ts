/**
 * The handbook's rules at the edges, in real Chromium with the production build:
 * a new case on an account whose other open Pooled case I already own is mine to
 * claim (never a transfer to myself); a claim refused because a conflict appeared
 * after the panel loaded redraws Conflicts from the claim's own answer (one call);
 * a case moved back to the queue starts a new SLA clock. One simulator and one
 * browser (Avery Chen) for the file.
 */
import { DEMO_USERS, QUEUE_IDS, RECORD_TYPE_IDS } from "../simulator/seeds/baseline";
import { DEMO_ACCOUNTS, DEMO_CASES } from "../simulator/seeds/demo";
import { CaseActionsPanel } from "./support/case-actions-panel";
import { startOrgSession, type OrgSession } from "./support/org-session";

let org: OrgSession;
let actions: CaseActionsPanel;

beforeAll(async () => {
  org = await startOrgSession("averyChen");
  actions = new CaseActionsPanel(org.panel);
});
afterAll(async () => {
  await org?.close();
});

const AVERY = DEMO_USERS.averyChen;
const JORDAN = DEMO_USERS.jordanRivera;

describe("my own work on the account", () => {
  it("offers Claim on the second case of an account whose first I own, and claims it: Owner me, In Progress, first response stamped", async () => {
    const caseId = DEMO_CASES.conflictSecondCase;
    const caseNumber = org.caseNumber(caseId);
    const firstNumber = org.caseNumber(DEMO_CASES.conflictFirstCase);
    await org.openCase(caseId);

    const conflicts = await actions.conflicts(caseNumber);
    await conflicts.getByText(`You already work this account: Case ${firstNumber}.`).waitFor();
    expect(await conflicts.getByRole("button").count()).toBe(0);
    const frame = await actions.ready(caseNumber);
    expect(await frame.getByRole("button", { name: /Transfer to/ }).count()).toBe(0);

    expect(await actions.claim(caseNumber)).toContain("You own this case now");
    const record = org.sim.store.get("Case", caseId)!;
    expect(record).toMatchObject({ OwnerId: AVERY.userId, Status: "In Progress" });
    expect(record.First_Responded_Date__c).toEqual(expect.any(String));
  });
});

describe("a conflict that appeared after the panel loaded", () => {
  it("refuses the claim and redraws Conflicts at once from the claim's answer, with no second call", async () => {
    const caseId = DEMO_CASES.contactUsNew; // a clean account
    const caseNumber = org.caseNumber(caseId);
    await org.openCase(caseId);
    const conflicts = await actions.conflicts(caseNumber);
    await conflicts.getByText(/No conflicts/).waitFor();

    // Jordan opens a Pooled case on the same account and owns it, after Avery's panel read it.
    const otherId = org.sim.store.insert(
      "Case",
      { Subject: "Inbound Request: call me back", Status: "In Progress", Priority: "Medium", Origin: "Email", AccountId: DEMO_ACCOUNTS.bluebirdBakery, RecordTypeId: RECORD_TYPE_IDS.pooledSalesCase, OwnerId: JORDAN.userId },
      JORDAN.userId,
      { autoAssign: false },
    );
    const otherNumber = org.caseNumber(otherId);

    org.sim.resetRequests();
    const answer = await actions.claim(caseNumber);
    expect(answer).toContain(`Not claimed: Jordan Rivera already works this account (Case ${otherNumber})`);
    await conflicts.getByText(`Jordan Rivera works open Pooled case Case ${otherNumber}.`).waitFor();
    expect(await conflicts.innerText()).not.toContain("No conflicts");
    const frame = await actions.ready(caseNumber);
    expect(await frame.getByRole("button", { name: "Transfer to Jordan Rivera" }).count()).toBe(1);
    await org.page.waitForTimeout(600);
    expect(org.sim.countRequests({ method: "POST", path: "/composite" })).toBe(1);
    expect(org.sim.store.get("Case", caseId)!.OwnerId).toBe(QUEUE_IDS.amer);
  });
});

describe("the SLA clock", () => {
  it("starts again when a case goes back to the queue", async () => {
    const caseId = DEMO_CASES.postChurnNew; // 20 business hours in the queue: breached
    const caseNumber = org.caseNumber(caseId);
    org.sim.store.update("Case", caseId, { OwnerId: JORDAN.userId, Status: "In Progress" }, JORDAN.userId, { autoAssign: false });
    org.sim.store.update("Case", caseId, { OwnerId: QUEUE_IDS.amer, Status: "New" }, JORDAN.userId, { autoAssign: false });
    await org.openCase(caseId);
    const frame = await actions.ready(caseNumber);
    const sla = frame.locator('[data-clock="sla"]');
    await sla.getByText(/^Back in the queue since .+: a new clock$/).waitFor();
    expect(await sla.locator(".clock__state").innerText()).toBe("On track");
  });
});
