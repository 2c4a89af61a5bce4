/**
 * The toolbar badge's decisions, pure so they are tested without Chrome: which
 * Salesforce tab (and so which org) the popup and the badge follow, when the
 * refresh alarm runs (only while a Salesforce tab is open), what the badge says,
 * and the Lightning URL Take next opens.
 *
 * The period is a budget decision: an AE's day (30 case views, 5 claims, 5 closes,
 * each claim and close re-reading the panel, plus the per-session reads) costs
 * about 53 API calls, and the goal for the whole day is 150 or fewer. One refresh
 * every 6 minutes is 80 in 8 hours (133 in all), leaving room for popup opens
 * (one call each, and they refresh the badge for free). See test/bench/queue-bench.ts.
 */
import { apiHostFor } from "../domain/org-host";

export const BADGE_ALARM = "pcc-badge-refresh";
export const BADGE_PERIOD_MINUTES = 6;
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
