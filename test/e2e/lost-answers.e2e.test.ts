/**
 * Writes whose answer never came, in real Chromium with the production build: the
 * simulated org applies the write and then loses its answer (faults.ts `lose`). The
 * panel never says "nothing was changed": it waits visibly, and once the worker has
 * read the case again it says what is true.
 */
import { DEMO_USERS, QUEUE_IDS } from "../simulator/seeds/baseline";
import { DEMO_CASES } from "../simulator/seeds/demo";
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
afterEach(() => org.sim.clearFailures());

const AVERY = DEMO_USERS.averyChen;
const setCase = (caseId: string, fields: Record<string, unknown>) => org.sim.store.update("Case", caseId, fields, AVERY.userId, { autoAssign: false });

it("a claim applied and then answered by a proxy's 502: 'You own this case' after the re-read, sent once", async () => {
  const caseId = DEMO_CASES.expansionNew; // the head of the AMER queue: no out-of-order question
  const caseNumber = org.caseNumber(caseId);
  setCase(caseId, { OwnerId: QUEUE_IDS.amer, Status: "New" });
  await org.openCase(caseId);
  const claim = await actions.claimButton(caseNumber);
  // Only the claim's Composite loses its answer, whatever else the worker reads meanwhile.
  org.sim.fail({ method: "POST", path: "/composite", bodyIncludes: '"referenceId":"claim"', lose: "bad-gateway", status: 0, body: null, times: 1 });
  org.sim.resetRequests();

  await claim.click();

  expect(await actions.claimAnswer(caseNumber)).toBe("You own this case. Salesforce's answer was lost on the way back, so the panel read the case again.");
  expect(org.sim.store.get("Case", caseId)).toMatchObject({ OwnerId: AVERY.userId, Status: "In Progress" });
  // The claim went once; the only other call was the re-read.
  const claims = org.sim.requests.filter((entry) => entry.method === "POST" && entry.path.endsWith("/composite"));
  expect(claims).toHaveLength(2);
  const frame = await actions.ready(caseNumber);
  expect(await frame.locator("body").innerText()).not.toMatch(/nothing was changed/i);
});

it("a claim whose connection is reset after it was applied: the panel says I own the case, never that nothing changed", async () => {
  const caseId = DEMO_CASES.contactUsNew;
  const caseNumber = org.caseNumber(caseId);
  setCase(caseId, { OwnerId: QUEUE_IDS.amer, Status: "New" });
  await org.openCase(caseId);
  org.sim.fail({ method: "POST", path: "/composite", bodyIncludes: '"referenceId":"claim"', lose: "reset", status: 0, body: null, times: 1 });

  // Chromium may resend a POST whose reused connection was reset before any answer; the claim's guard
  // makes the copy harmless, and either way the answer is what is true: the case is mine.
  expect(await actions.claim(caseNumber)).toMatch(/^You own this case/);
  expect(org.sim.store.get("Case", caseId)).toMatchObject({ OwnerId: AVERY.userId, Status: "In Progress" });
  const history = org.sim.store.query(`SELECT NewValue FROM CaseHistory WHERE CaseId = '${caseId}' AND Field = 'Owner'`).records;
  expect(history.filter((row) => row.NewValue === AVERY.userId)).toHaveLength(1);
  expect(await (await actions.ready(caseNumber)).locator("body").innerText()).not.toMatch(/nothing was changed/i);
});

it("a close that hangs: 'Still waiting for Salesforce…', then the truth from the re-read at the deadline", { timeout: 90_000 }, async () => {
  const caseId = DEMO_CASES.urgentRenewalNew; // has a related pooled renewal opportunity
  const caseNumber = org.caseNumber(caseId);
  setCase(caseId, { OwnerId: AVERY.userId, Status: "In Progress", Reason: "Renewal" });
  await org.openCase(caseId);
  const dialog = await actions.openCloseDialog(caseNumber);
  await dialog.getByLabel("Status").selectOption({ label: "Closed - Resolved" });
  await dialog.getByLabel("Resolution Action").selectOption("Renewal Processed");
  await dialog.getByLabel(/Opportunity stage/).selectOption("Closed Won");
  org.sim.fail({ method: "POST", path: "/composite", bodyIncludes: "Closed_Resolved", lose: "hang", hangMs: 80_000, status: 0, body: null, times: 1 });
  org.sim.resetRequests();

  const submit = dialog.getByRole("button", { name: "Close case and opportunity" });
  await submit.click();

  await dialog.getByText(/Still waiting for Salesforce…/).waitFor({ timeout: 10_000 });
  expect(await dialog.getByRole("button", { name: "Closing…" }).isDisabled()).toBe(true);
  // Salesforce applied it; only its answer is missing.
  expect(org.sim.store.get("Case", caseId)).toMatchObject({ Status: "Closed_Resolved", IsClosed: true });

  const frame = await org.panel.waitForFrame();
  await frame.getByText("Closed as Closed - Resolved. Salesforce's answer was lost on the way back, so the panel read the case again.").waitFor({ timeout: 45_000 });
  await frame.getByText("This case is closed (Closed - Resolved).").waitFor();
  const closes = org.sim.requests.filter((entry) => entry.method === "POST" && entry.path.endsWith("/composite"));
  expect(closes).toHaveLength(2);
});
