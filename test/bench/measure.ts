/**
 * Counting and summarising for the bench (and the e2e tests that count round trips):
 * API calls from the simulator's request log, medians, and waiting for the API to go quiet.
 */
import type { Page } from "playwright-core";

import type { Simulator } from "../simulator/index";

/** REST calls only: everything under /services/data. */
export const REST_API = /^\/services\/data\//;
/** Every API call: REST under /services/data, OAuth (userinfo) under /services/oauth2, and the rest of /services. */
export const ANY_API = /^\/services\//;

/** Requests in the simulator's log whose path (with query) matches. */
export const apiCalls = (sim: Simulator, path: RegExp): number => sim.countRequests({ path });

/** The middle value (the upper middle for an even count); NaN for none. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

export interface QuietOptions {
  /** Which requests count (default: every API call). */
  path?: RegExp;
  /** How long no new call must arrive (default 600 ms). */
  quietMs?: number;
  /** Gives up waiting after this long (default 10 s). */
  maxMs?: number;
}

/**
 * Waits until no matching call has reached the org for `quietMs` (at most `maxMs`): lets
 * start-up work of the worker, or an action and the panel's refresh, land. Returns the count then.
 */
export async function waitForQuietApi(sim: Simulator, page: Page, { path = ANY_API, quietMs = 600, maxMs = 10_000 }: QuietOptions = {}): Promise<number> {
  const deadline = Date.now() + maxMs;
  let last = apiCalls(sim, path);
  for (;;) {
    await page.waitForTimeout(quietMs);
    const now = apiCalls(sim, path);
    if (now === last || Date.now() > deadline) return now;
    last = now;
  }
}

/** A page or frame the marks are read in. */
interface Evaluating {
  evaluate<R>(expression: string): Promise<R>;
}

export type MarkKind = "case-answer" | "case-shown" | "pool-answer" | "pool-shown";

/**
 * In the page: the first mark of that name (and detail, unless null) at or after
 * `from`, waiting up to `waitMs` for it with a PerformanceObserver; null if none
 * came. Plain JavaScript, not a function of this file: the bench runs under tsx,
 * whose transform would name the inner functions with a helper the page lacks.
 */
const FIRST_MARK = `([name, wanted, from, waitMs]) => new Promise((resolve) => {
  const first = () => performance.getEntriesByName(name, "mark")
    .map((entry) => ({ at: performance.timeOrigin + entry.startTime, detail: entry.detail }))
    .filter((mark) => mark.at >= from && (wanted === null || mark.detail === wanted))
    .map((mark) => mark.at)
    .sort((a, b) => a - b)[0] ?? null;
  const found = first();
  if (found !== null) return resolve(found);
  const observer = new PerformanceObserver(() => {
    const seen = first();
    if (seen === null) return;
    observer.disconnect();
    clearTimeout(timer);
    resolve(seen);
  });
  const timer = setTimeout(() => (observer.disconnect(), resolve(null)), waitMs);
  observer.observe({ type: "mark" });
})`;

/**
 * The wall-clock time (ms since the epoch, as Date.now()) of the first User Timing
 * mark `pcc:<kind>` (src/shared/perf-marks.ts) for `id` (any id when null) at or
 * after `after`, waiting up to `timeoutMs` for it. The panel stamps the moment
 * itself, so how the bench waits does not count; it waits inside the page (a
 * PerformanceObserver), not by polling it, so that while the AE waits the bench's
 * process (the simulated org's too) stays as quiet as a real org's would be.
 */
export async function markTime(target: Evaluating, kind: MarkKind, id: string | null, after: number, timeoutMs = 20_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  const args = JSON.stringify([`pcc:${kind}`, id, after, Math.min(2_000, timeoutMs)]);
  for (;;) {
    // The frame navigated away (or is not there yet): look again.
    const at = await target.evaluate<number | null>(`(${FIRST_MARK})(${args})`).catch(() => null);
    if (at !== null) return at;
    if (Date.now() > deadline) throw new Error(`No ${kind} mark for ${id ?? "any id"} within ${timeoutMs} ms.`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/**
 * The worker's start-up calls (the toolbar badge's first count) with a Salesforce tab open:
 * waits for the first of them, then for quiet. The first call can come a second after the
 * tab: the worker reads the admin's policy (chrome.storage.managed) first, and Chrome answers
 * that only once it has loaded the policy.
 */
export async function waitForStartupApi(sim: Simulator, page: Page, { maxMs = 10_000 }: { maxMs?: number } = {}): Promise<number> {
  const deadline = Date.now() + maxMs;
  while (apiCalls(sim, ANY_API) === 0 && Date.now() < deadline) await page.waitForTimeout(100);
  return waitForQuietApi(sim, page);
}
