/**
 * Work that comes to the AE, in Chrome: desktop notifications (chrome.notifications)
 * for the events the AE opted into, from reads of the pool the worker makes anyway
 * (the badge's refresh, the popup's read): no API call of their own. Each event is
 * told once (the memory is per org and user, in chrome.storage.local); a click
 * opens the case in the Salesforce tab. Outside the AE's working hours (their
 * pool's business hours) the badge and the notifications pause, unless the AE
 * chose otherwise. The decisions are the domain's (src/domain/work-alerts).
 */
import { isOpenAt } from "../domain/business-hours";
import { cadencePlanOf } from "../domain/cadence";
import { calendarOfPool, workingPool } from "../domain/pools";
import { alertText, decideAlerts, dueToday, EMPTY_MEMORY, stepEvents, waitingEvents, type Alert, type MyCadenceFacts, type WaitingFact, type WorkEventKind } from "../domain/work-alerts";
import type { OrgContext } from "../messaging/org-context";
import type { PoolOverview } from "../messaging/pool";
import { orgScopeOf } from "../messaging/org-scope";
import { alertMemoryKey, AlertMemorySchema, WORK_ALERTS_KEY, workAlertsOf, type WorkAlertsSettings } from "../messaging/work-alerts-settings";

/** What a read of the pool gave: its waiting cases, and (when it read them) my open cases with their cadence facts. */
export interface PoolRead {
  waiting: readonly WaitingFact[];
  mine: ReadonlyArray<MyCadenceFacts & { id: string; caseNumber: string; subject: string | null }> | null;
}

const NOTIFICATION_PREFIX = "pcc-work";

/** The popup's read of the pool, as the notifications read it. */
export function poolReadOf(overview: PoolOverview): PoolRead {
  return {
    waiting: overview.queue.map((row) => ({ id: row.id, caseNumber: row.caseNumber, subject: row.subject, priority: row.priority, slaState: row.sla.state })),
    mine: overview.myCases,
  };
}

async function settings(): Promise<WorkAlertsSettings> {
  return workAlertsOf((await chrome.storage.local.get(WORK_ALERTS_KEY))[WORK_ALERTS_KEY]);
}

function enabledKinds(choice: WorkAlertsSettings): Set<WorkEventKind> {
  return new Set<WorkEventKind>([...(choice.highPriority ? ["high-priority" as const] : []), ...(choice.slaAtRisk ? ["sla-at-risk" as const] : []), ...(choice.stepDue ? ["step-due" as const] : [])]);
}

function calendarOf(context: OrgContext, now: Date) {
  return calendarOfPool(context, workingPool(context), now).calendar;
}

/** Whether my pool's business hours are open now (the AE's working hours). */
export function inWorkingHours(context: OrgContext, now: Date): boolean {
  return isOpenAt(calendarOf(context, now), now);
}

export interface WorkAlerts {
  /** Outside working hours with the pause on: no refresh, no notification. */
  paused: boolean;
  /** The AE wants cadence notifications: the badge's read includes my cases. */
  wantsMyCases: boolean;
  notice(read: PoolRead): Promise<void>;
}

/** What the badge's refresh needs to know before it reads, and where it hands what it read. */
export async function workAlertsFor(apiHost: string, context: OrgContext, now = new Date()): Promise<WorkAlerts> {
  const choice = await settings();
  return {
    paused: choice.onlyInWorkingHours && !inWorkingHours(context, now),
    wantsMyCases: choice.stepDue,
    notice: (read) => noticeWork(apiHost, context, read, now),
  };
}

// Reads can arrive together (the badge's alarm and a popup): one at a time, so an event is never told twice.
let queue: Promise<void> = Promise.resolve();

export function noticeWork(apiHost: string, context: OrgContext, read: PoolRead, now = new Date()): Promise<void> {
  // The worker in-process (tests, the bench) has no chrome.notifications: nothing to tell.
  if (!globalThis.chrome?.notifications) return Promise.resolve();
  // Best effort: a failed notification must never fail the read that fed it.
  const run = queue.then(() => noticeNow(apiHost, context, read, now)).catch((cause: unknown) => console.warn("Pooled Case Copilot: notifications", cause));
  queue = run;
  return run;
}

async function noticeNow(apiHost: string, context: OrgContext, read: PoolRead, now: Date): Promise<void> {
  const choice = await settings();
  const calendar = calendarOf(context, now);
  const plan = cadencePlanOf(context.profile.policy.cadence);
  const mine = read.mine?.map((row) => ({ id: row.id, caseNumber: row.caseNumber, subject: row.subject, dueToday: dueToday(row, { plan, calendar, timeZone: context.me.timeZone, now }) }));
  const events = [...waitingEvents(read.waiting, context.profile.case.highPriority), ...stepEvents(mine ?? [])];
  const kinds: WorkEventKind[] = ["high-priority", "sla-at-risk", ...(mine ? ["step-due" as const] : [])];
  const key = alertMemoryKey(orgScopeOf(context));
  const stored = AlertMemorySchema.safeParse((await chrome.storage.local.get(key))[key]);
  const working = !choice.onlyInWorkingHours || isOpenAt(calendar, now);
  const decided = decideAlerts({ memory: stored.success ? stored.data : EMPTY_MEMORY, events, kinds, enabled: enabledKinds(choice), working, now });
  await chrome.storage.local.set({ [key]: decided.memory });
  for (const alert of decided.alerts) await show(apiHost, alert);
}

async function show(apiHost: string, alert: Alert): Promise<void> {
  const { title, message } = alertText(alert);
  const first = alert.events[0]!;
  await chrome.notifications.create(notificationId(apiHost, first.caseId, first.key), {
    type: "basic",
    iconUrl: chrome.runtime.getURL(chrome.runtime.getManifest().icons?.["128"] ?? ""),
    title,
    message,
    contextMessage: "Pooled Case Copilot · click to open the case",
    priority: alert.kind === "high-priority" ? 2 : 1,
  });
}

/** The notification's id carries what its click needs: the org and the case. */
export function notificationId(apiHost: string, caseId: string, eventKey: string): string {
  return [NOTIFICATION_PREFIX, apiHost, caseId, eventKey].join("|");
}

export function caseOfNotification(id: string): { apiHost: string; caseId: string } | null {
  const [prefix, apiHost, caseId] = id.split("|");
  return prefix === NOTIFICATION_PREFIX && apiHost && caseId ? { apiHost, caseId } : null;
}

/** A click opens the case in the Salesforce tab (as Take next does) and clears the notification. */
export function startNotifications(openCase: (apiHost: string, caseId: string) => Promise<void>): void {
  chrome.notifications.onClicked.addListener((id) => {
    const target = caseOfNotification(id);
    if (!target) return;
    void openCase(target.apiHost, target.caseId).finally(() => chrome.notifications.clear(id));
  });
}
