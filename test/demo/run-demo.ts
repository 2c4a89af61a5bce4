/**
 * `npm run demo`: builds the extension, starts the simulated org with the demo
 * seed, and opens Chromium with the extension on a seeded case, logged in as an
 * AMER AE. With a display it stays open for you to click around (Ctrl-C ends
 * it); without one it runs headless, saves screenshots of the panel on several
 * cases to demo-output/, and prints what the panel showed.
 */
import { mkdirSync } from "node:fs";
import { resolve } from "node:path";

import { createSimulator } from "../simulator/index";
import { DEMO_PASSWORD, DEMO_USERS } from "../simulator/seeds/baseline";
import { DEMO_CASES } from "../simulator/seeds/demo";
import { demoSeed } from "../simulator/seeds/demo";
import { PanelPage } from "../e2e/support/panel";
import { buildExtension } from "../tools/build";
import { frontdoorUrl, launchExtensionBrowser, LIGHTNING } from "../tools/extension-browser";

const OUTPUT = resolve(import.meta.dirname, "../../demo-output");
const headless = !process.env.DISPLAY || process.env.DEMO_HEADLESS === "1";

const TOUR: { name: string; caseId: string; why: string }[] = [
  { name: "contact-us", caseId: DEMO_CASES.contactUsNew, why: "a Contact Us form response waiting in the AMER queue" },
  { name: "referral", caseId: DEMO_CASES.internalReferral, why: "an internal referral from a GitLab team member" },
  { name: "in-progress", caseId: DEMO_CASES.cadenceDay3Overdue, why: "a claimed case whose Day 3 call is overdue" },
  { name: "unclassified", caseId: DEMO_CASES.unclassified, why: "a subject no trigger rule knows" },
  { name: "hostile-text", caseId: DEMO_CASES.hostileHtml, why: "customer text full of HTML, shown as text" },
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
  await page.goto(frontdoorUrl(sim.login(ae.username), `/lightning/r/Case/${first.caseId}/view`));

  if (!headless) {
    console.log("Chromium is open on a seeded case. Click around; Ctrl-C ends the demo.");
    await new Promise<void>((done) => process.once("SIGINT", () => done()));
  } else {
    mkdirSync(OUTPUT, { recursive: true });
    for (const [index, stop] of TOUR.entries()) {
      await page.goto(`${LIGHTNING}/lightning/r/Case/${stop.caseId}/view`);
      const frame = await panel.waitForFrame();
      await frame.locator("article.case-panel, [role=alert]").first().waitFor({ timeout: 15_000 });
      const file = resolve(OUTPUT, `${String(index + 1).padStart(2, "0")}-${stop.name}.png`);
      await page.screenshot({ path: file });
      const text = await frame.locator("main").innerText();
      console.log(`\n── ${stop.why}\n   screenshot: ${file}\n${text.replace(/^/gm, "   │ ")}`);
    }
  }
  await browser.close();
  await sim.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
