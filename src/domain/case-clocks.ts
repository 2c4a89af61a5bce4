/**
 * A case's two AE clocks from the same facts, for the panel and for "My cases":
 * the outreach cadence (and its next step) and the 7-day resolution target. Each
 * caller decides what counts as the claim.
 */
import type { BusinessCalendar } from "./business-hours";
import { cadenceChecklist, nextCadenceStep, type ActivityKind, type CadencePlan, type CadenceStep } from "./cadence";
import { resolutionClock, type ResolutionClock } from "./resolution";

export interface CaseClocksInput {
  /** Day 1 of the cadence; null while nobody has claimed the case (the cadence is a preview). */
  claimedAt: Date | null;
  openedAt: Date;
  closedAt: Date | null;
  /** Logged activities, `at` as ISO date-time; without an id, the position stands in. */
  activities: ReadonlyArray<{ id?: string; kind: ActivityKind; at: string }>;
  now: Date;
  timeZone: string;
  /** The profile's cadence and resolution target, and the pool's calendar for business days. */
  plan: CadencePlan;
  resolutionDays: number;
  calendar: BusinessCalendar;
}

export interface CaseClocks {
  cadence: CadenceStep[];
  /** The first step not done yet; null when all are done. */
  nextStep: CadenceStep | null;
  resolution: ResolutionClock;
}

export function caseClocks({ claimedAt, openedAt, closedAt, activities, now, timeZone, plan, resolutionDays, calendar }: CaseClocksInput): CaseClocks {
  const cadence = cadenceChecklist({
    claimedAt,
    activities: activities.map((activity, index) => ({ id: activity.id ?? String(index), kind: activity.kind, at: new Date(activity.at) })),
    now,
    timeZone,
    plan,
    calendar,
  });
  return { cadence, nextStep: nextCadenceStep(cadence), resolution: resolutionClock({ openedAt, closedAt, now, timeZone, days: resolutionDays }) };
}
