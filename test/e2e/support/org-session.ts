/**
 * One simulated org + one Chromium with the production extension, logged in as
 * an AE: what most e2e files start from.
 */
import type { Page } from "playwright-core";

import { createSimulator, type Simulator } from "../../simulator/index";
import { DEMO_PASSWORD, DEMO_USERS } from "../../simulator/seeds/baseline";
import type { OrgSeed } from "../../simulator/seed-types";
import { demoSeed } from "../../simulator/seeds/demo";
import { DEFAULT_WORK_ALERTS, WORK_ALERTS_KEY, type WorkAlertsSettings } from "../../../src/messaging/work-alerts-settings";
import { caseUrl, frontdoorUrl, launchExtensionBrowser, type ExtensionBrowser } from "../../tools/extension-browser";
import { PanelPage } from "./panel";

type DemoUser = keyof typeof DEMO_USERS;

/** A browser of its own (own profile, cookies, extension worker), logged in as one demo user. */
export interface AeBrowser {
  browser: ExtensionBrowser;
  page: Page;
  panel: PanelPage;
  token: string;
  openCase(caseId: string, query?: string): Promise<void>;
}

export interface OrgSession extends AeBrowser {
  sim: Simulator;
  caseNumber(caseId: string): string;
  /** Logs this browser in as another demo user (a fresh API session) and opens the path. */
  loginAs(user: DemoUser, path: string): Promise<string>;
  close(): Promise<void>;
}

/**
 * The AE's own choices in the extension's storage: the e2e runs at any hour, so by
 * default the badge does not pause outside the pool's business hours (the test
 * of the pause turns it back on).
 */
export async function setWorkAlerts(browser: ExtensionBrowser, settings: Partial<WorkAlertsSettings>): Promise<void> {
  // Right after launch the worker's extension APIs may not be bound yet.
  for (let tries = 0; !(await browser.worker.evaluate(() => typeof chrome !== "undefined" && chrome.storage !== undefined)) && tries < 50; tries++) await new Promise((done) => setTimeout(done, 100));
  await browser.worker.evaluate(([key, value]) => chrome.storage.local.set({ [key as string]: value }), [WORK_ALERTS_KEY, { ...DEFAULT_WORK_ALERTS, onlyInWorkingHours: false, ...settings }] as const);
}

/** Launches Chromium with the extension and logs it in (frontdoor) as the user, on Lightning home. */
export async function openAeBrowser(sim: Simulator, user: DemoUser, workAlerts: Partial<WorkAlertsSettings> = {}): Promise<AeBrowser> {
  const browser = await launchExtensionBrowser({ simPort: sim.port });
  await setWorkAlerts(browser, workAlerts);
  const page = await browser.context.newPage();
  const token = sim.login(DEMO_USERS[user].username);
  await page.goto(frontdoorUrl(token, "/lightning/page/home"));
  return {
    browser,
    page,
    panel: new PanelPage(page),
    token,
    async openCase(caseId, query = "") {
      await page.goto(`${caseUrl(caseId)}${query}`);
    },
  };
}

/**
 * `at`: the demo org as seeded at that instant, its clock and the browser's running
 * from there (for tests that need a given weekday, or move days ahead: see OrgClock).
 * `seed`: another org built at the same instant (the demo org with more history, say).
 */
export async function startOrgSession(user: DemoUser = "averyChen", { at, seed = demoSeed }: { at?: Date; seed?: (now: Date) => OrgSeed } = {}): Promise<OrgSession> {
  const offsetMs = at ? at.getTime() - Date.now() : 0;
  const sim = await createSimulator({ seed: seed(at ?? new Date()), now: () => new Date(Date.now() + offsetMs) });
  const ae = await openAeBrowser(sim, user);
  if (at) await ae.page.clock.setSystemTime(sim.clock.now());
  const { browser, page } = ae;
  return {
    ...ae,
    sim,
    caseNumber(caseId) {
      const record = sim.store.get("Case", caseId);
      if (!record) throw new Error(`No case ${caseId} in the simulated org`);
      return String(record.CaseNumber);
    },
    async loginAs(user, path) {
      const userToken = sim.login(DEMO_USERS[user].username);
      await page.goto(frontdoorUrl(userToken, path));
      return userToken;
    },
    async close() {
      await browser.close();
      await sim.close();
    },
  };
}

/** Fills and submits Salesforce's login form (ids username, password, Login) as a demo user. */
export async function submitLoginForm(page: Page, user: DemoUser): Promise<void> {
  await page.locator("#username").fill(DEMO_USERS[user].username);
  await page.locator("#password").fill(DEMO_PASSWORD);
  await page.locator("#Login").click();
}
