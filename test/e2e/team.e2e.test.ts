/**
 * The Pooled ASM's team view end to end, in real Chromium on the production build,
 * against the demo org with six weeks of worked cases: opened from the popup's
 * "Team", its figures match a count made here from the org's rows (business hours
 * by the seed's own calendar code), its charts carry their numbers in text, every
 * figure opens its cases and each links into Salesforce, an AE reads their pool
 * read-only; axe finds nothing serious on the team page, the popup or the options page.
 */
import type { Page } from "playwright-core";

import { AMER_CALENDAR, QUEUE_IDS } from "../simulator/seeds/baseline";
import { businessMsBetween, HOUR_MS } from "../simulator/seeds/business-hours";
import { DEMO_CASES, demoSeed } from "../simulator/seeds/demo";
import { withTeamHistory } from "../support/team-history-seed";
import { seriousViolations } from "./support/axe";
import { PanelPage } from "./support/panel";
import { startOrgSession, type OrgSession } from "./support/org-session";
import { PopupPage } from "./support/popup";

let org: OrgSession;
let team: Page;

beforeAll(async () => {
  org = await startOrgSession("danaWhitfield", { seed: (now) => withTeamHistory(demoSeed(now), now) });
  await org.openCase(DEMO_CASES.contactUsNew); // a Salesforce tab: the popup and the team page work on its org
  await org.panel.waitForCase(org.caseNumber(DEMO_CASES.contactUsNew));
});
afterAll(async () => {
  await org?.close();
});

const waitingAmer = () => org.sim.store.rows("Case").filter((row) => row.IsClosed !== true && row.OwnerId === QUEUE_IDS.amer);

describe("the team view in Chromium", () => {
  it("opens from the popup's Team button in a tab of its own, for the ASM's pool", async () => {
    const popup = await PopupPage.open(org.browser.context, org.browser.extensionId);
    const opened = org.browser.context.waitForEvent("page");
    await popup.page.getByRole("button", { name: "Team" }).click();
    team = await opened;
    await team.getByRole("heading", { name: "Team · AMER Pooled Sales Queue" }).waitFor({ timeout: 20_000 });
    expect(team.url()).toMatch(/^chrome-extension:\/\/[a-p]{32}\/tabs\/team\.html/);
    expect(await team.getByText("Pooled ASM view").count()).toBe(1);
    await popup.close();
  });

  it("shows the waiting cases and the SLA at risk and breached as the org's rows say, by business hours", async () => {
    const at = Date.now();
    const unanswered = waitingAmer().filter((row) => row.First_Responded_Date__c == null);
    const used = (row: (typeof unanswered)[number]) => businessMsBetween(Number(row.CreatedDate), at, AMER_CALENDAR);
    const breached = unanswered.filter((row) => used(row) >= 8 * HOUR_MS).length;
    const atRisk = unanswered.filter((row) => used(row) >= 6 * HOUR_MS && used(row) < 8 * HOUR_MS).length;
    await expect.poll(() => team.getByRole("button", { name: new RegExp(`^${waitingAmer().length} cases waiting in the queue`) }).count()).toBe(1);
    expect(await team.getByRole("button", { name: new RegExp(`^${breached} waiting cases past the SLA`) }).count()).toBe(1);
    expect(await team.getByRole("button", { name: new RegExp(`^${atRisk} waiting cases with the SLA at risk`) }).count()).toBe(1);
    // Each AE against the cap of 15: Jordan Rivera is at it, and it says so in words.
    expect(await team.getByRole("row", { name: /Jordan Rivera/ }).innerText()).toMatch(/15\/15[\s\S]*at the cap/);
  });

  it("draws the period's charts with their numbers in text", async () => {
    await team.getByRole("radio", { name: "Last 30 days" }).check();
    const chart = team.getByRole("img", { name: /^Cases opened and closed per day, last 30 days: \d+ opened, \d+ closed$/ });
    await chart.waitFor();
    expect(await chart.locator("polyline").count()).toBe(2);
    expect(await team.locator("[data-kpi=sla]").innerText()).toMatch(/^\d+%$/);
    expect(await team.locator("[data-kpi=resolution]").innerText()).toMatch(/^\d+%$/);
    const triggers = team.getByRole("list", { name: "Cases per trigger, last 30 days" });
    expect(await triggers.getByRole("listitem").count()).toBeGreaterThanOrEqual(8);
    expect(await triggers.locator("svg rect.bars__fill").count()).toBe(await triggers.getByRole("listitem").count());
    await team.screenshot({ path: "test-results/team-view.png", fullPage: true });
  });

  it("opens the cases behind a figure, each a link into Salesforce that shows the case", async () => {
    await team.getByRole("button", { name: /waiting cases past the SLA: show the cases/ }).click();
    const list = team.getByRole("region", { name: /waiting cases past the SLA/ });
    const links = list.getByRole("link");
    expect(await links.count()).toBeGreaterThan(0);
    const href = await links.first().getAttribute("href");
    expect(href).toMatch(/^https:\/\/acme\.lightning\.force\.com\/lightning\/r\/Case\/500\w{15}\/view$/);
    const opened = org.browser.context.waitForEvent("page");
    await links.first().click();
    const salesforce = await opened;
    await salesforce.waitForLoadState("load");
    expect(salesforce.url()).toBe(href);
    const caseId = /Case\/(\w{18})\/view/.exec(href!)![1]!;
    await new PanelPage(salesforce).waitForCase(org.caseNumber(caseId)); // the case, with the panel docked beside it
    await salesforce.close();

    // An aggregate's figure: its cases are read with its own filter.
    const today = team.getByRole("row", { name: /1–2 days|3–6 days|Opened today/ }).getByRole("button").first();
    const count = Number(await today.innerText());
    await today.click();
    await expect.poll(() => team.locator("section.team-cases").getByRole("link").count()).toBe(count);
  });

  it("has no serious accessibility violation on the team page, the popup and the options page", async () => {
    expect(await seriousViolations(team)).toEqual([]);
    const popup = await PopupPage.open(org.browser.context, org.browser.extensionId);
    expect(await seriousViolations(popup.page)).toEqual([]);
    await popup.tab(/Team upgrades/).click();
    expect(await seriousViolations(popup.page)).toEqual([]);
    await popup.close();
    const options = await org.browser.context.newPage();
    await options.goto(`chrome-extension://${org.browser.extensionId}/options.html`);
    await options.getByRole("heading", { name: "Work that comes to you" }).waitFor();
    expect(await seriousViolations(options)).toEqual([]);
    await options.close();
  });

  it("an AE reads their own pool's view, read-only", async () => {
    await org.loginAs("averyChen", `/lightning/r/Case/${DEMO_CASES.contactUsNew}/view`);
    await team.reload();
    await team.getByText(/Read-only: your pool as your ASM sees it/).waitFor({ timeout: 20_000 });
    expect(await team.getByRole("combobox", { name: "Pool" }).count()).toBe(0);
  });
});
