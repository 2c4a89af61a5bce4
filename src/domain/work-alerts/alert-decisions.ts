/**
 * Which work events become desktop notifications. Each event is told at most
 * once: what a read shows is remembered by key, and only what was not seen before
 * is new. The first read of a kind only learns what is already there (turning
 * notifications on does not replay the queue). Outside working hours nothing is
 * told and nothing is learned, so what came in overnight is told when the day
 * starts. Many new events of one kind become one notification.
 */
import type { WorkEvent, WorkEventKind } from "./work-events";

export interface AlertMemory {
  /** The kinds whose source has been read once (the baseline is taken). */
  started: WorkEventKind[];
  /** Event keys already seen, with when they were last seen (ISO). */
  seen: Record<string, string>;
}

export const EMPTY_MEMORY: AlertMemory = { started: [], seen: {} };

/** An event key is forgotten this long after it was last seen. */
export const REMEMBER_DAYS = 14;
/** More new events of one kind than this make one notification. */
export const GROUP_OVER = 3;

export interface Alert {
  kind: WorkEventKind;
  events: WorkEvent[];
}

export interface AlertInput {
  memory: AlertMemory;
  /** What this read shows; `kinds` says which kinds it could show (a read of the queue says nothing of my cadence). */
  events: readonly WorkEvent[];
  kinds: readonly WorkEventKind[];
  enabled: ReadonlySet<WorkEventKind>;
  working: boolean;
  now: Date;
}

export function decideAlerts({ memory, events, kinds, enabled, working, now }: AlertInput): { alerts: Alert[]; memory: AlertMemory } {
  if (!working) return { alerts: [], memory };
  const at = now.toISOString();
  const cutoff = now.getTime() - REMEMBER_DAYS * 86_400_000;
  const seen: Record<string, string> = Object.fromEntries(Object.entries(memory.seen).filter(([, when]) => Date.parse(when) >= cutoff));
  const fresh = events.filter((event) => kinds.includes(event.kind) && !(event.key in seen) && memory.started.includes(event.kind) && enabled.has(event.kind));
  for (const event of events) if (kinds.includes(event.kind)) seen[event.key] = at;
  const byKind = new Map<WorkEventKind, WorkEvent[]>();
  for (const event of fresh) byKind.set(event.kind, [...(byKind.get(event.kind) ?? []), event]);
  const alerts = [...byKind].flatMap(([kind, list]) => (list.length > GROUP_OVER ? [{ kind, events: list }] : list.map((event) => ({ kind, events: [event] }))));
  return { alerts, memory: { started: [...new Set([...memory.started, ...kinds])], seen } };
}

/** Title and text of a notification. */
export function alertText(alert: Alert): { title: string; message: string } {
  const [first] = alert.events;
  const many = alert.events.length > 1;
  const numbers = alert.events.map((event) => event.caseNumber).join(", ");
  switch (alert.kind) {
    case "high-priority":
      return many ? { title: `${alert.events.length} new High priority cases in your pool`, message: numbers } : { title: `New High priority case ${first!.caseNumber}`, message: first!.subject ?? "In your pool's queue" };
    case "sla-at-risk":
      return many ? { title: `${alert.events.length} waiting cases are at risk of missing the SLA`, message: numbers } : { title: `SLA at risk: case ${first!.caseNumber}`, message: first!.subject ?? "Waiting in your pool's queue" };
    case "step-due":
      return many
        ? { title: `${alert.events.length} cadence steps due today`, message: numbers }
        : { title: `Day ${first!.step?.day} ${first!.step?.kind} due today: case ${first!.caseNumber}`, message: first!.subject ?? "One of your cases" };
  }
}
