/**
 * The team view's "right now" figures from what the worker read: the waiting
 * cases by age band and priority (an aggregate's groups), the waiting cases whose
 * SLA is at risk or breached (the panel's SLA clock on each), and per AE the open
 * cases and the cadence steps that are overdue (the panel's cadence on each).
 */
import type { BusinessCalendar, LocalDate } from "../business-hours";
import { cadenceChecklist, type ActivityKind, type CadenceKind, type CadencePlan } from "../cadence";
import { isHighPriority } from "../queue";
import { sameId } from "../salesforce-id";
import { slaClock, type SlaPolicy } from "../sla";
import { AGE_BANDS, ageBandOfDay, type AgeBandKey } from "./age-bands";

/** One group of the waiting-cases aggregate: cases of a priority opened on a local day. */
export interface WaitingGroup {
  priority: string | null;
  openedOn: string;
  cases: number;
}

export interface WaitingMatrix {
  total: number;
  /** The priorities present: the profile's high priority first, then in the order given (the picklist's), none last. */
  priorities: Array<{ value: string | null; isHigh: boolean }>;
  bands: Array<{ key: AgeBandKey; label: string; total: number; cells: Array<{ priority: string | null; cases: number }> }>;
}

export function waitingMatrix(groups: readonly WaitingGroup[], today: LocalDate, highPriority: string): WaitingMatrix {
  const seen: Array<string | null> = [];
  for (const group of groups) if (!seen.includes(group.priority)) seen.push(group.priority);
  const rank = (value: string | null) => (value === null ? 2 : isHighPriority(value, highPriority) ? 0 : 1);
  const priorities = [...seen].sort((a, b) => rank(a) - rank(b) || seen.indexOf(a) - seen.indexOf(b));
  const count = (band: AgeBandKey, priority: string | null) =>
    groups.filter((group) => group.priority === priority && ageBandOfDay(group.openedOn, today) === band).reduce((sum, group) => sum + group.cases, 0);
  const bands = AGE_BANDS.map((band) => {
    const cells = priorities.map((priority) => ({ priority, cases: count(band.key, priority) }));
    return { key: band.key, label: band.label, total: cells.reduce((sum, cell) => sum + cell.cases, 0), cells };
  });
  return {
    total: bands.reduce((sum, band) => sum + band.total, 0),
    priorities: priorities.map((value) => ({ value, isHigh: value !== null && isHighPriority(value, highPriority) })),
    bands,
  };
}

export interface SlaFacts {
  createdDate: string;
  firstResponded: string | null;
}

export interface SlaClockFacts {
  calendar: BusinessCalendar;
  policy: SlaPolicy;
}

/** The waiting cases at risk (soonest due first) and breached (longest overdue first), by the panel's clock. */
export function slaWatch<T extends SlaFacts>(cases: readonly T[], clock: SlaClockFacts, now: Date): { atRisk: T[]; breached: T[] } {
  const clocked = cases.map((facts) => ({
    facts,
    sla: slaClock({ enteredQueueAt: new Date(facts.createdDate), respondedAt: facts.firstResponded ? new Date(facts.firstResponded) : null, now, calendar: clock.calendar, policy: clock.policy }),
  }));
  const byDue = (a: (typeof clocked)[number], b: (typeof clocked)[number]) => a.sla.dueAt.getTime() - b.sla.dueAt.getTime();
  return {
    atRisk: clocked.filter((entry) => entry.sla.state === "at-risk").sort(byDue).map((entry) => entry.facts),
    breached: clocked.filter((entry) => entry.sla.state === "breached").sort(byDue).map((entry) => entry.facts),
  };
}

export interface TeamCaseFacts {
  ownerId: string;
  /** Day 1 of the cadence; null when the history shows no claim. */
  claimedAt: string | null;
  activities: ReadonlyArray<{ kind: ActivityKind; at: string }>;
}

export interface OverdueStep<T> {
  case: T;
  day: number;
  kind: CadenceKind;
  /** The local date it was due. */
  date: string;
}

export interface MemberLoad<T> {
  memberId: string;
  openCases: T[];
  overdueSteps: Array<OverdueStep<T>>;
}

export interface CadenceFacts {
  plan: CadencePlan;
  calendar: BusinessCalendar;
  timeZone: string;
  now: Date;
}

/** Each member's open cases and the cadence steps of those cases that are overdue, in the members' order. */
export function teamLoad<T extends TeamCaseFacts>(memberIds: readonly string[], cases: readonly T[], facts: CadenceFacts): Array<MemberLoad<T>> {
  return memberIds.map((memberId) => {
    const openCases = cases.filter((facts) => sameId(facts.ownerId, memberId));
    const overdueSteps = openCases.flatMap((open) =>
      cadenceChecklist({
        claimedAt: open.claimedAt ? new Date(open.claimedAt) : null,
        activities: open.activities.map((activity, index) => ({ id: String(index), kind: activity.kind, at: new Date(activity.at) })),
        now: facts.now,
        timeZone: facts.timeZone,
        plan: facts.plan,
        calendar: facts.calendar,
      })
        .filter((step) => step.state === "overdue")
        .map((step) => ({ case: open, day: step.day, kind: step.kind, date: step.date })),
    );
    return { memberId, openCases, overdueSteps };
  });
}
