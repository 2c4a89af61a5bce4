/**
 * The toolbar badge's decisions, pure so they are tested without Chrome: which
 * Salesforce tab (and so which org) the popup and the badge follow, when the
 * refresh alarm runs (only while a Salesforce tab is open), what the badge says,
 * and the Lightning URL Take next opens.
 *
 * The badge shows the last pool read, whoever made it: its own poll, or a panel or
 * popup answer that carried one. A read is good for one period; the alarm is set a
 * period after the last read, so the badge polls only when no answer brought one.
 *
 * The period is a budget decision: an AE's day (30 case views, 5 claims, 5 closes,
 * one call each, plus the per-session reads) costs about 44 API calls, and the goal
 * for the whole day is 100 or fewer, badge included. Case views carry the pool read
 * when it is due, so with views every quarter hour a period of 8 minutes leaves
 * about one poll between two views (about 31 in 8 hours). See test/bench/queue-bench.ts.
 */
import { apiHostFor } from "../domain/org-host";
import { isHighPriority } from "../domain/queue";

export const BADGE_ALARM = "pcc-badge-refresh";
export const BADGE_PERIOD_MINUTES = 8;
const PERIOD_MS = BADGE_PERIOD_MINUTES * 60_000;
/** A case view carries the pool read once the last one is this old (bytes only when the badge soon needs them). */
export const RIDE_AFTER_MS = PERIOD_MS / 2;
/** An alarm that fires this soon after a read (a restarted worker's old schedule) does not poll. */
const FRESH_MS = PERIOD_MS - 30_000;
/** The host permissions: tabs.query may match them without the "tabs" permission. */
export const SALESFORCE_TAB_PATTERNS = ["https://*.my.salesforce.com/*", "https://*.lightning.force.com/*"];

export interface TabLike {
  id?: number;
  url?: string;
  active?: boolean;
  lastAccessed?: number;
}

function hostOf(url: string | undefined): string | null {
  try {
    return url ? new URL(url).hostname : null;
  } catch {
    return null;
  }
}

/** The Salesforce tab the AE is looking at, else the one they used last. */
export function pickSalesforceTab<T extends TabLike>(tabs: readonly T[]): T | null {
  const salesforce = tabs.filter((tab) => {
    const host = hostOf(tab.url);
    return host !== null && apiHostFor(host) !== null;
  });
  const ranked = [...salesforce].sort((a, b) => Number(b.active ?? false) - Number(a.active ?? false) || (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
  return ranked[0] ?? null;
}

/** The My Domain host of that tab's org (the API host), or null when no Salesforce tab is open. */
export function orgOfTabs(tabs: readonly TabLike[]): string | null {
  const host = hostOf(pickSalesforceTab(tabs)?.url);
  return host ? apiHostFor(host) : null;
}

/** The case's Lightning record page on the org behind this API host. */
export function lightningCaseUrl(apiHost: string, caseId: string): string {
  const org = apiHost.replace(/\.my\.salesforce\.com$/, "");
  return `https://${org}.lightning.force.com/lightning/r/Case/${encodeURIComponent(caseId)}/view`;
}

export type ScheduleAction = "start" | "stop" | "none";

/** When tabs change: start the alarm (and refresh once) when the first Salesforce tab appears, stop it with the last. */
export function onTabsChanged(hasSalesforceTab: boolean, alarmScheduled: boolean): ScheduleAction {
  if (hasSalesforceTab && !alarmScheduled) return "start";
  if (!hasSalesforceTab && alarmScheduled) return "stop";
  return "none";
}

/** When the alarm fires: refresh only while a Salesforce tab is open; otherwise stop, with no API call. */
export function onAlarm(hasSalesforceTab: boolean): "refresh" | "stop" {
  return hasSalesforceTab ? "refresh" : "stop";
}

export function badgeText(count: number | null): string {
  if (count === null || count <= 0) return "";
  return count > 99 ? "99+" : String(count);
}

/** Whether the alarm must read the pool itself: no read (poll, panel or popup answer) came in within the period. */
export function pollNeeded(lastReadAt: number | null, now: number): boolean {
  return lastReadAt === null || now - lastReadAt >= FRESH_MS;
}

/** Whether a case view should carry the pool read: the last read is half a period old, or there is none. */
export function rideNeeded(lastReadAt: number | null, now: number): boolean {
  return lastReadAt === null || now - lastReadAt >= RIDE_AFTER_MS;
}

/** The badge's count: the waiting cases that need attention (High, or SLA at risk or breached). */
export function attentionCount(waiting: ReadonlyArray<{ needsAttention: boolean }>): number {
  return waiting.filter((row) => row.needsAttention).length;
}

/** The toolbar button's name while no count is shown (logged out, paused, no Salesforce tab). */
export const DEFAULT_BADGE_TITLE = "Pooled Case Copilot";

export interface BadgeCount {
  count: number;
  /** The tooltip: what the number counts, and in which queue. */
  title: string;
}

/**
 * The badge's number and its tooltip, "5 High priority, 4 SLA at risk or breached
 * waiting in AMER Pooled Sales Queue": the queue is the pool's (its label in the
 * profile), the priority the profile's high one. A case that is both is counted
 * once in the number, so the tooltip says so when the two overlap.
 */
export function badgeCountOf(
  waiting: ReadonlyArray<{ priority: string | null; sla: { state: string }; needsAttention: boolean }>,
  where: { queue: string; highPriority: string },
): BadgeCount {
  const count = attentionCount(waiting);
  const high = waiting.filter((row) => isHighPriority(row.priority, where.highPriority)).length;
  const sla = waiting.filter((row) => row.sla.state === "at-risk" || row.sla.state === "breached").length;
  const priority = `${where.highPriority.trim()} priority`;
  if (count === 0) return { count, title: `Nothing ${priority} or SLA at risk waiting in ${where.queue}` };
  const both = high + sla - count;
  const overlap = both > 0 ? ` (${both} ${both === 1 ? "is" : "are"} both: ${count} ${count === 1 ? "case" : "cases"})` : "";
  return { count, title: `${high} ${priority}, ${sla} SLA at risk or breached waiting in ${where.queue}${overlap}` };
}
