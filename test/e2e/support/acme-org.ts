/**
 * A browser on the simulated acme org (an org the extension has never seen,
 * refusing browser sessions on its API): logged in through frontdoor, with the
 * org's External Client App listing this browser's callback URL, as the admin sets
 * it from the options page; and "Connect to Salesforce" through acme's authorize page.
 */
import type { Frame, Page } from "playwright-core";

import type { Simulator } from "../../simulator/index";
import { ACME_APP, ACME_USERS } from "../../simulator/seeds/acme";
import { frontdoorUrl, launchExtensionBrowser, type ExtensionBrowser } from "../../tools/extension-browser";
import { PanelPage } from "./panel";

export interface AcmeBrowser {
  sim: Simulator;
  browser: ExtensionBrowser;
  page: Page;
  panel: PanelPage;
}

export async function openAcmeBrowser(sim: Simulator, user: keyof typeof ACME_USERS = "jamieOrtiz"): Promise<AcmeBrowser> {
  const browser = await launchExtensionBrowser({ simPort: sim.port });
  sim.configureOAuthApp({ consumerKey: ACME_APP.consumerKey, callbackUrls: [`https://${browser.extensionId}.chromiumapp.org/`] });
  const page = await browser.context.newPage();
  await page.goto(frontdoorUrl(sim.login(ACME_USERS[user].username), "/lightning/page/home"));
  return { sim, browser, page, panel: new PanelPage(page) };
}

/** The panel is up: its page renders, with a case or a notice, never a blank or a crash. */
export async function panelShows(panel: PanelPage): Promise<Frame> {
  const frame = await panel.waitForFrame();
  await frame.locator("h2.panel__title").waitFor();
  await frame.locator('[role="alert"], article.case-panel').first().waitFor({ timeout: 20_000 });
  return frame;
}

/** Clicks "Connect to Salesforce" (or Reconnect) in the panel and Allow on the org's authorize page. */
export async function connectThroughAuthorizePage(opened: AcmeBrowser, frame: Frame, button = "Connect to Salesforce"): Promise<void> {
  const approval = opened.browser.context.waitForEvent("page", { predicate: (p) => p.url().includes("/services/oauth2/authorize") });
  await frame.getByRole("button", { name: button }).click();
  await (await approval).locator("#oaapprove").click();
}
