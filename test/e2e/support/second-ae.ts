/**
 * A second AE on the same simulated org, in a browser of their own (own profile,
 * own cookies, own extension worker): for races between two people.
 */
import type { Page } from "playwright-core";

import { DEMO_USERS } from "../../simulator/seeds/baseline";
import { frontdoorUrl, launchExtensionBrowser, LIGHTNING, type ExtensionBrowser } from "../../tools/extension-browser";
import type { OrgSession } from "./org-session";
import { PanelPage } from "./panel";

export interface SecondAe {
  browser: ExtensionBrowser;
  page: Page;
  panel: PanelPage;
  token: string;
  openCase(caseId: string): Promise<void>;
  close(): Promise<void>;
}

export async function startSecondAe(org: OrgSession, user: keyof typeof DEMO_USERS): Promise<SecondAe> {
  const browser = await launchExtensionBrowser({ simPort: org.sim.port });
  const page = await browser.context.newPage();
  const token = org.sim.login(DEMO_USERS[user].username);
  await page.goto(frontdoorUrl(token, "/lightning/page/home"));
  return {
    browser,
    page,
    panel: new PanelPage(page),
    token,
    async openCase(caseId) {
      await page.goto(`${LIGHTNING}/lightning/r/Case/${caseId}/view`);
    },
    close: () => browser.close(),
  };
}
