/**
 * Orgs and users never mix, in real Chromium: production (acme) and its full-copy
 * sandbox (acme--uat.sandbox) are two simulated orgs with the same record ids and
 * different data, open side by side in one browser. A tab of one never shows the
 * other's cached case, not even for the round trip before its own answer, and a
 * revisit still shows the tab's own cached case at once.
 */
import type { Page } from "playwright-core";

import { createSimulator, type Simulator } from "../simulator/index";
import { DEMO_USERS } from "../simulator/seeds/baseline";
import { DEMO_CASES, demoSeed } from "../simulator/seeds/demo";
import { launchExtensionBrowser, type ExtensionBrowser } from "../tools/extension-browser";
import { setWorkAlerts } from "./support/org-session";
import { PanelPage } from "./support/panel";

const SANDBOX = "acme--uat.sandbox";
const CASE_ID = DEMO_CASES.contactUsNew;
const PRODUCTION_SUBJECT = "Production only: Northwind renewal";
const SANDBOX_SUBJECT = "Sandbox only: test data";
/** Each org's answers take this long while a test watches the other's cache. */
const SLOW_MS = 4_000;

let production: Simulator;
let sandbox: Simulator;
let browser: ExtensionBrowser;
let productionTab: Page;
let sandboxTab: Page;

async function loggedInTab(sim: Simulator, org: string): Promise<Page> {
  const page = await browser.context.newPage();
  const url = new URL(`https://${org}.my.salesforce.com/secur/frontdoor.jsp`);
  url.searchParams.set("sid", sim.login(DEMO_USERS.averyChen.username));
  url.searchParams.set("retURL", "/lightning/page/home");
  await page.goto(url.toString());
  return page;
}

const caseUrl = (org: string) => `https://${org}.lightning.force.com/lightning/r/Case/${CASE_ID}/view`;

/**
 * Opens the case in the tab and reads the panel's text every few milliseconds from
 * the moment its frame exists until `until` shows and `watchMs` have passed (so the
 * org's own answer has landed too): every text it showed, and when `until` first did.
 */
async function watchPanel(page: Page, org: string, until: string, watchMs = 0): Promise<{ seen: string[]; shownAfterMs: number }> {
  const panel = new PanelPage(page);
  const started = Date.now();
  await page.goto(caseUrl(org), { waitUntil: "commit" });
  const seen: string[] = [];
  let shownAfterMs: number | null = null;
  while (Date.now() - started < 20_000) {
    const text = await panel
      .frame()
      ?.evaluate(() => document.body?.innerText ?? "")
      .catch(() => null);
    if (text) seen.push(text);
    if (shownAfterMs === null && text?.includes(until)) shownAfterMs = Date.now() - started;
    if (shownAfterMs !== null && Date.now() - started >= watchMs) return { seen, shownAfterMs };
    await page.waitForTimeout(20);
  }
  throw new Error(`The panel never showed "${until}"; it showed: ${seen.at(-1) ?? "nothing"}`);
}

beforeAll(async () => {
  const now = new Date();
  production = await createSimulator({ seed: demoSeed(now) });
  sandbox = await createSimulator({ seed: demoSeed(now) });
  production.store.update("Case", CASE_ID, { Subject: PRODUCTION_SUBJECT }, DEMO_USERS.averyChen.userId);
  sandbox.store.update("Case", CASE_ID, { Subject: SANDBOX_SUBJECT }, DEMO_USERS.averyChen.userId);
  browser = await launchExtensionBrowser({ simPort: production.port, otherOrgs: [{ org: SANDBOX, port: sandbox.port }] });
  await setWorkAlerts(browser, {});
  sandboxTab = await loggedInTab(sandbox, SANDBOX);
  productionTab = await loggedInTab(production, "acme");
});

afterAll(async () => {
  await browser?.close();
  await production?.close();
  await sandbox?.close();
});

describe("a production org and its full-copy sandbox in one browser", () => {
  it("each tab shows its own org's case under the same record id", async () => {
    expect((await watchPanel(sandboxTab, SANDBOX, SANDBOX_SUBJECT)).seen.join("\n")).not.toContain(PRODUCTION_SUBJECT);
    expect((await watchPanel(productionTab, "acme", PRODUCTION_SUBJECT)).seen.join("\n")).not.toContain(SANDBOX_SUBJECT);
  });

  it("a sandbox tab never shows production's cached case, not even before its own answer", async () => {
    sandbox.setLatency(SLOW_MS);
    try {
      // Watched until the sandbox's own (slow) answer has landed: before it, only the sandbox's cache may show.
      const { seen } = await watchPanel(sandboxTab, SANDBOX, SANDBOX_SUBJECT, SLOW_MS + 1_000);
      expect(seen.join("\n")).not.toContain(PRODUCTION_SUBJECT);
      expect(seen.at(-1)).toContain(SANDBOX_SUBJECT);
    } finally {
      sandbox.setLatency(0);
    }
  });

  it("a production tab never shows the sandbox's, and shows its own cached case at once while it refreshes", async () => {
    production.setLatency(SLOW_MS);
    try {
      const { seen, shownAfterMs } = await watchPanel(productionTab, "acme", PRODUCTION_SUBJECT, SLOW_MS + 1_000);
      expect(seen.join("\n")).not.toContain(SANDBOX_SUBJECT);
      // From the cache: before the org could have answered the case's read.
      expect(shownAfterMs).toBeLessThan(SLOW_MS);
    } finally {
      production.setLatency(0);
    }
  });
});
