/**
 * The handbook's outreach cadence (Day 1 email, Day 3 call, Day 5 email, Day 7
 * email) as a checklist. Day 1 is the local day in the AE's zone the case was
 * claimed; the plan is data so a changed cadence is a data change.
 */
import { addDays, compareDates, formatLocalDate, localDateOf, type LocalDate } from "../business-hours";

export type CadenceKind = "email" | "call";
export type ActivityKind = CadenceKind | "other";

export interface CadencePlanStep {
  day: number;
  kind: CadenceKind;
}

export const OUTREACH_CADENCE: readonly CadencePlanStep[] = [
  { day: 1, kind: "email" },
  { day: 3, kind: "call" },
  { day: 5, kind: "email" },
  { day: 7, kind: "email" },
];

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
  /** Local date (YYYY-MM-DD). In preview, the date it would fall on if claimed today. */
  date: string;
  state: CadenceStepState;
  doneBy?: CadenceActivity;
}

export interface CadenceInput {
  claimedAt: Date | null;
  activities: readonly CadenceActivity[];
  now: Date;
  timeZone: string;
  plan?: readonly CadencePlanStep[];
}

export function cadenceChecklist({ claimedAt, activities, now, timeZone, plan = OUTREACH_CADENCE }: CadenceInput): CadenceStep[] {
  const today = localDateOf(now, timeZone);
  const dayOne = claimedAt ? localDateOf(claimedAt, timeZone) : today;
  const steps = [...plan].sort((a, b) => a.day - b.day);
  const stepDate = (step: CadencePlanStep) => addDays(dayOne, step.day - 1);

  if (!claimedAt) return steps.map((step) => ({ ...step, date: formatLocalDate(stepDate(step)), state: "preview" }));

  // Steps in order, each taking the earliest unused activity of its kind on or after
  // its day: an early Day 1 email then cannot also tick Day 5, and since step dates
  // only increase, earliest-first never starves a later step that could be ticked.
  const pool = activities
    .map((activity) => ({ activity, date: localDateOf(activity.at, timeZone) }))
    .sort((a, b) => a.activity.at.getTime() - b.activity.at.getTime());
  const used = new Set<number>();

  return steps.map((step) => {
    const date = stepDate(step);
    const base = { day: step.day, kind: step.kind, date: formatLocalDate(date) };
    const index = pool.findIndex((entry, i) => !used.has(i) && entry.activity.kind === step.kind && compareDates(entry.date, date) >= 0);
    const match = pool[index];
    if (match) {
      used.add(index);
      return { ...base, state: "done", doneBy: match.activity };
    }
    return { ...base, state: stateOn(today, date) };
  });
}

function stateOn(today: LocalDate, date: LocalDate): CadenceStepState {
  const order = compareDates(today, date);
  return order < 0 ? "upcoming" : order === 0 ? "due" : "overdue";
}

/** The first step not done yet (in preview, the first step), or null when all are done. */
export function nextCadenceStep(steps: readonly CadenceStep[]): CadenceStep | null {
  return steps.find((step) => step.state !== "done") ?? null;
}
