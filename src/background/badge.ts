/**
 * The toolbar badge in Chrome: how many cases of my pool need attention. A
 * chrome.alarms alarm refreshes it every BADGE_PERIOD_MINUTES, and exists only
 * while a Salesforce tab is open: tab events start and stop it, and an alarm that
 * finds no Salesforce tab stops itself without calling the API. The tab checks use
 * tabs.query with our host permissions' URL patterns, so no "tabs" permission.
 * Also here, because they follow the same Salesforce tab: the popup's org and
 * opening a case in that tab (Take next).
 */
import { badgeRead } from "../salesforce/operations/badge-count";
import { workAlertsFor } from "./notifications";
import { orgContextOf, withOrgNames } from "./org-work";
import type { HandlerContext } from "./router";
import { badgeText, BADGE_ALARM, BADGE_PERIOD_MINUTES, lightningCaseUrl, onAlarm, onTabsChanged, orgOfTabs, pickSalesforceTab, SALESFORCE_TAB_PATTERNS } from "./badge-logic";

const BADGE_COLOR = "#ba0517";

const salesforceTabs = () => chrome.tabs.query({ url: SALESFORCE_TAB_PATTERNS });

/** The org the popup works on: the active Salesforce tab's, else the last used one's. */
export async function popupOrgHost(): Promise<string | null> {
  return orgOfTabs(await salesforceTabs());
}

export async function showBadgeCount(count: number | null): Promise<void> {
  await chrome.action.setBadgeBackgroundColor({ color: BADGE_COLOR });
  await chrome.action.setBadgeText({ text: badgeText(count) });
}

/**
 * Shows the case in the Salesforce tab the AE is on (or used last), on that tab's
 * org; tabs.update with a URL needs no permission. A new tab when none is open.
 */
export async function openCaseInSalesforceTab(apiHost: string, caseId: string): Promise<void> {
  const url = lightningCaseUrl(apiHost, caseId);
  const tab = pickSalesforceTab((await salesforceTabs()).filter((t) => t.url && orgOfTabs([t]) === apiHost));
  if (tab?.id !== undefined) await chrome.tabs.update(tab.id, { url, active: true });
  else await chrome.tabs.create({ url });
}

/** Counts for one org; null when there is no session (the badge is cleared then). */
export type CountFor = (apiHost: string) => Promise<number | null>;

/** The badge's one query, on the session the AE has in that org (the org context is cached per session). */
export function countForOrg(contextFor: (apiHost: string) => Promise<HandlerContext | null>): CountFor {
  return async (apiHost) => {
    const org = await contextFor(apiHost);
    if (!org) return null;
    const context = await orgContextOf(org);
    // Outside the AE's working hours: no read, no number, no notification (notifications.ts).
    const work = await workAlertsFor(apiHost, context);
    if (work.paused) return null;
    const read = await withOrgNames(org, (names) => badgeRead(org.connection, context, names, { myCases: work.wantsMyCases }));
    await work.notice(read);
    return read.count;
  };
}

async function refresh(countFor: CountFor): Promise<void> {
  const apiHost = await popupOrgHost();
  if (!apiHost) return;
  try {
    await showBadgeCount(await countFor(apiHost));
  } catch {
    // Logged out, offline, a limit: a stale number is worse than none. The next alarm tries again.
    await showBadgeCount(null);
  }
}

async function stop(): Promise<void> {
  await chrome.alarms.clear(BADGE_ALARM);
  await showBadgeCount(null);
}

async function syncSchedule(countFor: CountFor): Promise<void> {
  const [tabs, alarm] = await Promise.all([salesforceTabs(), chrome.alarms.get(BADGE_ALARM)]);
  const action = onTabsChanged(orgOfTabs(tabs) !== null, alarm !== undefined);
  if (action === "start") {
    await chrome.alarms.create(BADGE_ALARM, { periodInMinutes: BADGE_PERIOD_MINUTES, delayInMinutes: BADGE_PERIOD_MINUTES });
    await refresh(countFor);
  } else if (action === "stop") {
    await stop();
  }
}

export function startBadge(countFor: CountFor): void {
  chrome.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name !== BADGE_ALARM) return;
    void salesforceTabs().then((tabs) => (onAlarm(orgOfTabs(tabs) !== null) === "refresh" ? refresh(countFor) : stop()));
  });
  // Without "tabs", onUpdated still fires; the URL in changeInfo shows only for Salesforce pages.
  chrome.tabs.onUpdated.addListener((_id, change) => {
    if (change.url !== undefined || change.status === "complete") void syncSchedule(countFor);
  });
  chrome.tabs.onRemoved.addListener(() => void syncSchedule(countFor));
  void syncSchedule(countFor);
}
