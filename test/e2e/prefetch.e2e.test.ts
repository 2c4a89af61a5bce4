/**
 * The case's read starts when the page is recognised, not when the panel's frame
 * has loaded, and the panel picks it up: in real Chromium on the production build,
 * with a round trip injected on every API call so the order shows.
 */
import { DEMO_CASES } from "../simulator/seeds/demo";
import { caseUrl } from "../tools/extension-browser";
import { markTime, waitForQuietApi } from "../bench/measure";
import { startOrgSession, type OrgSession } from "./support/org-session";

let org: OrgSession;
const LATENCY_MS = 300;
const COMPOSITE = /^\/services\/data\/v[\d.]+\/composite/;

beforeAll(async () => {
  org = await startOrgSession();
  // The session's first panel reads the org context too; these tests are about the ones after.
  await org.openCase(DEMO_CASES.contactUsNew);
  await org.panel.waitForCase(org.caseNumber(DEMO_CASES.contactUsNew));
  await waitForQuietApi(org.sim, org.page);
});
afterAll(async () => {
  org.sim.setLatency(0);
  await org?.close();
});
beforeEach(async () => {
  org.sim.setLatency(0);
  await waitForQuietApi(org.sim, org.page, { quietMs: 300 });
  org.sim.setLatency(LATENCY_MS);
  org.sim.resetRequests();
});

const composites = () => org.sim.requests.filter((entry) => COMPOSITE.test(entry.path));

describe("the case's read, started with the page", () => {
  it("reaches the org before the panel's page has even loaded (it asks only after), and the panel reads nothing more", async () => {
    const caseId = DEMO_CASES.churnNew;
    const started = Date.now();
    await org.page.goto(caseUrl(caseId), { waitUntil: "commit" });
    const frame = await org.panel.waitForFrame();
    const shown = await markTime(frame, "case-shown", caseId, started);
    // The panel renders (and could first ask) on DOMContentLoaded.
    const panelLoaded = await frame.evaluate(() => performance.timeOrigin + (performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming).domContentLoadedEventStart);
    expect(composites()).toHaveLength(1);
    expect(composites()[0]!.startedAt).toBeLessThan(panelLoaded);
    // The frame's load and the round trip overlapped: the data showed well before two of them.
    expect(shown - started).toBeLessThan(2 * LATENCY_MS);
  });

  it("starts on an in-page navigation too, with one read for the tab's update and the content script together", async () => {
    const caseId = DEMO_CASES.inboundRequestNew;
    const frame = await org.panel.waitForFrame();
    const started = await org.page.evaluate((path) => {
      const at = Date.now();
      void (window as unknown as { simNavigate(p: string): Promise<void> }).simNavigate(path);
      return at;
    }, new URL(caseUrl(caseId)).pathname);
    await markTime(frame, "case-shown", caseId, started);
    await org.page.waitForTimeout(LATENCY_MS);
    expect(composites()).toHaveLength(1);
  });
});
