/**
 * The work that comes to the AE, as events with a stable key: a High priority
 * case waiting in my pool, a waiting case whose SLA is at risk, a cadence step of
 * mine due today. The key names the event, so the same event is never told twice
 * (a step due today is a new event tomorrow; a case is High once).
 */
import { cadenceChecklist, type ActivityKind, type CadenceKind, type CadencePlan } from "../cadence";
import { isHighPriority } from "../queue";
import type { BusinessCalendar } from "../business-hours";

export type WorkEventKind = "high-priority" | "sla-at-risk" | "step-due";

export interface WorkEvent {
  key: string;
  kind: WorkEventKind;
  caseId: string;
  caseNumber: string;
  subject: string | null;
  /** For a step due today: which one. */
  step?: { day: number; kind: CadenceKind };
}

/** A case waiting in my pool's queue, as the badge's read (or any read of the queue) gives it, with its SLA state by the pool's clock. */
export interface WaitingFact {
  id: string;
  caseNumber: string;
  subject: string | null;
  priority: string | null;
  slaState: "on-track" | "at-risk" | "met" | "breached";
}

/** One of my open cases with its cadence step due today (or null). */
export interface MyStepFact {
  id: string;
  caseNumber: string;
  subject: string | null;
  dueToday: { day: number; kind: CadenceKind; date: string } | null;
}

export function waitingEvents(waiting: readonly WaitingFact[], highPriority: string): WorkEvent[] {
  return waiting.flatMap((fact): WorkEvent[] => {
    const base = { caseId: fact.id, caseNumber: fact.caseNumber, subject: fact.subject };
    return [
      ...(isHighPriority(fact.priority, highPriority) ? [{ ...base, key: `high:${fact.id}`, kind: "high-priority" as const }] : []),
      ...(fact.slaState === "at-risk" ? [{ ...base, key: `at-risk:${fact.id}`, kind: "sla-at-risk" as const }] : []),
    ];
  });
}

export function stepEvents(mine: readonly MyStepFact[]): WorkEvent[] {
  return mine.flatMap((fact) =>
    fact.dueToday
      ? [{ key: `step:${fact.id}:${fact.dueToday.day}:${fact.dueToday.date}`, kind: "step-due" as const, caseId: fact.id, caseNumber: fact.caseNumber, subject: fact.subject, step: { day: fact.dueToday.day, kind: fact.dueToday.kind } }]
      : [],
  );
}

export interface MyCadenceFacts {
  claimedAt: string | null;
  activities: ReadonlyArray<{ kind: ActivityKind; at: string }>;
}

/** The cadence step of a case that is due today (the panel's checklist), or null. */
export function dueToday(facts: MyCadenceFacts, context: { plan: CadencePlan; calendar: BusinessCalendar; timeZone: string; now: Date }): MyStepFact["dueToday"] {
  if (!facts.claimedAt) return null;
  const steps = cadenceChecklist({
    claimedAt: new Date(facts.claimedAt),
    activities: facts.activities.map((activity, index) => ({ id: String(index), kind: activity.kind, at: new Date(activity.at) })),
    now: context.now,
    timeZone: context.timeZone,
    plan: context.plan,
    calendar: context.calendar,
  });
  const due = steps.find((step) => step.state === "due");
  return due ? { day: due.day, kind: due.kind, date: due.date } : null;
}
