/**
 * The worker's reads of a case for the panel: started early, when the tab's URL
 * becomes a case page (the tab update, or the content script's prefetch, whichever
 * reports it first), with the session's org context beside it for the first panel
 * of a session; and served to the panel's "case/panel" from that read when one is
 * in flight or just done. When the badge is due, the read carries the pool read
 * (still one Composite, one call) and the badge rides on it instead of polling.
 */
import { apiHostFor } from "../domain/org-host";
import { recogniseRecordPage } from "../domain/record-page/recognise-record-page";
import { toId18 } from "../domain/salesforce-id";
import type { CasePanelAnswer } from "../messaging/case-panel-data";
import { getCasePanel, getCasePanelRiding, type PoolRide } from "../salesforce/operations/get-case-panel";
import { poolClock } from "../salesforce/operations/pool-sla";
import { poolReadSubrequests, queueHeadsFromPool, toWaitingPoolCases, type WaitingPoolCase } from "../salesforce/operations/pool-waiting";
import { poolReadWanted, recordPoolRead } from "./badge";
import { createCasePrefetch } from "./case-prefetch";
import { namesOf, orgContextOf, peekOrgContext } from "./org-work";
import type { HandlerContext } from "./router";

const prefetched = createCasePrefetch();

/** The pool read to carry, when the badge wants one and the session's org context is already known (nothing waits for it). */
async function poolRideFor(org: HandlerContext): Promise<PoolRide<WaitingPoolCase> | null> {
  const context = await peekOrgContext(org);
  if (!context || !(await poolReadWanted(org.apiHost))) return null;
  const names = await namesOf(org);
  const now = new Date();
  const clock = poolClock(context, now);
  const poolQueue = context.poolQueues[clock.pool.key];
  // The pool read is the queue's whole order only where the pool works its whole queue.
  const covers = (ownerId: string) => clock.pool.scope === "shared-queue" && poolQueue !== null && poolQueue !== undefined && toId18(ownerId) === toId18(poolQueue);
  return {
    subrequests: poolReadSubrequests(clock, context.me.id, names),
    read: (bodies) => toWaitingPoolCases(bodies, clock, names, now),
    headsFor: (ownerId, caseId, waiting) => (covers(ownerId) ? queueHeadsFromPool(waiting, caseId, clock) : null),
  };
}

async function readCasePanel(org: HandlerContext, caseId: string): Promise<CasePanelAnswer> {
  const names = await namesOf(org);
  const ride = await poolRideFor(org);
  if (!ride) return getCasePanel(org.connection, caseId, names);
  const { answer, waiting } = await getCasePanelRiding(org.connection, caseId, names, ride);
  await recordPoolRead(org.apiHost, waiting);
  // Another queue owns the case: its order is not in the pool read, so the case is read on its own.
  return answer ?? getCasePanel(org.connection, caseId, names);
}

/** The page was recognised as this case: read it now, and the org context beside it (nothing waits for either). */
export function prefetchCasePanel(org: HandlerContext, caseId: string): { started: true } {
  prefetched.start(org, caseId, () => readCasePanel(org, caseId));
  orgContextOf(org).catch(() => undefined);
  return { started: true };
}

/**
 * A tab's URL became this page: when it is a case of a Salesforce org with a session,
 * start its read now (Chrome reports the URL before the page's scripts run).
 */
export async function prefetchForTabUrl(url: string, contextFor: (apiHost: string) => Promise<HandlerContext | null>): Promise<void> {
  const page = recogniseRecordPage(url);
  const host = page?.object === "Case" ? apiHostFor(new URL(url).hostname) : null;
  if (!page || !host || new URL(url).protocol !== "https:") return;
  const org = await contextFor(host);
  if (org) prefetchCasePanel(org, page.recordId);
}

/** The panel's case: the prefetched read when there is one for this org, session and case, else a read now. */
export async function casePanelFor(org: HandlerContext, caseId: string): Promise<CasePanelAnswer> {
  return (await prefetched.take(org, caseId)) ?? readCasePanel(org, caseId);
}
