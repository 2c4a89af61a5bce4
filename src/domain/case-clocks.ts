/**
 * A case's two AE clocks from the same facts, for the panel and for "My cases":
 * the outreach cadence (and its next step) and the 7-day resolution target. Each
 * caller decides what counts as the claim.
 */
import { cadenceChecklist, nextCadenceStep, type ActivityKind, type CadenceStep } from "./cadence";
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
}

export interface CaseClocks {
  cadence: CadenceStep[];
  /** The first step not done yet; null when all four are done. */
  nextStep: CadenceStep | null;
  resolution: ResolutionClock;
}

export function caseClocks({ claimedAt, openedAt, closedAt, activities, now, timeZone }: CaseClocksInput): CaseClocks {
  const cadence = cadenceChecklist({
    claimedAt,
    activities: activities.map((activity, index) => ({ id: activity.id ?? String(index), kind: activity.kind, at: new Date(activity.at) })),
    now,
    timeZone,
  });
  return { cadence, nextStep: nextCadenceStep(cadence), resolution: resolutionClock({ openedAt, closedAt, now, timeZone }) };
}
