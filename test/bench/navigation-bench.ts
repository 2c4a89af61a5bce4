/**
 * Time to case data in real Chromium against the simulator, with the round trip
 * injected on every API call (the simulator sleeps before answering /services/):
 *
 *   - page load: navigation to a case the panel has never shown, until its data shows;
 *   - in-page navigation (Lightning's pushState) to such a case;
 *   - the first panel of a session: a new login straight onto a case page (who I am,
 *     the org context and the case are all still to be read);
 *   - revisit: back (in-page) to a case seen in this page, until its cached data
 *     shows, and the API calls made before it did.
 *
 * The end of each is the panel's own "shown" mark (src/shared/perf-marks.ts): the
 * moment React committed the case, stamped in the page, whatever the bench's polling.
 *
 *   const nav = await navigationBench(org, caseIds, 200);   // org: a logged-in OrgSession
 */
import type { Request } from "playwright-core";

import type { Simulator } from "../simulator/index";
import { DEMO_USERS } from "../simulator/seeds/baseline";
import type { OrgSession } from "../e2e/support/org-session";
import { caseUrl, frontdoorUrl } from "../tools/extension-browser";
import { ANY_API, markTime, median, waitForQuietApi } from "./measure";

export interface Timings {
  medianMs: number;
  runs: number[];
  /** API calls counted the moment the data showed, per run. */
  calls: number[];
  /** Per run, the org's own time on those calls (the simulator answering, beside the injected latency): the longest. */
  orgMs: number[];
}

export interface NavigationBenchResult {
  pageLoad: Record<string, Timings>;
  inPage: Timings;
  firstPanelOfSession: Timings;
  revisitInPage: Timings;
  /** A revisit by a page load: the page and the panel start again, the data is cached. */
  revisitPageLoad: Timings;
}

type Run = { ms: number; calls: number; orgMs: number };

const summary = (runs: Run[]): Timings => ({
  medianMs: Math.round(median(runs.map((run) => run.ms))),
  runs: runs.map((run) => Math.round(run.ms)),
  calls: runs.map((run) => run.calls),
  orgMs: runs.map((run) => run.orgMs),
});

/** The API calls that had reached the org by a moment, and the longest time the org took on one of them (latency aside). */
function callsBefore(sim: Simulator, at: number, latencyMs: number): { calls: number; orgMs: number } {
  const api = sim.requests.filter((entry) => ANY_API.test(entry.path) && entry.startedAt <= at);
  return { calls: api.length, orgMs: Math.max(0, ...api.map((entry) => entry.at - latencyMs - entry.startedAt)) };
}

/** Every case id handed out once: nothing the panel (or its session cache) has shown. */
function unseen(caseIds: readonly string[]) {
  let next = 0;
  return () => {
    const id = caseIds[next++];
    if (!id) throw new Error("The bench ran out of cases the panel has never shown.");
    return id;
  };
}

export async function navigationBench(org: OrgSession, caseIds: readonly string[], rttMs: number, runs = 7): Promise<NavigationBenchResult> {
  const { sim, page, panel } = org;
  const nextCase = unseen(caseIds);
  const frameOf = () => panel.waitForFrame(20_000);

  async function pageLoad(caseId: string, latencyMs: number) {
    await waitForQuietApi(sim, page, { quietMs: 300 });
    sim.resetRequests();
    const started = Date.now();
    await page.goto(caseUrl(caseId), { waitUntil: "commit" });
    const shown = await markTime(await frameOf(), "case-shown", caseId, started);
    return { ms: shown - started, ...callsBefore(sim, shown, latencyMs) };
  }

  async function inPage(caseId: string, latencyMs: number) {
    await waitForQuietApi(sim, page, { quietMs: 300 });
    const frame = await frameOf();
    sim.resetRequests();
    const started = await page.evaluate((path) => {
      const at = Date.now();
      void (window as unknown as { simNavigate(p: string): Promise<void> }).simNavigate(path);
      return at;
    }, new URL(caseUrl(caseId)).pathname);
    const shown = await markTime(frame, "case-shown", caseId, started);
    return { ms: shown - started, ...callsBefore(sim, shown, latencyMs) };
  }

  const pageLoadTimes: Record<string, Timings> = {};
  for (const latency of [0, rttMs]) {
    sim.setLatency(latency);
    const measured = [];
    for (let i = 0; i < runs; i++) measured.push(await pageLoad(nextCase(), latency));
    pageLoadTimes[`${latency}ms`] = summary(measured);
  }

  sim.setLatency(rttMs);
  const inPageRuns = [];
  const seen: string[] = [];
  for (let i = 0; i < runs; i++) {
    seen.push(nextCase());
    inPageRuns.push(await inPage(seen[i]!, rttMs));
  }

  // Revisits: back in-page to the cases this page has shown (the last one first would be no navigation), then by page loads.
  const revisitRuns = [];
  for (const caseId of [...seen].reverse().slice(1)) revisitRuns.push(await inPage(caseId, rttMs));
  const revisitLoads = [];
  for (const caseId of seen.slice(0, 3)) revisitLoads.push(await pageLoad(caseId, rttMs));
  sim.setLatency(0);

  return {
    pageLoad: pageLoadTimes,
    inPage: summary(inPageRuns),
    firstPanelOfSession: await firstPanelsOfSession(org, nextCase, rttMs, Math.min(runs, 5)),
    revisitInPage: summary(revisitRuns),
    revisitPageLoad: summary(revisitLoads),
  };
}

/**
 * A new login of the same AE straight onto a case page, at the injected RTT: a new
 * session, so who I am, the org context and the case are all still to be read (the
 * browser and its worker are already running, as on any morning after the first).
 * Timed from the case page's request, after the login's redirects.
 */
async function firstPanelsOfSession(org: OrgSession, nextCase: () => string, rttMs: number, runs: number): Promise<Timings> {
  const { sim, page, panel } = org;
  const measured: Run[] = [];
  for (let i = 0; i < runs; i++) {
    await waitForQuietApi(sim, page, { quietMs: 300 });
    const caseId = nextCase();
    const path = new URL(caseUrl(caseId)).pathname;
    const token = sim.login(DEMO_USERS.averyChen.username);
    let caseRequest: Request | null = null;
    const onRequest = (request: Request) => {
      if (!caseRequest && new URL(request.url()).pathname === path) caseRequest = request;
    };
    page.on("request", onRequest);
    try {
      sim.setLatency(rttMs);
      sim.resetRequests();
      const asked = Date.now();
      await page.goto(frontdoorUrl(token, path), { waitUntil: "commit" });
      const shown = await markTime(await panel.waitForFrame(20_000), "case-shown", caseId, asked);
      const started = (caseRequest as Request | null)?.timing().startTime ?? asked;
      measured.push({ ms: shown - started, ...callsBefore(sim, shown, rttMs) });
    } finally {
      page.off("request", onRequest);
      sim.setLatency(0);
    }
  }
  return summary(measured);
}
