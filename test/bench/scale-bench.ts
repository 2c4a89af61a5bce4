/**
 * The scale series: the same opens in orgs that hold more, in real Chromium on the
 * production build against the simulator (scale-seed.ts):
 *
 *   - queues of 20, 200 and 2,000 waiting cases: a panel open of a waiting case and a
 *     popup open;
 *   - accounts with 5, 50 and 500 cases, opportunities and activities: a panel open of
 *     the account's waiting case;
 *   - cases with 10, 100 and 1,000 activities: their panel opens.
 *
 * For each: API calls, bytes over the wire (request and answer bodies, uncompressed,
 * from the simulator's log) and render time (the view's own marks: its data parsed
 * to React having committed it, src/shared/perf-marks.ts; for a panel, the median of
 * three opens, each with nothing cached: one render of 15 ms jitters by as much).
 * Each series says how it grows from its smallest to its largest point: it must stay
 * flat or grow with what is shown.
 */
import type { Page } from "playwright-core";

import { PanelPage } from "../e2e/support/panel";
import { PopupPage } from "../e2e/support/popup";
import { createSimulator, type Simulator } from "../simulator/index";
import { DEMO_USERS } from "../simulator/seeds/baseline";
import { setWorkAlerts } from "../e2e/support/org-session";
import { caseUrl, frontdoorUrl, launchExtensionBrowser, type ExtensionBrowser } from "../tools/extension-browser";
import { ANY_API, markTime, median, waitForQuietApi } from "./measure";
import { ACCOUNT_SIZES, ACTIVITY_COUNTS, scaleSeed } from "./scale-seed";
import { POOL_READ_ROWS } from "../../src/salesforce/operations/pool-waiting";
import { PANEL_CACHE_KEY } from "../../src/messaging/storage-keys";

export interface Open {
  calls: number;
  bytes: number;
  renderMs: number;
}

export interface Series {
  points: Array<{ size: number; rows?: number } & Open>;
  /** Largest point over smallest, per measure. */
  growth: { calls: number; bytes: number; renderMs: number };
  /** Largest point over the one before (the last tenfold step). */
  lastStep: { calls: number; bytes: number; renderMs: number };
  /** "flat" when nothing grows over the tolerance; "flat from N on" when only the first step grows (up to the LIMITs); else what grows. */
  verdict: string;
}

export interface ScaleBenchResult {
  queuePanel: Series;
  queuePopup: Series;
  accountPanel: Series;
  casePanelByActivities: Series;
  /** One panel open per badge period also carries the pool read (both tiers, at most 100 rows each). */
  queuePanelCarryingPoolRead: Series;
}

const QUEUES = [20, 200, 2000] as const;
/** Growth within this factor counts as flat: render times jitter on a shared machine, bytes differ by ids and names. */
const FLAT = { calls: 1, bytes: 1.25, renderMs: 2 };

/** The API traffic of one open: calls and bytes. */
function traffic(sim: Simulator): { calls: number; bytes: number } {
  const api = sim.requests.filter((entry) => ANY_API.test(entry.path));
  return { calls: api.length, bytes: api.reduce((total, entry) => total + entry.requestBytes + entry.responseBytes, 0) };
}

function series(points: Series["points"]): Series {
  const ratio = (a: number, b: number) => Number((b === 0 ? (a === 0 ? 1 : Infinity) : a / b).toFixed(2));
  const between = (from: Open, to: Open) => ({ calls: ratio(to.calls, from.calls), bytes: ratio(to.bytes, from.bytes), renderMs: ratio(Math.max(to.renderMs, 5), Math.max(from.renderMs, 5)) });
  const growing = (step: Series["growth"]) => (Object.keys(FLAT) as Array<keyof typeof FLAT>).filter((measure) => step[measure] > FLAT[measure]);
  const growth = between(points[0]!, points[points.length - 1]!);
  const lastStep = between(points[points.length - 2]!, points[points.length - 1]!);
  const verdict = !growing(growth).length
    ? "flat"
    : !growing(lastStep).length
      ? `flat from ${points[points.length - 2]!.size} on (grows only up to the LIMITs: ${growing(growth).map((m) => `${m} x${growth[m]}`).join(", ")})`
      : `grows: ${growing(lastStep).map((m) => `${m} x${lastStep[m]}`).join(", ")}`;
  return { points, growth, lastStep, verdict };
}

/** How many rows the badge's pool read takes from the AMER queue: its High tier and the rest, each capped. */
function poolReadRows(sim: Simulator): number {
  const tier = (condition: string) => sim.store.query(`SELECT Id FROM Case WHERE IsClosed = false AND OwnerId IN (SELECT Id FROM Group WHERE DeveloperName = 'Pooled_Sales_Queue') AND ${condition}`).totalSize;
  return Math.min(POOL_READ_ROWS, tier("Priority = 'High'")) + Math.min(POOL_READ_ROWS, tier("(Priority != 'High' OR Priority = null)"));
}

async function panelOpen(sim: Simulator, page: Page, panel: PanelPage, caseId: string): Promise<Open> {
  await waitForQuietApi(sim, page, { quietMs: 300 });
  sim.resetRequests();
  const started = Date.now();
  await page.goto(caseUrl(caseId), { waitUntil: "commit" });
  const frame = await panel.waitForFrame(20_000);
  const shown = await markTime(frame, "case-shown", caseId, started, 30_000);
  const answered = await markTime(frame, "case-answer", caseId, started);
  await waitForQuietApi(sim, page, { quietMs: 300 });
  return { ...traffic(sim), renderMs: Math.round(shown - answered) };
}

/** Three opens of the case, each with the panel's session cache emptied first: the first's traffic, the median render. */
async function panelOpens(browser: ExtensionBrowser, sim: Simulator, page: Page, panel: PanelPage, caseId: string): Promise<Open> {
  const opens: Open[] = [];
  for (let i = 0; i < 3; i++) {
    await browser.worker.evaluate((key) => chrome.storage.session.remove(key), PANEL_CACHE_KEY);
    opens.push(await panelOpen(sim, page, panel, caseId));
  }
  return { ...opens[0]!, renderMs: median(opens.map((open) => open.renderMs)) };
}

async function popupOpen(sim: Simulator, page: Page, context: Parameters<typeof PopupPage.open>[0], extensionId: string): Promise<Open> {
  await waitForQuietApi(sim, page, { quietMs: 300 });
  sim.resetRequests();
  const started = Date.now();
  const popup = await PopupPage.open(context, extensionId);
  const shown = await markTime(popup.page, "pool-shown", null, started, 30_000);
  const answered = await markTime(popup.page, "pool-answer", null, started);
  await popup.close();
  return { ...traffic(sim), renderMs: Math.round(shown - answered) };
}

export async function scaleBench(): Promise<ScaleBenchResult> {
  const queuePanel: Series["points"] = [];
  const queuePopup: Series["points"] = [];
  const riding: Series["points"] = [];
  const accountPanel: Series["points"] = [];
  const busy: Series["points"] = [];

  for (const waiting of QUEUES) {
    const scale = scaleSeed(new Date(), waiting);
    const sim = await createSimulator({ seed: scale.seed });
    const browser = await launchExtensionBrowser({ simPort: sim.port });
    // The bench runs at any hour: outside the pool's business hours the badge would pause, and poll nothing.
    await setWorkAlerts(browser, {});
    try {
      const page = await browser.context.newPage();
      const panel = new PanelPage(page);
      await page.goto(frontdoorUrl(sim.login(DEMO_USERS.averyChen.username), "/lightning/page/home"));
      await waitForQuietApi(sim, page);
      const inQueue = sim.store.query("SELECT Id FROM Case WHERE IsClosed = false AND OwnerId IN (SELECT Id FROM Group WHERE DeveloperName = 'Pooled_Sales_Queue') ORDER BY CreatedDate DESC LIMIT 4").records.map((row) => String(row.Id));
      const size = sim.store.query("SELECT Id FROM Case WHERE IsClosed = false AND OwnerId IN (SELECT Id FROM Group WHERE DeveloperName = 'Pooled_Sales_Queue')").totalSize;
      // The first open of a session also reads the org context; the series is about the ones after.
      await panelOpen(sim, page, panel, inQueue[0]!);
      queuePanel.push({ size, ...(await panelOpens(browser, sim, page, panel, inQueue[1]!)) });
      queuePopup.push({ size, ...(await popupOpen(sim, page, browser.context, browser.extensionId)) });
      await browser.worker.evaluate(() => chrome.storage.session.remove("badge:last-pool-read:v2"));
      riding.push({ size, rows: poolReadRows(sim), ...(await panelOpen(sim, page, panel, inQueue[2]!)) });
      if (waiting === QUEUES[0]) {
        for (const rows of ACCOUNT_SIZES) accountPanel.push({ size: rows, ...(await panelOpens(browser, sim, page, panel, scale.accounts[rows].caseId)) });
        for (const count of ACTIVITY_COUNTS) busy.push({ size: count, ...(await panelOpens(browser, sim, page, panel, scale.busyCases[count])) });
      }
    } finally {
      await browser.close();
      await sim.close();
    }
  }

  return {
    queuePanel: series(queuePanel),
    queuePopup: series(queuePopup),
    accountPanel: series(accountPanel),
    casePanelByActivities: series(busy),
    queuePanelCarryingPoolRead: series(riding),
  };
}
