/**
 * `npm run demo`: builds the extension, starts the simulated org with the demo
 * seed, and opens Chromium with the extension on a seeded case, logged in as an
 * AMER AE. With a display it stays open for you to click around (Ctrl-C ends
 * it); without one it runs headless, saves screenshots of the panel on several
 * cases to demo-output/, and prints what the panel showed; then the dock pushing a
 * console page and collapsed to its rail, a desktop notification for a new High
 * priority case, and the Pooled ASM's team view with its charts.
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";

import type { Page } from "playwright-core";

import { createSimulator, type Simulator } from "../simulator/index";
import { DEMO_PASSWORD, DEMO_USERS } from "../simulator/seeds/baseline";
import { DEMO_ACCOUNTS, DEMO_CASES, demoSeed } from "../simulator/seeds/demo";
import { newQueueCase, refreshBadge } from "../e2e/support/badge-refresh";
import { setWorkAlerts } from "../e2e/support/org-session";
import { PanelPage } from "../e2e/support/panel";
import { withTeamHistory } from "../support/team-history-seed";
import { buildExtension } from "../tools/build";
import { frontdoorUrl, launchExtensionBrowser, LIGHTNING, type ExtensionBrowser } from "../tools/extension-browser";

const OUTPUT = resolve(import.meta.dirname, "../../demo-output");
const headless = !process.env.DISPLAY || process.env.DEMO_HEADLESS === "1";

const TOUR: { name: string; path: string; why: string }[] = [
  { name: "contact-us", path: `/lightning/r/Case/${DEMO_CASES.contactUsNew}/view`, why: "a Contact Us form response waiting in the AMER queue" },
  { name: "conflict", path: `/lightning/r/Case/${DEMO_CASES.upgradeConflictCase}/view`, why: "a new case on an account whose Ultimate Upgrade opportunity another AE owns" },
  { name: "in-progress", path: `/lightning/r/Case/${DEMO_CASES.conflictFirstCase}/view`, why: "a case Avery claimed yesterday, mid-cadence" },
  { name: "unclassified", path: `/lightning/r/Case/${DEMO_CASES.unclassified}/view`, why: "a subject no trigger rule knows" },
  { name: "hostile-text", path: `/lightning/r/Case/${DEMO_CASES.hostileHtml}/view`, why: "customer text full of HTML, shown as text" },
  { name: "pooled-account", path: `/lightning/r/Account/${DEMO_ACCOUNTS.bluebirdBakery}/view`, why: "a pooled account: banner and referral form" },
];

async function main() {
  console.log("Building the extension (production)…");
  buildExtension();
  const now = new Date();
  // The demo org with six weeks of worked cases behind it, so the team view has a history to chart.
  const sim = await createSimulator({ seed: withTeamHistory(demoSeed(now), now), port: Number(process.env.PORT ?? 0) });
  const ae = DEMO_USERS.averyChen;
  console.log(`Simulated org ready at ${sim.url} (as https://acme.my.salesforce.com / https://acme.lightning.force.com)`);
  console.log(`Logged in as ${ae.name} <${ae.username}> (password ${DEMO_PASSWORD})`);

  const browser = await launchExtensionBrowser({ simPort: sim.port, headless });
  // Avery opted into High priority notifications; the demo runs at any hour, so they do not pause at night.
  await setWorkAlerts(browser, { highPriority: true });
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  const panel = new PanelPage(page);
  const first = TOUR[0]!;
  await page.goto(frontdoorUrl(sim.login(ae.username), first.path));

  if (!headless) {
    console.log("Chromium is open on a seeded case. Click around; Ctrl-C ends the demo.");
    await new Promise<void>((done) => process.once("SIGINT", () => done()));
  } else {
    rmSync(OUTPUT, { recursive: true, force: true });
    mkdirSync(OUTPUT, { recursive: true });
    for (const [index, stop] of TOUR.entries()) {
      await page.goto(`${LIGHTNING}${stop.path}`);
      const frame = await panel.waitForFrame();
      // What the panel has to say about this record: its view, or a message; not its "Loading…" line.
      await frame.waitForFunction(() => {
        const said = document.querySelector("main > :nth-child(2)")?.textContent ?? "";
        return said !== "" && !said.startsWith("Loading");
      }, undefined, { timeout: 20_000 });
      await page.waitForTimeout(500);
      const file = resolve(OUTPUT, `${String(index + 1).padStart(2, "0")}-${stop.name}.png`);
      await page.screenshot({ path: file });
      const text = await frame.locator("main").innerText();
      console.log(`\n── ${stop.why}\n   screenshot: ${file}\n${text.replace(/^/gm, "   │ ")}`);
    }
    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 420, height: 640 });
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await popup.waitForTimeout(1500);
    const popupFile = resolve(OUTPUT, `${String(TOUR.length + 1).padStart(2, "0")}-popup-queue.png`);
    await popup.screenshot({ path: popupFile });
    console.log(`\n── the toolbar popup: my pool's queue in the handbook's order\n   screenshot: ${popupFile}\n${(await popup.locator("body").innerText()).replace(/^/gm, "   │ ")}`);
    await popup.close();
    await showLivingPanel(page, panel, TOUR.length + 2, sim);
    await showNotification(page, browser, sim, TOUR.length + 4);
    await showTeamView(page, browser, sim, TOUR.length + 5);
  }
  await browser.close();
  await sim.close();
}

const shot = (n: number, name: string) => resolve(OUTPUT, `${String(n).padStart(2, "0")}-${name}.png`);

/** The dock beside a console tab, pushing the page (tab bar and utility bar too), then collapsed to its rail. */
async function showLivingPanel(page: Page, panel: PanelPage, n: number, sim: Simulator) {
  const caseId = DEMO_CASES.npsNew;
  await page.goto(`${LIGHTNING}/lightning/r/Case/${caseId}/view?ws=${encodeURIComponent(`/lightning/r/Case/${caseId}/view`)}`);
  await panel.waitForCase(String(sim.store.get("Case", caseId)!.CaseNumber));
  await page.waitForTimeout(600);
  const pushed = await page.evaluate(`(() => ({ page: Math.round(document.body.getBoundingClientRect().right), dock: Math.round(document.querySelector("pooled-case-copilot").getBoundingClientRect().width), window: innerWidth }))()`);
  await page.screenshot({ path: shot(n, "dock-pushes-console-page") });
  console.log(`\n── the dock pushes the page: ${JSON.stringify(pushed)} (the page ends where the dock begins)\n   screenshot: ${shot(n, "dock-pushes-console-page")}`);
  await page.mouse.click(page.viewportSize()!.width - 360, 40); // the dock's own button: collapse to the rail
  await page.waitForTimeout(600);
  await page.screenshot({ path: shot(n + 1, "dock-rail") });
  console.log(`\n── collapsed to a rail that still shows the trigger and the SLA state\n   screenshot: ${shot(n + 1, "dock-rail")}`);
  await page.mouse.click(page.viewportSize()!.width - 20, 40);
  await page.waitForTimeout(300);
}

/** A new High priority case enters the AMER queue; the badge's next refresh tells Avery once. */
async function showNotification(page: Page, browser: ExtensionBrowser, sim: Simulator, n: number) {
  // Headless Chromium has no notification centre to photograph: what the worker shows is recorded and printed.
  await browser.worker.evaluate(() => {
    const shown: unknown[] = [];
    const create = chrome.notifications.create.bind(chrome.notifications) as (id: string, options: chrome.notifications.NotificationOptions) => Promise<string>;
    (globalThis as unknown as { pccShown: unknown[] }).pccShown = shown;
    (chrome.notifications as unknown as { create: typeof create }).create = (id, options) => (shown.push({ id, title: options.title, message: options.message, contextMessage: options.contextMessage }), create(id, options));
  });
  await refreshBadge(browser.worker, page); // learns what already waits
  const caseId = newQueueCase(sim, { Subject: "Contact Us Form Response - Lakeside Roasters", Origin: "Web Form", Priority: "High" });
  await refreshBadge(browser.worker, page);
  const shown = await browser.worker.evaluate(() => (globalThis as unknown as { pccShown: unknown[] }).pccShown);
  const file = resolve(OUTPUT, `${String(n).padStart(2, "0")}-notification.json`);
  writeFileSync(file, JSON.stringify(shown, null, 2));
  console.log(`\n── a desktop notification for the new High priority case ${String(sim.store.get("Case", caseId)!.CaseNumber)} (a click opens it in the Salesforce tab)\n   recorded: ${file}\n${JSON.stringify(shown, null, 2).replace(/^/gm, "   │ ")}`);
}

/** The Pooled ASM opens "Team" from the popup: the pool now, and the last 30 days in charts. */
async function showTeamView(page: Page, browser: ExtensionBrowser, sim: Simulator, n: number) {
  await page.goto(frontdoorUrl(sim.login(DEMO_USERS.danaWhitfield.username), `/lightning/r/Case/${DEMO_CASES.contactUsNew}/view`));
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  const opened = browser.context.waitForEvent("page");
  await popup.getByRole("button", { name: "Team" }).click();
  const team = await opened;
  await popup.close();
  await team.getByRole("heading", { name: /^Team · / }).waitFor({ timeout: 20_000 });
  await team.getByRole("radio", { name: "Last 30 days" }).check();
  await team.getByRole("img", { name: /last 30 days/ }).waitFor({ timeout: 20_000 });
  await team.waitForTimeout(300);
  await team.screenshot({ path: shot(n, "team-view"), fullPage: true });
  console.log(`\n── the Pooled ASM's team view (Dana Whitfield), opened from the popup's Team\n   screenshot: ${shot(n, "team-view")}\n${(await team.locator("main").innerText()).split("\n").slice(0, 60).join("\n").replace(/^/gm, "   │ ")}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
