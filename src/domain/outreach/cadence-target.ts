/**
 * The cadence against the resolution target. The cadence counts from the claim,
 * the target from the opening, so a case picked up late has steps after its
 * target (claimed on day 3, its Day 7 email falls after day 7). The profile
 * chooses: compress the steps still to do into the days left (keeping their order
 * and, as far as the days allow, their spacing), or keep their dates and flag the
 * case as past target. Either way the steps concerned are named, never listed
 * silently on dates the handbook does not allow.
 */
import { compareDates, daysBetween, formatLocalDate, localDateOf, parseLocalDate, addDays } from "../business-hours";
import type { CadenceStep, CadenceStepState } from "../cadence";
import { resolutionDueAt } from "../resolution";

export type PastTargetChoice = "compress" | "keep-and-flag";

export interface CadenceTargetInput {
  steps: ReadonlyArray<Pick<CadenceStep, "day" | "kind" | "date" | "state">>;
  openedAt: Date;
  now: Date;
  /** The AE's zone, as the cadence and the resolution clock use it. */
  timeZone: string;
  resolutionDays: number;
  choice: PastTargetChoice;
  /** The dates a step may move to (business days, when the cadence counts those); any date when absent. */
  isStepDate?: (date: string) => boolean;
  /**
   * Per step day, the earliest date it may move to: the plan as compressed on the day
   * of the claim (compressedAtClaim), from which the checklist counts its activity. A
   * step done early then never pulls the next one before a date that would tick it.
   */
  notBefore?: Readonly<Partial<Record<number, string>>>;
}

export interface PlannedStep {
  day: number;
  kind: CadenceStep["kind"];
  /** The cadence's own date. */
  date: string;
  /** The date under the profile's choice: earlier when compressed, else the cadence's. */
  plannedDate: string;
  moved: boolean;
  /** Still to do, and the cadence's date is after the target's last day. */
  afterTarget: boolean;
  /** The step's state on its planned date (done and preview stay as they are). */
  state: CadenceStepState;
}

export interface CadenceTargetFit {
  /** The last local date within the target. */
  targetDate: string;
  /** Days of the steps still to do that the cadence puts after the target. */
  afterTarget: number[];
  choice: PastTargetChoice;
  /** The case stays past its target: the choice keeps the dates, or no day is left to compress into. */
  flagged: boolean;
  steps: PlannedStep[];
}

const stateOn = (today: string, date: string): CadenceStepState => {
  const order = compareDates(parseLocalDate(today), parseLocalDate(date));
  return order < 0 ? "upcoming" : order === 0 ? "due" : "overdue";
};

/** The dates from `first` to `last`, both included, that pass `allowed`. */
function datesBetween(first: string, last: string, allowed: (date: string) => boolean): string[] {
  const start = parseLocalDate(first);
  const count = daysBetween(start, parseLocalDate(last));
  return Array.from({ length: Math.max(0, count + 1) }, (_, i) => formatLocalDate(addDays(start, i))).filter(allowed);
}

/**
 * Spreads the offsets (days from the first step) over `slots` positions: the last
 * step on the last slot, each step after the one before while there are slots enough.
 */
function spread(offsets: readonly number[], slots: number): number[] {
  const span = offsets[offsets.length - 1]! - offsets[0]!;
  const wanted = offsets.map((offset) => (offsets.length === 1 || span === 0 ? slots - 1 : Math.round(((offset - offsets[0]!) / span) * (slots - 1))));
  const distinct = slots >= offsets.length;
  for (let i = 1; i < wanted.length; i++) wanted[i] = Math.max(wanted[i]!, wanted[i - 1]! + (distinct ? 1 : 0));
  for (let i = wanted.length - 1; i >= 0; i--) {
    const ceiling = i === wanted.length - 1 ? slots - 1 : wanted[i + 1]! - (distinct ? 1 : 0);
    wanted[i] = Math.min(wanted[i]!, ceiling);
  }
  return wanted;
}

export function cadenceAgainstTarget({ steps, openedAt, now, timeZone, resolutionDays, choice, isStepDate = () => true, notBefore = {} }: CadenceTargetInput): CadenceTargetFit {
  const today = formatLocalDate(localDateOf(now, timeZone));
  const targetDate = formatLocalDate(localDateOf(resolutionDueAt(openedAt, timeZone, resolutionDays), timeZone));
  const ordered = [...steps].sort((a, b) => a.date.localeCompare(b.date));
  const todo = ordered.filter((step) => step.state !== "done");
  const isAfter = (step: (typeof ordered)[number]) => step.state !== "done" && step.date > targetDate;
  const afterTarget = todo.filter(isAfter).map((step) => step.day);

  const planned = new Map<number, string>();
  let flagged = afterTarget.length > 0 && choice === "keep-and-flag";
  if (afterTarget.length > 0 && choice === "compress") {
    const first = todo[0]!;
    // The days left start today (or at the first step still ahead, within the target).
    const start = first.date > today && first.date <= targetDate ? first.date : today;
    const slots = start <= targetDate ? datesBetween(start, targetDate, isStepDate) : [];
    if (slots.length === 0) flagged = true;
    else {
      const positions = spread(todo.map((step) => daysBetween(parseLocalDate(first.date), parseLocalDate(step.date))), slots.length);
      todo.forEach((step, i) => {
        // Compressing moves steps up, never later: a step due today stays today, an
        // overdue one keeps its date and stays overdue (min keeps the order: dates and slots both ascend).
        const slot = slots[positions[i]!]! < step.date ? slots[positions[i]!]! : step.date;
        const floor = notBefore[step.day];
        planned.set(step.day, floor && floor > slot && floor <= step.date ? floor : slot);
      });
    }
  }

  return {
    targetDate,
    afterTarget,
    choice,
    flagged,
    steps: ordered.map((step) => {
      const plannedDate = planned.get(step.day) ?? step.date;
      const state = step.state === "done" || step.state === "preview" ? step.state : stateOn(today, plannedDate);
      return { day: step.day, kind: step.kind, date: step.date, plannedDate, moved: plannedDate !== step.date, afterTarget: isAfter(step), state };
    }),
  };
}

/**
 * The plan as compressed on the day of the claim, nothing done yet: the earliest date
 * each step is ever planned on. Per step day, for the steps it moves up; empty when
 * the profile keeps the dates or nothing falls after the target.
 */
export function compressedAtClaim(input: Omit<CadenceTargetInput, "now" | "notBefore"> & { claimedAt: Date }): Partial<Record<number, string>> {
  if (input.choice !== "compress") return {};
  const fresh = input.steps.map((step) => ({ ...step, state: "upcoming" as const }));
  const fit = cadenceAgainstTarget({ ...input, steps: fresh, now: input.claimedAt });
  return Object.fromEntries(fit.steps.filter((step) => step.moved).map((step) => [step.day, step.plannedDate]));
}
