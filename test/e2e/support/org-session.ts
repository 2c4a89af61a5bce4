/**
 * One simulated org + one Chromium with the production extension, logged in as
 * an AE: what most e2e files start from.
 */
import type { Page } from "playwright-core";

import { createSimulator, type Simulator } from "../../simulator/index";
import { DEMO_USERS } from "../../simulator/seeds/baseline";
import { demoSeed } from "../../simulator/seeds/demo";
import { frontdoorUrl, launchExtensionBrowser, LIGHTNING, type ExtensionBrowser } from "../../tools/extension-browser";
import { PanelPage } from "./panel";

export interface OrgSession {
  sim: Simulator;
  browser: ExtensionBrowser;
  page: Page;
  panel: PanelPage;
  token: string;
  caseNumber(caseId: string): string;
  openCase(caseId: string, query?: string): Promise<void>;
  /** Logs this browser in as another demo user (a fresh API session) and opens the path. */
  loginAs(user: keyof typeof DEMO_USERS, path: string): Promise<string>;
  close(): Promise<void>;
}

export async function startOrgSession(user: keyof typeof DEMO_USERS = "averyChen"): Promise<OrgSession> {
  const sim = await createSimulator({ seed: demoSeed(new Date()) });
  const browser = await launchExtensionBrowser({ simPort: sim.port });
  const page = await browser.context.newPage();
  const token = sim.login(DEMO_USERS[user].username);
  await page.goto(frontdoorUrl(token, "/lightning/page/home"));
  return {
    sim,
    browser,
    page,
    panel: new PanelPage(page),
    token,
    caseNumber(caseId) {
      const record = sim.store.get("Case", caseId);
      if (!record) throw new Error(`No case ${caseId} in the simulated org`);
      return String(record.CaseNumber);
    },
    async openCase(caseId, query = "") {
      await page.goto(`${LIGHTNING}/lightning/r/Case/${caseId}/view${query}`);
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
