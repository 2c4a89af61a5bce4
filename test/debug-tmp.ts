import { startOrgSession } from "./e2e/support/org-session";
import { DEMO_CASES } from "./simulator/seeds/demo";
const org = await startOrgSession("jordanRivera");
await org.openCase(DEMO_CASES.cadenceDay3Overdue);
await org.panel.waitForCase(org.caseNumber(DEMO_CASES.cadenceDay3Overdue));
await org.page.waitForTimeout(300);
await org.page.locator("pooled-case-copilot").screenshot({ path: "/tmp/panel1.png" });
await org.close();
