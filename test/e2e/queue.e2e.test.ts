/**
 * Issue 5 end to end: the toolbar popup (queue of my pool, Take next, My cases,
 * upgrade opportunities under the cap) and the toolbar badge, in real Chromium on
 * the production build, against the simulated org. One org and one browser for the
 * whole file, logged in as Jordan Rivera (AMER AE, at the cap of 15 upgrades, with
 * an overdue Day 3 call). The expectations are computed from the org's rows with
 * the simulator's own business-hours code, not with the extension's.
 */
import { DEMO_USERS, AMER_CALENDAR, QUEUE_IDS } from "../simulator/seeds/baseline";
import { businessMsBetween, HOUR_MS } from "../simulator/seeds/business-hours";
import { CAP_AE_OPEN_UPGRADE_OPP_IDS, DEMO_CASES, UPGRADE_CAP_AE, UPGRADE_OPP_CAP } from "../simulator/seeds/demo";
import { startOrgSession, type OrgSession } from "./support/org-session";
import { badgeText, PopupPage } from "./support/popup";

let org: OrgSession;

beforeAll(async () => {
  org = await startOrgSession(UPGRADE_CAP_AE);
});
afterAll(async () => {
  await org?.close();
});

interface WaitingCase {
  Id: string;
  CaseNumber: string;
  Priority: string;
  CreatedDate: string;
}

const waitingInAmerQueue = () =>
  org.sim.store.query(`SELECT Id, CaseNumber, Priority, CreatedDate FROM Case WHERE IsClosed = false AND OwnerId = '${QUEUE_IDS.amer}'`).records as unknown as WaitingCase[];

const isHigh = (c: WaitingCase) => c.Priority === "High";

/** The handbook: High Priority first, then oldest first (case number breaks a tie). */
const handbookOrder = (cases: WaitingCase[]) =>
  [...cases].sort((a, b) => Number(isHigh(b)) - Number(isHigh(a)) || Date.parse(a.CreatedDate) - Date.parse(b.CreatedDate) || a.CaseNumber.localeCompare(b.CaseNumber));

/** High Priority, or 6 of the 8 SLA business hours used (at risk) or more (breached). */
const needsAttention = (c: WaitingCase) => isHigh(c) || businessMsBetween(Date.parse(c.CreatedDate), Date.now(), AMER_CALENDAR) >= 6 * HOUR_MS;

describe("the toolbar popup and badge in Chromium", () => {
  it("counts the High Priority and SLA-at-risk cases on the toolbar badge while a Salesforce tab is open", async () => {
    const expected = waitingInAmerQueue().filter(needsAttention).length;
    expect(expected).toBeGreaterThanOrEqual(10); // 5 High, plus at-risk and breached ones of the demo org
    await expect.poll(() => badgeText(org.browser.worker), { timeout: 20_000 }).toBe(String(expected));
  });

  it("says on the badge's tooltip what the number counts, and in which queue", async () => {
    const waiting = waitingInAmerQueue();
    const high = waiting.filter(isHigh).length;
    const sla = waiting.filter((c) => businessMsBetween(Date.parse(c.CreatedDate), Date.now(), AMER_CALENDAR) >= 6 * HOUR_MS).length;
    const count = waiting.filter(needsAttention).length;
    const both = high + sla - count;
    const title = `${high} High priority, ${sla} SLA at risk or breached waiting in AMER Pooled Sales Queue${both > 0 ? ` (${both} ${both === 1 ? "is" : "are"} both: ${count} cases)` : ""}`;
    await expect.poll(() => badgeText(org.browser.worker), { timeout: 20_000 }).toBe(String(count));
    await expect.poll(() => org.browser.worker.evaluate(() => chrome.action.getTitle({})), { timeout: 10_000 }).toBe(title);
  });

  it("lists the pool's queue High Priority first, then oldest first, with SLA and conflicts", async () => {
    const popup = await PopupPage.open(org.browser.context, org.browser.extensionId);
    const waiting = waitingInAmerQueue();
    const expected = handbookOrder(waiting).map((c) => c.CaseNumber);
    expect(await popup.caseNumbers()).toEqual(expected);

    // Mixed priorities and ages: the oldest High (24 business hours, breached) leads; the oldest Low/Medium follows the last High.
    expect(expected[0]).toBe(org.caseNumber(DEMO_CASES.expansionNew));
    const firstNotHigh = expected.findIndex((n) => !isHigh(waiting.find((c) => c.CaseNumber === n)!));
    expect(expected[firstNotHigh]).toBe(org.caseNumber(DEMO_CASES.postChurnNew));

    const expansion = popup.row(org.caseNumber(DEMO_CASES.expansionNew));
    expect(await expansion.innerText()).toMatch(/Breached/);
    expect(await expansion.innerText()).toContain("Expansion");
    expect(await popup.row(org.caseNumber(DEMO_CASES.npsNew)).innerText()).toMatch(/At risk/);
    expect(await popup.row(org.caseNumber(DEMO_CASES.conflictSecondCase)).innerText()).toContain("Goes to Avery Chen");
    expect(await popup.row(org.caseNumber(DEMO_CASES.upgradeConflictCase)).innerText()).toContain("Goes to Marcus Lee");
    // The badge and the popup count the same cases.
    expect(await popup.page.locator('.queue__rows > li[data-attention="true"]').count()).toBe(Number(await badgeText(org.browser.worker)));
    await popup.close();
  });

  it("Take next moves on when the first case was just claimed by someone else, and opens its case in the Salesforce tab", async () => {
    const popup = await PopupPage.open(org.browser.context, org.browser.extensionId);
    const first = DEMO_CASES.expansionNew;
    const second = DEMO_CASES.npsNew; // the next High, oldest first (the Acme Co case goes to Marcus Lee)
    expect((await popup.caseNumbers()).slice(0, 2)).toEqual([org.caseNumber(first), org.caseNumber(second)]);

    // Avery Chen takes the first case a moment before Jordan clicks.
    org.sim.store.update("Case", first, { OwnerId: DEMO_USERS.averyChen.userId, Status: "In Progress" }, DEMO_USERS.averyChen.userId);
    await popup.page.getByRole("button", { name: "Take next" }).click();

    const outcome = popup.page.locator(".take-next__outcome");
    await outcome.waitFor({ timeout: 20_000 });
    expect(await outcome.innerText()).toContain(`Case ${org.caseNumber(first)} was just taken by Avery Chen`);
    expect(await outcome.innerText()).toContain(`You took case ${org.caseNumber(second)}`);
    expect(org.sim.store.get("Case", second)).toMatchObject({ OwnerId: DEMO_USERS.jordanRivera.userId, Status: "In Progress" });
    expect(org.sim.store.get("Case", first)).toMatchObject({ OwnerId: DEMO_USERS.averyChen.userId });
    await org.page.waitForURL(new RegExp(`/lightning/r/Case/${second}/view`), { timeout: 15_000 });
    await popup.close();
  });

  it("shows My cases with the overdue Day 3 call first", async () => {
    const popup = await PopupPage.open(org.browser.context, org.browser.extensionId);
    await popup.tab(/My cases/).click();
    const numbers = await popup.caseNumbers();
    expect(numbers[0]).toBe(org.caseNumber(DEMO_CASES.cadenceDay3Overdue));
    expect(numbers).toContain(org.caseNumber(DEMO_CASES.npsNew)); // just taken
    const overdue = await popup.row(org.caseNumber(DEMO_CASES.cadenceDay3Overdue)).innerText();
    expect(overdue).toMatch(/Day 3 call: overdue/);
    expect(overdue).toMatch(/days? left of 7|7-day target/);
    await popup.close();
  });

  it("refuses a 16th Ultimate Upgrade opportunity with the reason and the list of the AE's open ones", async () => {
    const popup = await PopupPage.open(org.browser.context, org.browser.extensionId);
    expect(await popup.tab(/Upgrades/).innerText()).toBe(`Upgrades ${UPGRADE_OPP_CAP}/${UPGRADE_OPP_CAP}`);
    await popup.tab(/My cases/).click();
    const row = popup.row(org.caseNumber(DEMO_CASES.npsNew));
    await row.getByRole("button", { name: "Create Ultimate Upgrade opportunity" }).click();

    const refusal = row.getByRole("status");
    await refusal.waitFor({ timeout: 20_000 });
    expect(await refusal.innerText()).toMatch(/Not created: You already own 15 active Ultimate Upgrade opportunities; the limit is 15/);
    expect(await refusal.locator(".upgrade").count()).toBe(UPGRADE_OPP_CAP);
    const open = org.sim.store.query(`SELECT Id FROM Opportunity WHERE IsClosed = false AND OwnerId = '${DEMO_USERS.jordanRivera.userId}'`).records;
    expect(open.map((r) => r.Id).sort()).toEqual([...CAP_AE_OPEN_UPGRADE_OPP_IDS].sort());
    await popup.close();
  });
});
