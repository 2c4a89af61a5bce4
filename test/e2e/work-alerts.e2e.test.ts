/**
 * Work that comes to the AE, in real Chromium on the production build: with High
 * priority notifications on (the options page's setting), a High case entering the
 * AMER queue is told once by a desktop notification from the badge's own refresh,
 * naming the case and carrying it for the click; outside the pool's business hours
 * the badge and the notifications pause without calling the API.
 */
import { createSimulator, type Simulator } from "../simulator/index";
import { BUSINESS_HOURS_IDS, DEMO_USERS } from "../simulator/seeds/baseline";
import { DEMO_CASES, demoSeed } from "../simulator/seeds/demo";
import { frontdoorUrl } from "../tools/extension-browser";
import { newQueueCase, refreshBadge as refresh } from "./support/badge-refresh";
import { openAeBrowser, setWorkAlerts, type AeBrowser } from "./support/org-session";
import { badgeText } from "./support/popup";

let sim: Simulator;
let ae: AeBrowser;

beforeAll(async () => {
  sim = await createSimulator({ seed: demoSeed(new Date()) });
  ae = await openAeBrowser(sim, "averyChen", { highPriority: true, slaAtRisk: true });
  await ae.openCase(DEMO_CASES.pqlNew);
  await ae.panel.waitForCase(String(sim.store.get("Case", DEMO_CASES.pqlNew)!.CaseNumber));
});
afterAll(async () => {
  await ae?.browser.close();
  await sim?.close();
});

/** What the worker has shown: chrome.notifications keeps each until it is clicked or cleared. */
async function notifications(): Promise<Array<{ id: string }>> {
  const all = await ae.browser.worker.evaluate(() => chrome.notifications.getAll());
  return Object.keys(all).map((id) => ({ id }));
}

const refreshBadge = () => refresh(ae.browser.worker, ae.page);

describe("desktop notifications and the working-hours pause", () => {
  it("tell a new High priority case in my pool once, from the badge's refresh, with the case to open on click", async () => {
    await expect.poll(() => badgeText(ae.browser.worker), { timeout: 20_000 }).not.toBe("");
    expect(await notifications()).toEqual([]); // the first read only learns what already waits

    const caseId = newQueueCase(sim, { Subject: "Contact Us Form Response - Fresh Lead Co", Origin: "Web Form", Priority: "High" });
    await refreshBadge();
    await expect.poll(async () => (await notifications()).length, { timeout: 10_000 }).toBe(1);
    const [shown] = await notifications();
    expect(shown!.id).toContain(`|acme.my.salesforce.com|${caseId}|high:${caseId}`);

    await refreshBadge();
    expect(await notifications()).toHaveLength(1); // the same event is never told twice
  });

  it("pause the badge and notifications outside my pool's business hours: no API call at all", async () => {
    await setWorkAlerts(ae.browser, { highPriority: true, onlyInWorkingHours: true });
    // Business hours in a zone where it is night now (09:00-17:00 there), for a new session's org context.
    const zone = nightZone();
    // BusinessHours is read-only through the API, as in Salesforce: an admin's change, made on the org's row.
    Object.assign(sim.store.row("BusinessHours", BUSINESS_HOURS_IDS.amer)!, { TimeZoneSidKey: zone });
    await ae.page.goto(frontdoorUrl(sim.login(DEMO_USERS.averyChen.username), `/lightning/r/Case/${DEMO_CASES.pqlNew}/view`));
    await ae.panel.waitForCase(String(sim.store.get("Case", DEMO_CASES.pqlNew)!.CaseNumber));

    newQueueCase(sim, { Subject: "PQL Hand Raise - Night owl", Origin: "In-Product", Priority: "High" });
    await ae.browser.worker.evaluate(() => chrome.alarms.clear("pcc-badge-refresh"));
    const badgeQueries = () => sim.countRequests({ path: /\/query\?q=SELECT%20Id%2C%20CaseNumber%2C%20Subject%2C%20Priority%2C%20CreatedDate/ });
    const before = badgeQueries();
    await ae.page.reload();
    await ae.panel.waitForCase(String(sim.store.get("Case", DEMO_CASES.pqlNew)!.CaseNumber));
    await expect.poll(() => badgeText(ae.browser.worker), { timeout: 10_000 }).toBe("");
    await ae.page.waitForTimeout(1000);
    expect(badgeQueries()).toBe(before);
    expect(await notifications()).toHaveLength(1);
  });
});

/** A real IANA zone where the local hour is now between 00:00 and 06:00, outside 09:00-17:00 on any day. */
function nightZone(): string {
  const zones = ["Pacific/Auckland", "Asia/Tokyo", "Asia/Kolkata", "Europe/Berlin", "America/Sao_Paulo", "America/New_York", "America/Los_Angeles", "Pacific/Honolulu"];
  const hour = (zone: string) => Number(new Intl.DateTimeFormat("en-US", { timeZone: zone, hour: "numeric", hourCycle: "h23" }).format(new Date()));
  const found = zones.find((zone) => hour(zone) >= 0 && hour(zone) < 6);
  if (!found) throw new Error(`No zone of ${zones.join(", ")} is at night now`);
  return found;
}
