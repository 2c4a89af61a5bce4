/**
 * A case's two AE clocks from the same facts, for the panel and for "My cases":
 * the outreach cadence (and its next step) and the 7-day resolution target, and
 * the cadence against that target by the profile's choice (compressed into the
 * days left, or kept and flagged). Each caller decides what counts as the claim.
 */
import type { BusinessCalendar } from "./business-hours";
import { cadenceChecklist, nextCadenceStep, type ActivityKind, type CadencePlan, type CadenceStep } from "./cadence";
import { isBusinessDate } from "./outreach/business-days";
import { cadenceAgainstTarget, compressedAtClaim, type CadenceTargetFit, type PastTargetChoice } from "./outreach/cadence-target";
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
  /** The profile's choice for steps that fall after the resolution target (outreach.whenPastTarget). */
  whenPastTarget: PastTargetChoice;
}

/** A cadence step on the date the AE should do it: `date` and `state` as planned against the target. */
export interface CaseCadenceStep extends CadenceStep {
  /** The cadence's own date, before any compression. */
  cadenceDate: string;
  /** Moved up to fit the resolution target. */
  moved: boolean;
  /** Still to do, and the cadence's own date is after the target's last day. */
  afterTarget: boolean;
}

export interface CaseClocks {
  cadence: CaseCadenceStep[];
  /** The first step not done yet; null when all are done. */
  nextStep: CaseCadenceStep | null;
  resolution: ResolutionClock;
  /** The cadence against the resolution target: its last day, the steps after it, whether the case is flagged. */
  target: Pick<CadenceTargetFit, "targetDate" | "afterTarget" | "choice" | "flagged">;
}

export function caseClocks({ claimedAt, openedAt, closedAt, activities, now, timeZone, plan, resolutionDays, calendar, whenPastTarget }: CaseClocksInput): CaseClocks {
  const checklist = { claimedAt, now, timeZone, plan, calendar };
  const fitting = {
    openedAt,
    timeZone,
    resolutionDays,
    choice: whenPastTarget,
    isStepDate: plan.days === "business" ? (date: string) => isBusinessDate(calendar, date) : undefined,
  };
  // Compressed steps count their activity from the earliest date they are ever planned
  // on (the plan of the claim day), and are never planned before it: a step done on the
  // date the panel showed stays done on every later day.
  const earliest = claimedAt ? compressedAtClaim({ ...fitting, steps: cadenceChecklist({ ...checklist, activities: [], now: claimedAt }), claimedAt }) : {};
  const steps = cadenceChecklist({
    ...checklist,
    activities: activities.map((activity, index) => ({ id: activity.id ?? String(index), kind: activity.kind, at: new Date(activity.at) })),
    countFrom: earliest,
  });
  const fit = cadenceAgainstTarget({ ...fitting, steps, now, notBefore: earliest });
  const cadence = steps.map((step): CaseCadenceStep => {
    const planned = fit.steps.find((candidate) => candidate.day === step.day)!;
    return { ...step, cadenceDate: step.date, date: planned.plannedDate, state: planned.state, moved: planned.moved, afterTarget: planned.afterTarget };
  });
  const { targetDate, afterTarget, choice, flagged } = fit;
  return {
    cadence,
    nextStep: nextCadenceStep(cadence),
    resolution: resolutionClock({ openedAt, closedAt, now, timeZone, days: resolutionDays }),
    target: { targetDate, afterTarget, choice, flagged },
  };
}
