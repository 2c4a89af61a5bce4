/**
 * The worker's reads of a case for the panel: started early, when the tab asks
 * for a case page (a page load: the page and the case come over the network side
 * by side) or its URL becomes one in the page (Lightning's pushState), with the session's org context beside it for the first panel
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
import { poolReadParts, queueHeadsFromPool, type PoolRead } from "../salesforce/operations/pool-waiting";
import type { OrgNames } from "../salesforce/query/org-names";
import { poolReadOwner, poolReadWanted, recordPoolRead, waitingFacts, type PoolReadOwner } from "./badge";
import { createCasePrefetch } from "./case-prefetch";
import { workAlertsFor, type WorkAlerts } from "./notifications";
import { orgContextOf, peekOrgContext, withOrgNames } from "./org-work";
import type { HandlerContext } from "./router";

const prefetched = createCasePrefetch();

interface Ride {
  ride: PoolRide<PoolRead>;
  /** Hands what it read to the notifications. */
  notice: WorkAlerts["notice"];
  /** Whose pool read it is, for the badge. */
  owner: PoolReadOwner;
}

/**
 * The pool read to carry, when the badge wants one and the session's org context
 * is already known (nothing waits for it); none while the badge pauses outside
 * working hours. It reads my open cases too when the AE wants to hear of cadence
 * steps, as the badge's own read would.
 */
async function poolRideFor(org: HandlerContext, names: OrgNames): Promise<Ride | null> {
  const context = await peekOrgContext(org);
  if (!context) return null;
  const now = new Date();
  const owner = poolReadOwner(context, now);
  if (!(await poolReadWanted(owner.scope))) return null;
  // The worker in-process (tests) has no chrome.storage for the AE's choices: the defaults' pool read, nothing to tell.
  const work: WorkAlerts = globalThis.chrome?.storage
    ? await workAlertsFor(org.apiHost, context, now)
    : { paused: false, wantsMyCases: false, notice: async () => undefined };
  if (work.paused) return null;
  const clock = poolClock(context, now);
  const poolQueue = context.poolQueues[clock.pool.key];
  // The pool read is the queue's whole order only where the pool works its whole queue.
  const covers = (ownerId: string) => clock.pool.scope === "shared-queue" && poolQueue !== null && poolQueue !== undefined && toId18(ownerId) === toId18(poolQueue);
  return {
    ride: {
      ...poolReadParts(clock, context.me.id, names, { myCases: work.wantsMyCases }, now),
      headsFor: (ownerId, caseId, read) => (covers(ownerId) ? queueHeadsFromPool(read.waiting, caseId, clock) : null),
    },
    notice: work.notice,
    owner,
  };
}

async function readWithNames(org: HandlerContext, caseId: string, names: OrgNames): Promise<CasePanelAnswer> {
  const riding = await poolRideFor(org, names);
  if (!riding) return getCasePanel(org.connection, caseId, names);
  const { answer, read } = await getCasePanelRiding(org.connection, caseId, names, riding.ride);
  // The badge and the notifications take the pool read after the panel has its answer: it waits for neither (their
  // storage, the toolbar, the alarm), and neither can fail it.
  recordPoolRead(riding.owner, read.waiting).catch((cause: unknown) => console.warn("Pooled Case Copilot: badge", cause));
  void riding.notice({ waiting: waitingFacts(read.waiting), mine: read.mine });
  // Another queue owns the case: its order is not in the pool read, so the case is read on its own.
  return answer ?? getCasePanel(org.connection, caseId, names);
}

const readCasePanel = (org: HandlerContext, caseId: string): Promise<CasePanelAnswer> => withOrgNames(org, (names) => readWithNames(org, caseId, names));

/**
 * A tab is going to this page: when it is a case of a Salesforce org with a session, start its read now, and
 * the org context beside it (nothing waits for either). Both reports of a page load (its request, then its URL)
 * start one read.
 */
export async function prefetchForTabUrl(url: string, contextFor: (apiHost: string) => Promise<HandlerContext | null>): Promise<void> {
  const page = recogniseRecordPage(url);
  const { protocol, hostname } = new URL(url);
  const host = page?.object === "Case" && protocol === "https:" ? apiHostFor(hostname) : null;
  if (!page || !host) return;
  const org = await contextFor(host);
  if (!org) return;
  prefetched.start(org, page.recordId, () => readCasePanel(org, page.recordId));
  orgContextOf(org).catch(() => undefined);
}

/** The panel's case: the prefetched read when there is one for this org, session and case, else a read now. */
export async function casePanelFor(org: HandlerContext, caseId: string): Promise<CasePanelAnswer> {
  return (await prefetched.take(org, caseId)) ?? readCasePanel(org, caseId);
}
