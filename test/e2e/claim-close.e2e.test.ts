/**
 * Claim, transfer and close in real Chromium with the production build: two AEs
 * racing for one case, the handbook's transfer on the demo conflicts, an atomic
 * close whose opportunity update fails, and a close redone after the session
 * expired. One simulator and one browser per AE for the whole file.
 */
import { DEMO_USERS, QUEUE_IDS } from "../simulator/seeds/baseline";
import { DEMO_CASES, DEMO_OPPORTUNITIES } from "../simulator/seeds/demo";
import { LIGHTNING } from "../tools/extension-browser";
import { CaseActionsPanel } from "./support/case-actions-panel";
import { startOrgSession, submitLoginForm, type OrgSession } from "./support/org-session";
import { startSecondAe, type SecondAe } from "./support/second-ae";

let org: OrgSession;
let jordan: SecondAe;
let averyActions: CaseActionsPanel;
let jordanActions: CaseActionsPanel;

beforeAll(async () => {
  org = await startOrgSession("averyChen");
  jordan = await startSecondAe(org, "jordanRivera");
  averyActions = new CaseActionsPanel(org.panel);
  jordanActions = new CaseActionsPanel(jordan.panel);
});
afterAll(async () => {
  await jordan?.close();
  await org?.close();
});
afterEach(() => {
  org.sim.clearFailures();
  org.sim.store.validationRules.length = 0;
});

const AVERY = DEMO_USERS.averyChen;
const JORDAN = DEMO_USERS.jordanRivera;
const fullName = (user: { firstName: string; lastName: string }) => `${user.firstName} ${user.lastName}`;

function setCase(caseId: string, fields: Record<string, unknown>) {
  org.sim.store.update("Case", caseId, fields, AVERY.userId, { autoAssign: false });
}

describe("claim", () => {
  it("two AEs claiming the same case at the same moment, 20 times: one owner, the other told who, nothing overwritten", async () => {
    const caseId = DEMO_CASES.expansionNew; // the head of the AMER queue: no out-of-order confirmation
    const caseNumber = org.caseNumber(caseId);
    const ROUNDS = 20;
    // One line per round; a round is clean when exactly one AE was told they own the case, the other was
    // told it is now owned by that AE, and the org agrees (owner = the reported winner, In Progress).
    const rounds: { round: number; averySays: string; jordanSays: string; owner: unknown; clean: boolean }[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      setCase(caseId, { OwnerId: QUEUE_IDS.amer, Status: "New" });
      await Promise.all([org.openCase(caseId), jordan.openCase(caseId)]);
      const [a, j] = await Promise.all([averyActions.claimButton(caseNumber), jordanActions.claimButton(caseNumber)]);
      const writesBefore = org.sim.countRequests({ method: "POST", path: "/composite" });
      await Promise.all([a.click(), j.click()]);
      const [averySays, jordanSays] = await Promise.all([averyActions.claimAnswer(caseNumber), jordanActions.claimAnswer(caseNumber)]);

      const record = org.sim.store.get("Case", caseId)!;
      const averyWon = /You own this case now/.test(averySays);
      const jordanWon = /You own this case now/.test(jordanSays);
      const reported = averyWon && !jordanWon ? AVERY : jordanWon && !averyWon ? JORDAN : null;
      const loserSays = reported === AVERY ? jordanSays : averySays;
      const clean =
        reported !== null &&
        loserSays.includes(`Not claimed: someone changed this case since the panel loaded, so nothing was overwritten. It is now owned by ${fullName(reported)}`) &&
        record.OwnerId === reported.userId &&
        record.Status === "In Progress";
      rounds.push({ round, averySays, jordanSays, owner: record.OwnerId, clean });
      expect(org.sim.countRequests({ method: "POST", path: "/composite" }) - writesBefore).toBeGreaterThanOrEqual(2);
    }
    expect(rounds.filter((r) => !r.clean)).toEqual([]);
    // The owner history shows no claim overwriting another: every user-to-user change would be one.
    const history = org.sim.store.query(`SELECT OldValue, NewValue FROM CaseHistory WHERE CaseId = '${caseId}' AND Field = 'Owner'`).records as { OldValue: unknown; NewValue: unknown }[];
    expect(history.filter((row) => String(row.OldValue).startsWith("005") && String(row.NewValue).startsWith("005"))).toEqual([]);
  });
});

describe("conflicts and transfer", () => {
  it("transfers the second case on an account to the AE who owns the first, with a note and a link to that case", async () => {
    const caseId = DEMO_CASES.conflictSecondCase;
    const firstNumber = org.caseNumber(DEMO_CASES.conflictFirstCase);
    await jordan.openCase(caseId);
    const conflicts = await jordanActions.conflicts(org.caseNumber(caseId));
    expect(await conflicts.innerText()).toContain(`Avery Chen works open Pooled case Case ${firstNumber}`);
    expect(await conflicts.getByRole("link", { name: `Case ${firstNumber}` }).getAttribute("href")).toBe(`${LIGHTNING}/lightning/r/Case/${DEMO_CASES.conflictFirstCase}/view`);
    expect(await conflicts.getByRole("link", { name: `Case ${firstNumber}` }).getAttribute("target")).toBe("_top");

    org.sim.resetRequests();
    await conflicts.getByRole("button", { name: "Transfer to Avery Chen" }).click();
    await conflicts.getByText("This case is with Avery Chen, as the handbook says.").waitFor();
    // The transfer reads the case back in the same request, and the panel redraws from it: nothing else follows.
    await org.page.waitForTimeout(600);
    expect(org.sim.countRequests({ method: "POST", path: "/composite" })).toBe(1);
    const record = org.sim.store.get("Case", caseId)!;
    expect(record.OwnerId).toBe(AVERY.userId);
    expect(String(record.Notes__c)).toContain(`transferred to Avery Chen by Jordan Rivera (Pooled Case Copilot): they own open Pooled Case ${firstNumber} on this account.`);
  });

  it("transfers the upgrade-conflict case to the Ultimate Upgrade's owner", async () => {
    await org.openCase(DEMO_CASES.upgradeConflictCase);
    const conflicts = await averyActions.conflicts(org.caseNumber(DEMO_CASES.upgradeConflictCase));
    expect(await conflicts.getByRole("link", { name: "Acme Co - Ultimate Upgrade" }).getAttribute("href")).toBe(`${LIGHTNING}/lightning/r/Opportunity/${DEMO_OPPORTUNITIES.upgradeConflictOpp}/view`);
    await conflicts.getByRole("button", { name: "Transfer to Marcus Lee" }).click();
    await conflicts.getByText("This case is with Marcus Lee, as the handbook says.").waitFor();
    expect(org.sim.store.get("Case", DEMO_CASES.upgradeConflictCase)!.OwnerId).toBe(DEMO_USERS.marcusLee.userId);
  });
});

describe("close", () => {
  // The AE picks the status by its label; Case.Status takes its ApiName (the simulated org relabeled this one).
  async function chooseAll(dialog: Awaited<ReturnType<CaseActionsPanel["openCloseDialog"]>>) {
    await dialog.getByLabel("Status").selectOption({ label: "Closed - Resolved" });
    await dialog.getByLabel("Resolution Action").selectOption("Renewal Processed");
    await dialog.getByLabel(/Opportunity stage/).selectOption("Closed Won");
  }

  it("a failing opportunity update leaves the case open and the dialog keeps the AE's choices", async () => {
    const caseId = DEMO_CASES.urgentRenewalNew;
    const caseNumber = org.caseNumber(caseId);
    const opportunityId = String(org.sim.store.get("Case", caseId)!.Opportunity__c);
    setCase(caseId, { OwnerId: AVERY.userId, Status: "In Progress", Reason: "Renewal" });
    await org.openCase(caseId);
    const dialog = await averyActions.openCloseDialog(caseNumber);
    await chooseAll(dialog);
    org.sim.fail({ method: "PATCH", path: `/sobjects/Opportunity/${opportunityId}`, status: 400, body: [{ errorCode: "FIELD_CUSTOM_VALIDATION_EXCEPTION", message: "Renewal opportunities need a signed quote before Closed Won.", fields: [] }] });
    await dialog.getByRole("button", { name: "Close case and opportunity" }).click();

    const alert = dialog.getByRole("alert");
    await alert.waitFor();
    expect(await alert.innerText()).toContain("Renewal opportunities need a signed quote before Closed Won.");
    expect(org.sim.store.get("Case", caseId)).toMatchObject({ Status: "In Progress", IsClosed: false });
    expect(org.sim.store.get("Opportunity", opportunityId)!.IsClosed).toBe(false);
    expect(await dialog.getByLabel("Status").inputValue()).toBe("Closed_Resolved");
    expect(await dialog.getByLabel("Resolution Action").inputValue()).toBe("Renewal Processed");
    expect(await dialog.getByLabel(/Opportunity stage/).inputValue()).toBe("Closed Won");

    org.sim.clearFailures();
    await dialog.getByRole("button", { name: "Close case and opportunity" }).click();
    const frame = await org.panel.waitForFrame();
    await frame.getByText("This case is closed (Closed - Resolved).").waitFor();
    expect(org.sim.store.get("Case", caseId)).toMatchObject({ Status: "Closed_Resolved", IsClosed: true, Resolution_Action__c: "Renewal Processed" });
    expect(org.sim.store.get("Opportunity", opportunityId)).toMatchObject({ StageName: "Closed Won", IsClosed: true });
  });

  it("after an expired session: a way to log in, and the choices are still there to close again", async () => {
    const caseId = DEMO_CASES.cadencePastSevenDays; // has a related pooled renewal opp
    const caseNumber = org.caseNumber(caseId);
    setCase(caseId, { OwnerId: AVERY.userId, Status: "In Progress", Reason: "Renewal" });
    await org.openCase(caseId);
    const dialog = await averyActions.openCloseDialog(caseNumber);
    await chooseAll(dialog);
    org.sim.expireSession(org.token);
    await dialog.getByRole("button", { name: "Close case and opportunity" }).click();
    const login = dialog.getByRole("link", { name: "Log in to Salesforce" });
    await login.waitFor();
    expect(await dialog.innerText()).toMatch(/Nothing was changed\. Log in again, then redo it/);
    expect(org.sim.store.get("Case", caseId)!.IsClosed).toBe(false);

    await login.click();
    await submitLoginForm(org.page, "averyChen");
    await org.page.waitForURL(/\/lightning\/r\/Case\//);
    const again = await averyActions.openCloseDialog(caseNumber);
    await expect.poll(() => again.getByLabel("Status").inputValue()).toBe("Closed_Resolved");
    expect(await again.getByLabel("Resolution Action").inputValue()).toBe("Renewal Processed");
    expect(await again.getByLabel(/Opportunity stage/).inputValue()).toBe("Closed Won");
    await again.getByRole("button", { name: "Close case and opportunity" }).click();
    await (await org.panel.waitForFrame()).getByText("This case is closed (Closed - Resolved).").waitFor();
  });
});
