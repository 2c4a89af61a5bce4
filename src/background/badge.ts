/**
 * The toolbar badge in Chrome: how many cases of my pool need attention. It shows
 * the last pool read of the org (readWaitingPoolCases, or the same read carried by
 * a panel or popup answer), and polls with a chrome.alarms alarm only when no
 * answer brought one within the period: every read moves the alarm a period on.
 * The alarm exists only while a Salesforce tab is open: tab events start and stop
 * it, and an alarm that finds no Salesforce tab stops itself without calling the
 * API. The tab checks use tabs.query with our host permissions' URL patterns, so
 * no "tabs" permission. Also here, because they follow the same Salesforce tab: the
 * popup's org and opening a case in that tab (Take next).
 *
 * A read is kept under its org and user (org-scope.ts): the badge never shows the
 * count of another login on the same host, nor of a refreshed sandbox's old org.
 * Its tooltip says what the number counts, and in which queue.
 */
import * as z from "zod/v4-mini";

import type { WaitingFact } from "../domain/work-alerts";
import type { OrgContext } from "../messaging/org-context";
import { orgScopeOf, scopedKey, type OrgScope } from "../messaging/org-scope";
import { poolClock } from "../salesforce/operations/pool-sla";
import type { WaitingPoolCase } from "../salesforce/operations/pool-waiting";
import { readWaitingPoolCases } from "../salesforce/operations/pool-waiting";
import { workAlertsFor } from "./notifications";
import { orgContextOf, withOrgNames } from "./org-work";
import type { HandlerContext } from "./router";
import {
  badgeCountOf,
  badgeText,
  BADGE_ALARM,
  DEFAULT_BADGE_TITLE,
  BADGE_PERIOD_MINUTES,
  lightningCaseUrl,
  onAlarm,
  onTabsChanged,
  orgOfTabs,
  pickSalesforceTab,
  pollNeeded,
  rideNeeded,
  SALESFORCE_TAB_PATTERNS,
} from "./badge-logic";

const BADGE_COLOR = "#ba0517";
/** When each org's and user's pool was last read, its count and tooltip (chrome.storage.session: it outlives a worker Chrome stopped for idleness). */
const LAST_READ_KEY = "badge:last-pool-read:v2";

const LastReadSchema = z.object({ at: z.number(), count: z.number(), title: z.string() });
type LastRead = z.infer<typeof LastReadSchema>;

/** Whose pool a read is, and what its tooltip names: the pool's queue and the profile's high priority. */
export interface PoolReadOwner {
  scope: OrgScope;
  queue: string;
  highPriority: string;
}

/** The owner of a pool read made for this session's org context now. */
export function poolReadOwner(context: OrgContext, now = new Date()): PoolReadOwner {
  const clock = poolClock(context, now);
  return { scope: orgScopeOf(context), queue: clock.pool.label, highPriority: clock.highPriority };
}

const readKey = (scope: OrgScope) => scopedKey("badge", scope);

const salesforceTabs = () => chrome.tabs.query({ url: SALESFORCE_TAB_PATTERNS });

/** The org the popup works on: the active Salesforce tab's, else the last used one's. */
export async function popupOrgHost(): Promise<string | null> {
  return orgOfTabs(await salesforceTabs());
}

export async function showBadgeCount(shown: { count: number; title: string } | null): Promise<void> {
  await chrome.action.setBadgeBackgroundColor({ color: BADGE_COLOR });
  await chrome.action.setBadgeText({ text: badgeText(shown?.count ?? null) });
  await chrome.action.setTitle({ title: shown ? shown.title : DEFAULT_BADGE_TITLE });
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

// ---- pool reads, from whichever answer brought them ---------------------------

export type PoolReadListener = (apiHost: string, waiting: readonly WaitingPoolCase[]) => void;
const listeners = new Set<PoolReadListener>();

/** Every pool read of every org, as it lands (the badge is one listener's worth; notifications can be another). Returns the unsubscribe. */
export function onPoolRead(listener: PoolReadListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Where the last reads are kept: the session storage, or memory where there is none (the worker's handlers in tests). */
const memoryReads = new Map<string, unknown>();
const readsArea = () =>
  globalThis.chrome?.storage?.session ?? {
    get: async (key: string) => ({ [key]: memoryReads.get(key) }),
    set: async (items: Record<string, unknown>) => void Object.entries(items).forEach(([key, value]) => memoryReads.set(key, value)),
  };

/** The stored reads, kept in memory once read (every case read asks, and storage is a round trip to the browser) until they change. */
let knownReads: Record<string, unknown> | null = null;
const asReads = (stored: unknown): Record<string, unknown> => (typeof stored === "object" && stored !== null ? (stored as Record<string, unknown>) : {});
// Our own writes come back here too: the new value is taken, not forgotten, or the next case read would wait for
// the browser (tens of ms on a busy machine) before its fetch.
globalThis.chrome?.storage?.onChanged?.addListener((changes, area) => {
  const change = area === "session" ? changes[LAST_READ_KEY] : undefined;
  if (change) knownReads = asReads(change.newValue);
});

async function lastReads(): Promise<Record<string, unknown>> {
  knownReads ??= asReads((await readsArea().get(LAST_READ_KEY))[LAST_READ_KEY]);
  return knownReads;
}

/** This org's and user's last read; an older version's entry (by host only) or a broken one is none. */
async function lastRead(scope: OrgScope): Promise<LastRead | null> {
  return LastReadSchema.safeParse((await lastReads())[readKey(scope)]).data ?? null;
}

/** A pool read landed (a poll, or an answer that carried one): the badge shows it and the next poll moves a period on. */
export async function recordPoolRead(owner: PoolReadOwner, waiting: readonly WaitingPoolCase[], at = Date.now()): Promise<void> {
  const apiHost = owner.scope.host;
  const shown = badgeCountOf(waiting, owner);
  knownReads = { ...(await lastReads()), [readKey(owner.scope)]: { at, ...shown } };
  await readsArea().set({ [LAST_READ_KEY]: knownReads });
  for (const listener of listeners) listener(apiHost, waiting);
  if (!globalThis.chrome?.action) return;
  if ((await popupOrgHost()) === apiHost) await showBadgeCount(shown);
  if (await chrome.alarms.get(BADGE_ALARM)) await chrome.alarms.create(BADGE_ALARM, { periodInMinutes: BADGE_PERIOD_MINUTES, delayInMinutes: BADGE_PERIOD_MINUTES });
}

/** Whether a case view of this org and user should carry the pool read now. */
export async function poolReadWanted(scope: OrgScope, now = Date.now()): Promise<boolean> {
  return rideNeeded((await lastRead(scope))?.at ?? null, now);
}

/** The waiting cases as the notifications read them. */
export const waitingFacts = (waiting: readonly WaitingPoolCase[]): WaitingFact[] =>
  waiting.map(({ id, caseNumber, subject, priority, sla }) => ({ id, caseNumber, subject, priority, slaState: sla.state }));

// ---- the poll ------------------------------------------------------------------

/**
 * The badge's view of one org: whose it is now and whether it pauses (null when
 * there is no session: the badge is cleared then), and its own pool read.
 */
export interface BadgeSource {
  view(apiHost: string): Promise<{ owner: PoolReadOwner; paused: boolean } | null>;
  read(apiHost: string): Promise<WaitingPoolCase[] | null>;
}

/** The badge's own pool read, on the session the AE has in that org (the org context is cached per session). */
export function badgeSourceFor(contextFor: (apiHost: string) => Promise<HandlerContext | null>): BadgeSource {
  const alertsOf = async (apiHost: string) => {
    const org = await contextFor(apiHost);
    if (!org) return null;
    const context = await orgContextOf(org);
    return { org, context, work: await workAlertsFor(apiHost, context) };
  };
  return {
    // Outside the AE's working hours: no read, no number, no notification (notifications.ts).
    view: async (apiHost) => {
      const known = await alertsOf(apiHost);
      return known ? { owner: poolReadOwner(known.context), paused: known.work.paused } : null;
    },
    read: async (apiHost) => {
      const known = await alertsOf(apiHost);
      if (!known || known.work.paused) return null;
      const { org, context, work } = known;
      const read = await withOrgNames(org, (names) => readWaitingPoolCases(org.connection, context, names, { myCases: work.wantsMyCases }));
      await work.notice({ waiting: waitingFacts(read.waiting), mine: read.mine });
      return read.waiting;
    },
  };
}

async function refresh(source: BadgeSource): Promise<void> {
  const apiHost = await popupOrgHost();
  if (!apiHost) return;
  try {
    const view = await source.view(apiHost);
    if (!view) return await showBadgeCount(null);
    const last = await lastRead(view.owner.scope);
    // An answer brought the pool within the period: show that, no call (nothing while paused).
    if (last && !pollNeeded(last.at, Date.now())) return await showBadgeCount(view.paused ? null : last);
    const waiting = view.paused ? null : await source.read(apiHost);
    if (waiting) await recordPoolRead(view.owner, waiting);
    else await showBadgeCount(null);
  } catch {
    // Logged out, offline, a limit: a stale number is worse than none. The next alarm tries again.
    await showBadgeCount(null);
  }
}

async function stop(): Promise<void> {
  await chrome.alarms.clear(BADGE_ALARM);
  await showBadgeCount(null);
}

async function syncSchedule(source: BadgeSource): Promise<void> {
  const [tabs, alarm] = await Promise.all([salesforceTabs(), chrome.alarms.get(BADGE_ALARM)]);
  const action = onTabsChanged(orgOfTabs(tabs) !== null, alarm !== undefined);
  if (action === "start") {
    await chrome.alarms.create(BADGE_ALARM, { periodInMinutes: BADGE_PERIOD_MINUTES, delayInMinutes: BADGE_PERIOD_MINUTES });
    await refresh(source);
  } else if (action === "stop") {
    await stop();
  }
}

export function startBadge(source: BadgeSource): void {
  chrome.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name !== BADGE_ALARM) return;
    void salesforceTabs().then((tabs) => (onAlarm(orgOfTabs(tabs) !== null) === "refresh" ? refresh(source) : stop()));
  });
  // Without "tabs", onUpdated still fires; the URL in changeInfo shows only for Salesforce pages.
  chrome.tabs.onUpdated.addListener((_id, change) => {
    if (change.url !== undefined || change.status === "complete") void syncSchedule(source);
  });
  chrome.tabs.onRemoved.addListener(() => void syncSchedule(source));
  void syncSchedule(source);
}

/** For tests: forget the pool reads this worker kept in memory. */
export function forgetPoolReads(): void {
  memoryReads.clear();
  knownReads = null;
}
