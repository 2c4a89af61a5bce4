/**
 * The team view's figures over a period: SLA met % (the panel's business-hours
 * clock on every case that entered the queue in the period and whose SLA is
 * decided), the median business time to the first response, the share of the
 * period's closed cases resolved within the target, cases per trigger (the
 * trigger rules on each Subject/Origin group), resolution actions and cases per day.
 */
import { businessTimeBetween, type BusinessCalendar } from "../business-hours";
import { resolutionClock } from "../resolution";
import { slaClock } from "../sla";
import { classifyTrigger } from "../trigger/classify-trigger";
import type { TriggerRuleSet } from "../trigger/trigger-rules";
import type { SlaClockFacts, SlaFacts } from "./figures-now";

export interface SlaOutcomes<T> {
  met: T[];
  missed: T[];
  /** Not answered yet and not yet due: not counted either way. */
  running: T[];
}

export function slaOutcomes<T extends SlaFacts>(cases: readonly T[], clock: SlaClockFacts, now: Date): SlaOutcomes<T> {
  const outcomes: SlaOutcomes<T> = { met: [], missed: [], running: [] };
  for (const facts of cases) {
    const sla = slaClock({ enteredQueueAt: new Date(facts.createdDate), respondedAt: facts.firstResponded ? new Date(facts.firstResponded) : null, now, calendar: clock.calendar, policy: clock.policy });
    (sla.state === "met" ? outcomes.met : sla.state === "breached" ? outcomes.missed : outcomes.running).push(facts);
  }
  return outcomes;
}

/** part / whole as a percentage, or null when there is nothing to divide. */
export function percentOf(part: number, whole: number): number | null {
  return whole > 0 ? (100 * part) / whole : null;
}

/** The median of the business time from entering the queue to the first response, over the answered cases. */
export function medianBusinessResponse(cases: readonly SlaFacts[], calendar: BusinessCalendar): { medianMs: number | null; answered: number } {
  const times = cases
    .filter((facts) => facts.firstResponded !== null)
    .map((facts) => Math.max(0, businessTimeBetween(calendar, new Date(facts.createdDate), new Date(facts.firstResponded!))))
    .sort((a, b) => a - b);
  if (times.length === 0) return { medianMs: null, answered: 0 };
  const middle = Math.floor(times.length / 2);
  const medianMs = times.length % 2 === 1 ? times[middle]! : (times[middle - 1]! + times[middle]!) / 2;
  return { medianMs, answered: times.length };
}

export interface ClosedFacts {
  createdDate: string;
  closedDate: string;
}

/** The closed cases resolved within the target days of opening, and those resolved later (the panel's resolution clock). */
export function resolutionOutcomes<T extends ClosedFacts>(cases: readonly T[], timeZone: string, days: number): { inTime: T[]; late: T[] } {
  const inTime: T[] = [];
  const late: T[] = [];
  for (const facts of cases) {
    const clock = resolutionClock({ openedAt: new Date(facts.createdDate), closedAt: new Date(facts.closedDate), now: new Date(facts.closedDate), timeZone, days });
    (clock.state === "resolved-in-time" ? inTime : late).push(facts);
  }
  return { inTime, late };
}

export interface SubjectGroup {
  subject: string | null;
  origin: string | null;
  cases: number;
}

export const UNCLASSIFIED = "unclassified";

/** Cases per trigger, most first; the unclassified subjects last. Triggers with no case are left out. */
export function triggerCounts(groups: readonly SubjectGroup[], rules: TriggerRuleSet): Array<{ trigger: string; label: string; cases: number }> {
  const counts = new Map<string, { trigger: string; label: string; cases: number }>();
  for (const group of groups) {
    const match = classifyTrigger({ subject: group.subject, origin: group.origin }, rules);
    const trigger = match.kind === "classified" ? match.trigger : UNCLASSIFIED;
    const entry = counts.get(trigger) ?? { trigger, label: match.label, cases: 0 };
    entry.cases += group.cases;
    counts.set(trigger, entry);
  }
  return [...counts.values()].sort((a, b) => Number(a.trigger === UNCLASSIFIED) - Number(b.trigger === UNCLASSIFIED) || b.cases - a.cases || a.label.localeCompare(b.label));
}

/** Whether a Subject/Origin belongs to a trigger (the drill-down's filter for a bar of triggerCounts). */
export function isOfTrigger(facts: { subject: string | null; origin: string | null }, trigger: string, rules: TriggerRuleSet): boolean {
  const match = classifyTrigger(facts, rules);
  return (match.kind === "classified" ? match.trigger : UNCLASSIFIED) === trigger;
}

/** Sums groups by a key, most first (ties by key; null last). */
export function countsBy<K extends string | null>(groups: ReadonlyArray<{ key: K; cases: number }>): Array<{ key: K; cases: number }> {
  const sums = new Map<K, number>();
  for (const group of groups) sums.set(group.key, (sums.get(group.key) ?? 0) + group.cases);
  return [...sums]
    .map(([key, cases]) => ({ key, cases }))
    .sort((a, b) => Number(a.key === null) - Number(b.key === null) || b.cases - a.cases || String(a.key).localeCompare(String(b.key)));
}

/** One entry per day of the period, zero where nothing happened. */
export function perDay(days: readonly string[], opened: ReadonlyArray<{ day: string; cases: number }>, closed: ReadonlyArray<{ day: string; cases: number }>): Array<{ day: string; opened: number; closed: number }> {
  const sum = (groups: ReadonlyArray<{ day: string; cases: number }>, day: string) => groups.filter((group) => group.day === day).reduce((total, group) => total + group.cases, 0);
  return days.map((day) => ({ day, opened: sum(opened, day), closed: sum(closed, day) }));
}
