/**
 * The outreach cadence of the org profile (the handbook's: Day 1 email, Day 3
 * call, Day 5 email, Day 7 email) as a checklist. Day 1 is the local day in the
 * AE's zone the case was claimed. With business days (the profile's default), a
 * step whose day falls on a day the pool's business hours are closed (a weekend, a
 * holiday) is due on the next business day: what sales-engagement tools call
 * "skip weekends".
 */
import {
  addDays,
  closedDay,
  compareDates,
  formatLocalDate,
  localDateOf,
  onOrAfterBusinessDay,
  parseLocalDate,
  type BusinessCalendar,
  type ClosedDay,
  type LocalDate,
} from "../business-hours";

export type CadenceKind = "email" | "call";
export type ActivityKind = CadenceKind | "other";

export interface CadencePlanStep {
  day: number;
  kind: CadenceKind;
}

export interface CadencePlan {
  steps: readonly CadencePlanStep[];
  days: "business" | "calendar";
}

/** A completed, logged activity (Task) on the case or its contact/account. */
export interface CadenceActivity {
  id: string;
  kind: ActivityKind;
  at: Date;
}

export type CadenceStepState = "preview" | "upcoming" | "due" | "overdue" | "done";

export interface CadenceStep {
  day: number;
  kind: CadenceKind;
  /** Local date (YYYY-MM-DD) the step is due. In preview, the date it would fall on if claimed today. */
  date: string;
  /** Day N counted from Day 1; differs from `date` when that day is not a business day. */
  nominalDate: string;
  /** Why the step moved from its nominal date; null when it did not. */
  movedBecause: ClosedDay | null;
  state: CadenceStepState;
  doneBy?: CadenceActivity;
}

export interface CadenceInput {
  claimedAt: Date | null;
  activities: readonly CadenceActivity[];
  now: Date;
  timeZone: string;
  plan: CadencePlan;
  /** The pool's business calendar: which days are business days. */
  calendar: BusinessCalendar;
  /**
   * Per step day, an earlier date (YYYY-MM-DD) from which an activity counts for the
   * step: the profile can move steps up to fit the resolution target, and a step done
   * on the date it was moved to is done.
   */
  countFrom?: Readonly<Partial<Record<number, string>>>;
}

interface PlannedStep {
  step: CadencePlanStep;
  nominal: LocalDate;
  due: LocalDate;
  movedBecause: ClosedDay | null;
}

function planned(plan: CadencePlan, dayOne: LocalDate, calendar: BusinessCalendar): PlannedStep[] {
  return [...plan.steps]
    .sort((a, b) => a.day - b.day)
    .map((step) => {
      const nominal = addDays(dayOne, step.day - 1);
      if (plan.days === "calendar") return { step, nominal, due: nominal, movedBecause: null };
      const movedBecause = closedDay(calendar, nominal);
      return { step, nominal, due: movedBecause ? onOrAfterBusinessDay(calendar, nominal) : nominal, movedBecause };
    });
}

export function cadenceChecklist({ claimedAt, activities, now, timeZone, plan, calendar, countFrom = {} }: CadenceInput): CadenceStep[] {
  const today = localDateOf(now, timeZone);
  const dayOne = claimedAt ? localDateOf(claimedAt, timeZone) : today;
  const steps = planned(plan, dayOne, calendar);
  const base = ({ step, nominal, due, movedBecause }: PlannedStep) => ({
    day: step.day,
    kind: step.kind,
    date: formatLocalDate(due),
    nominalDate: formatLocalDate(nominal),
    movedBecause,
  });

  if (!claimedAt) return steps.map((entry) => ({ ...base(entry), state: "preview" }));

  // Steps in order, each taking the earliest unused activity of its kind on or after
  // its nominal day, or the earlier day it was moved up to (an AE who works the Sunday
  // has done Sunday's step): an early Day 1 email then cannot also tick Day 5, and since
  // step dates only increase, earliest-first never starves a later step that could be ticked.
  const pool = activities
    .map((activity) => ({ activity, date: localDateOf(activity.at, timeZone) }))
    .sort((a, b) => a.activity.at.getTime() - b.activity.at.getTime());
  const used = new Set<number>();

  const fromDate = (entry: PlannedStep) => {
    const earlier = countFrom[entry.step.day];
    return earlier && earlier < formatLocalDate(entry.nominal) ? parseLocalDate(earlier) : entry.nominal;
  };

  return steps.map((entry) => {
    const from = fromDate(entry);
    const index = pool.findIndex((candidate, i) => !used.has(i) && candidate.activity.kind === entry.step.kind && compareDates(candidate.date, from) >= 0);
    const match = pool[index];
    if (match) {
      used.add(index);
      return { ...base(entry), state: "done", doneBy: match.activity };
    }
    return { ...base(entry), state: stateOn(today, entry.due) };
  });
}

function stateOn(today: LocalDate, date: LocalDate): CadenceStepState {
  const order = compareDates(today, date);
  return order < 0 ? "upcoming" : order === 0 ? "due" : "overdue";
}

/** The first step not done yet (in preview, the first step), or null when all are done. */
export function nextCadenceStep<Step extends CadenceStep>(steps: readonly Step[]): Step | null {
  return steps.find((step) => step.state !== "done") ?? null;
}

/** The profile's cadence in the checklist's terms. */
export function cadencePlanOf(cadence: { steps: ReadonlyArray<{ day: number; channel: CadenceKind }>; days: CadencePlan["days"] }): CadencePlan {
  return { steps: cadence.steps.map((step) => ({ day: step.day, kind: step.channel })), days: cadence.days };
}
