/**
 * The walking skeleton end to end: the production build in real Chromium, on the
 * real Salesforce URL shapes, against the simulated org.
 */
import { toId15 } from "../../src/domain/salesforce-id";
import { DEMO_ACCOUNTS, DEMO_CASES } from "../simulator/seeds/demo";
import { MY_DOMAIN, LIGHTNING } from "../tools/extension-browser";
import { startOrgSession, submitLoginForm, type OrgSession } from "./support/org-session";
import { frameIdle, panelEntryScripts, scriptsLoadedBy } from "./support/panel-scripts";

let org: OrgSession;

/**
 * The dock's content script runs at document_end, before the load event; two
 * animation frames after that event the dock has decided, so a "no dock" check
 * made then is a real answer and not a race.
 */
async function contentScriptHasRun(): Promise<void> {
  await org.page.waitForLoadState("load");
  await org.page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

beforeAll(async () => {
  org = await startOrgSession();
});
afterAll(async () => {
  await org?.close();
});

describe("the case panel in Chromium", () => {
  it("docks on a Lightning case page and shows the case, its contact and its trigger", async () => {
    await org.openCase(DEMO_CASES.contactUsNew);
    const text = await org.panel.waitForCase(org.caseNumber(DEMO_CASES.contactUsNew));
    const record = org.sim.store.get("Case", DEMO_CASES.contactUsNew)!;
    expect(text).toContain("Contact Us Form response");
    expect(text).toContain(String(record.Subject));
    expect(text).toContain("Pooled Sales Queue");
    expect(text).toMatch(/High|Medium|Low/);
  });

  it("loads, for a case in the queue, only the script its page names, even once idle (nothing else before a click asks)", async () => {
    const caseId = DEMO_CASES.contactUsNew;
    await org.openCase(caseId);
    await org.panel.waitForCase(org.caseNumber(caseId));
    const frame = await org.panel.waitForFrame();
    await frameIdle(frame);
    const entry = panelEntryScripts();
    expect(entry).toHaveLength(1);
    expect(await scriptsLoadedBy(org.browser.context, frame)).toEqual(entry);
  });

  it("cannot be loaded by the page's own scripts under its static URL (use_dynamic_url), while the dock's panel works", async () => {
    const caseId = DEMO_CASES.contactUsNew;
    await org.openCase(caseId);
    await org.panel.waitForCase(org.caseNumber(caseId));
    const staticUrl = `chrome-extension://${org.browser.extensionId}/tabs/panel.html#object=Case&id=${caseId}&shape=lightning`;
    // A script of the Salesforce page: it can neither read the page (fingerprinting) nor frame its own copy of the panel.
    expect(await org.page.evaluate((url) => fetch(url).then(() => "loaded", () => "refused"), staticUrl)).toBe("refused");
    await org.page.evaluate((url) => document.body.append(Object.assign(document.createElement("iframe"), { id: "page-made", src: url })), staticUrl);
    const pageMade = await (await org.page.waitForSelector("#page-made", { state: "attached" })).contentFrame();
    await org.page.waitForTimeout(1_500);
    const panelsInIt = await pageMade!.evaluate(() => document.querySelectorAll("h2.panel__title").length).catch(() => 0);
    expect(panelsInIt).toBe(0);
    // The dock's own frame still shows the case.
    expect(await org.panel.waitForCase(org.caseNumber(caseId))).toContain("Contact Us Form response");
  });

  it("follows in-page navigation to another case without a page reload, the panel's own page loaded once", async () => {
    await org.openCase(DEMO_CASES.conflictSecondCase);
    await org.panel.waitForCase(org.caseNumber(DEMO_CASES.conflictSecondCase));
    await org.panel.markNoReload();
    await org.panel.markPanelDocument();

    // Case -> its account -> the account's other open case, all by Lightning-style links.
    await org.page.locator(`a[data-sim-link][href*="${DEMO_ACCOUNTS.conflictOpenCase}"]`).first().click();
    // A pooled account: the panel switches from the case to the account's banner.
    await expect.poll(async () => (await org.panel.frame()?.locator("article.case-panel").count()) ?? 0).toBe(0);
    await expect.poll(() => org.panel.isDocked()).toBe(true);
    await org.page.locator(`a[data-sim-link][href*="${DEMO_CASES.conflictFirstCase}"]`).first().click();
    await org.panel.waitForCase(org.caseNumber(DEMO_CASES.conflictFirstCase));

    expect(await org.panel.stillNoReload()).toBe(true);
    // It switched records on the dock's messages: nothing it had read was thrown away with its page.
    expect(await org.panel.panelStillLoadedOnce()).toBe(true);
  });

  it("works in a console tab (?ws=) and keeps the workspace case on its account subtab", async () => {
    const ws = encodeURIComponent(`/lightning/r/Case/${DEMO_CASES.npsNew}/view`);
    await org.openCase(DEMO_CASES.npsNew, `?ws=${ws}`);
    expect(await org.panel.waitForCase(org.caseNumber(DEMO_CASES.npsNew))).toContain("NPS/CSAT response");

    const account = org.sim.store.get("Case", DEMO_CASES.npsNew)!.AccountId as string;
    await org.page.goto(`${LIGHTNING}/lightning/r/Account/${account}/view?ws=${ws}`);
    await org.panel.waitForCase(org.caseNumber(DEMO_CASES.npsNew));
  });

  it("works on a Classic case page at /{15-character id}", async () => {
    await org.page.goto(`${MY_DOMAIN}/${toId15(DEMO_CASES.internalReferral)}`);
    expect(await org.panel.waitForCase(org.caseNumber(DEMO_CASES.internalReferral))).toContain("Internal referral");
  });

  it("stays off pages that are not a case", async () => {
    for (const path of ["/lightning/page/home", "/lightning/o/Case/list"]) {
      await org.page.goto(`${LIGHTNING}${path}`);
      await contentScriptHasRun();
      expect(await org.panel.isDocked(), path).toBe(false);
      expect(org.panel.frame(), path).toBeNull();
    }
    // On an account page the dock waits, hidden, for the panel's answer on whether the account is pooled.
    org.sim.resetRequests();
    await org.page.goto(`${LIGHTNING}/lightning/r/Account/${DEMO_ACCOUNTS.nonPooledMeridian}/view`);
    await expect.poll(() => org.sim.countRequests({ path: /\/composite/ })).toBeGreaterThan(0);
    await org.page.waitForTimeout(100); // the answer's render
    expect(await org.panel.isDocked()).toBe(false);
  });

  it("leaves when the AE navigates in-page from a case to a list, and comes back with the same case", async () => {
    await org.openCase(DEMO_CASES.churnNew);
    await org.panel.waitForCase(org.caseNumber(DEMO_CASES.churnNew));
    const go = (path: string) =>
      org.page.evaluate((to) => {
        history.pushState({}, "", to);
        dispatchEvent(new PopStateEvent("popstate"));
      }, path);
    await go("/lightning/o/Case/list");
    await expect.poll(() => org.panel.isDocked()).toBe(false);
    // Playwright hears of the removed frame a moment after the dock is gone.
    await expect.poll(() => org.panel.frame()).toBeNull();
    // Back (in-page) to the case it showed last: a new dock, whose frame loads that case.
    await go(`/lightning/r/Case/${DEMO_CASES.churnNew}/view`);
    await org.panel.waitForCase(org.caseNumber(DEMO_CASES.churnNew));
  });

  it("shows customer-written HTML as text", async () => {
    await org.openCase(DEMO_CASES.hostileHtml);
    await org.panel.waitForCase(org.caseNumber(DEMO_CASES.hostileHtml));
    const frame = org.panel.frame()!;
    expect(await frame.locator("article script, article img, article a[href^='javascript:']").count()).toBe(0);
    const subject = String(org.sim.store.get("Case", DEMO_CASES.hostileHtml)!.Subject);
    await expect.poll(() => frame.locator("h1").innerText()).toBe(subject.trim());
  });

  it("shows Salesforce's own message when the API refuses", async () => {
    org.sim.fail({ path: /\/query/, status: 403, body: [{ message: "TotalRequests Limit exceeded.", errorCode: "REQUEST_LIMIT_EXCEEDED" }], times: 1 });
    await org.openCase(DEMO_CASES.pqlNew);
    const alert = await org.panel.waitForAlert();
    expect(alert).toContain("TotalRequests Limit exceeded.");
    expect(alert).toContain("REQUEST_LIMIT_EXCEEDED");
    org.sim.clearFailures();
  });

  it("asks the AE to log in again when the API session has expired, then works after logging in", async () => {
    // The My Domain sid the worker uses expires; the page itself is still open.
    org.sim.expireSession(org.token);
    await org.openCase(DEMO_CASES.fastMovingBuyerNew);
    const frame = await org.panel.waitForFrame();
    expect(await org.panel.waitForAlert()).toMatch(/session has expired/i);
    const login = frame.getByRole("link", { name: "Log in to Salesforce" });
    expect(await login.getAttribute("href")).toMatch(/^https:\/\/acme\.my\.salesforce\.com\/\?startURL=/);
    // The simulator's login page takes the AE back to the case.
    await login.click();
    await submitLoginForm(org.page, "averyChen");
    await org.page.waitForURL(/\/lightning\/r\/Case\//);
    await org.panel.waitForCase(org.caseNumber(DEMO_CASES.fastMovingBuyerNew));
  });
});
