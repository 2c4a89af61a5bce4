/**
 * The case's read starts with the navigation (the tab's request for the page, or
 * its URL changing in the page), not when the page or the panel's frame has loaded,
 * and the panel picks it up: in real Chromium on the production build, with a round
 * trip injected on every API call so the order shows.
 */
import type { Frame } from "playwright-core";

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
  org.sim.setPageLatency(0);
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

  it("leaves with the page's own request: on a slow Salesforce page the data comes back side by side with the page", async () => {
    const caseId = DEMO_CASES.pqlNew;
    org.sim.setPageLatency(2 * LATENCY_MS);
    try {
      const started = Date.now();
      // A link the AE follows from a Salesforce page (a report, a Classic list): Chrome shows no URL before the page answers.
      await org.page.evaluate((url) => (location.href = url), caseUrl(caseId));
      await org.page.waitForURL(caseUrl(caseId), { waitUntil: "commit" });
      const pageAnswered = await org.page.evaluate(() => performance.timeOrigin + (performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming).responseStart);
      await markTime(await org.panel.waitForFrame(), "case-shown", caseId, started);
      expect(composites()).toHaveLength(1);
      // The read reached the org and came back while the page was still on its way.
      expect(composites()[0]!.at).toBeLessThan(pageAnswered);
    } finally {
      org.sim.setPageLatency(0);
    }
  });

  it("starts on an in-page navigation too, with one read for it", async () => {
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

describe("the panel's frame, loaded with the page", () => {
  it("goes straight to the panel: the dock puts it in the page with its URL, so no empty document is built first", async () => {
    const navigations: string[] = [];
    const onNavigated = (frame: Frame) => {
      if (frame !== org.page.mainFrame()) navigations.push(frame.url());
    };
    org.page.on("framenavigated", onNavigated);
    try {
      await org.page.goto(caseUrl(DEMO_CASES.contactUsNew));
      await org.panel.waitForCase(org.caseNumber(DEMO_CASES.contactUsNew));
    } finally {
      org.page.off("framenavigated", onNavigated);
    }
    expect(navigations).toHaveLength(1);
    expect(navigations[0]).toMatch(/^chrome-extension:\/\/[a-p]{32}\/tabs\/panel\.html#object=Case&id=/);
  });
});
