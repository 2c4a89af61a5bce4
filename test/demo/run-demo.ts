/**
 * `npm run demo`: builds the extension, starts the simulated org with the demo
 * seed, and opens Chromium with the extension on a seeded case, logged in as an
 * AMER AE. With a display it stays open for you to click around (Ctrl-C ends
 * it); without one it runs headless, saves screenshots of the panel on several
 * cases to demo-output/, and prints what the panel showed.
 */
import { mkdirSync, rmSync } from "node:fs";
import { resolve } from "node:path";

import { createSimulator } from "../simulator/index";
import { DEMO_PASSWORD, DEMO_USERS } from "../simulator/seeds/baseline";
import { DEMO_ACCOUNTS, DEMO_CASES, demoSeed } from "../simulator/seeds/demo";
import { PanelPage } from "../e2e/support/panel";
import { buildExtension } from "../tools/build";
import { frontdoorUrl, launchExtensionBrowser, LIGHTNING } from "../tools/extension-browser";

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
  const sim = await createSimulator({ seed: demoSeed(new Date()), port: Number(process.env.PORT ?? 0) });
  const ae = DEMO_USERS.averyChen;
  console.log(`Simulated org ready at ${sim.url} (as https://acme.my.salesforce.com / https://acme.lightning.force.com)`);
  console.log(`Logged in as ${ae.name} <${ae.username}> (password ${DEMO_PASSWORD})`);

  const browser = await launchExtensionBrowser({ simPort: sim.port, headless });
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
      await frame.locator("main > *:nth-child(2)").first().waitFor({ timeout: 15_000 });
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
  }
  await browser.close();
  await sim.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
