import type { CadenceStepState } from "../cadence";
import { cadenceAgainstTarget, compressedAtClaim, type CadenceTargetInput } from "./cadence-target";
import { stepTimeline } from "./step-timeline";

const NY = "America/New_York";
// Opened Monday 2026-11-16 at 10:00 New York: resolve by Monday the 23rd.
const OPENED = new Date("2026-11-16T15:00:00Z");
// Claimed on Wednesday the 18th (the case's third day): Day 7 falls on the 24th, after the target.
const DATES = { 1: "2026-11-18", 3: "2026-11-20", 5: "2026-11-22", 7: "2026-11-24" } as const;
const KIND = { 1: "email", 3: "call", 5: "email", 7: "email" } as const;

type Step = CadenceTargetInput["steps"][number];

function steps(...states: CadenceStepState[]): Step[] {
  return ([1, 3, 5, 7] as const).map((day, i) => ({ day, kind: KIND[day], date: DATES[day], state: states[i]! }));
}

const onDates = (dates: string[], list: Step[]) => list.map((step, i) => ({ ...step, date: dates[i]! }));

const fit = (input: Partial<CadenceTargetInput> & Pick<CadenceTargetInput, "steps" | "now">) =>
  cadenceAgainstTarget({ openedAt: OPENED, timeZone: NY, resolutionDays: 7, choice: "compress", ...input });

const planned = (result: ReturnType<typeof cadenceAgainstTarget>) => result.steps.map((step) => step.plannedDate);
const weekday = (date: string) => ![0, 6].includes(new Date(`${date}T12:00:00Z`).getUTCDay());

describe("the cadence against the resolution target", () => {
  const claimDay = new Date("2026-11-18T15:00:00Z");

  it("names the steps after the target and, kept, flags the case", () => {
    const result = fit({ steps: steps("due", "upcoming", "upcoming", "upcoming"), now: claimDay, choice: "keep-and-flag" });
    expect(result).toMatchObject({ targetDate: "2026-11-23", afterTarget: [7], choice: "keep-and-flag", flagged: true });
    expect(planned(result)).toEqual(Object.values(DATES));
    expect(result.steps.map((step) => step.afterTarget)).toEqual([false, false, false, true]);
  });

  it("compressed, spreads the steps still to do over the days left, in order, the last on the target's last day", () => {
    const result = fit({ steps: steps("due", "upcoming", "upcoming", "upcoming"), now: claimDay });
    expect(result.flagged).toBe(false);
    expect(planned(result)).toEqual(["2026-11-18", "2026-11-20", "2026-11-21", "2026-11-23"]);
    expect(result.steps.map((step) => step.moved)).toEqual([false, false, true, true]);
    expect(result.steps.map((step) => step.state)).toEqual(["due", "upcoming", "upcoming", "upcoming"]);
  });

  it("moves steps only onto the dates the cadence allows (business days)", () => {
    const result = fit({ steps: steps("due", "upcoming", "upcoming", "upcoming"), now: claimDay, isStepDate: weekday });
    expect(planned(result)).toEqual(["2026-11-18", "2026-11-19", "2026-11-20", "2026-11-23"]);
  });

  it("leaves done steps alone and pulls a lone late step to the last day", () => {
    const result = fit({ steps: steps("done", "done", "done", "upcoming"), now: new Date("2026-11-22T15:00:00Z") });
    expect(planned(result)).toEqual(["2026-11-18", "2026-11-20", "2026-11-22", "2026-11-23"]);
    expect(result.steps.map((step) => step.state)).toEqual(["done", "done", "done", "upcoming"]);
  });

  it("never puts two steps on one day while there are days enough", () => {
    // A cadence of Day 1, Day 2 and Day 7, claimed on the 21st: by spacing alone Day 1 and Day 2 would share the first day left.
    const close: Step[] = [
      { day: 1, kind: "email", date: "2026-11-21", state: "due" },
      { day: 2, kind: "call", date: "2026-11-22", state: "upcoming" },
      { day: 7, kind: "email", date: "2026-11-27", state: "upcoming" },
    ];
    expect(planned(fit({ steps: close, now: new Date("2026-11-21T15:00:00Z") }))).toEqual(["2026-11-21", "2026-11-22", "2026-11-23"]);
    // Day 6 and Day 7 would both want the last day.
    const late = [close[0]!, { ...close[1]!, day: 6, date: "2026-11-23" }, close[2]!];
    expect(planned(fit({ steps: late, now: new Date("2026-11-21T15:00:00Z") }))).toEqual(["2026-11-21", "2026-11-22", "2026-11-23"]);
  });

  it("never moves a step later than its own date: an overdue step stays overdue, one due today stays today", () => {
    const result = fit({ steps: steps("done", "overdue", "due", "upcoming"), now: new Date("2026-11-22T15:00:00Z") });
    expect(planned(result)).toEqual(["2026-11-18", "2026-11-20", "2026-11-22", "2026-11-23"]);
    expect(result.steps.map((step) => step.state)).toEqual(["done", "overdue", "due", "upcoming"]);
    expect(result.steps.map((step) => step.moved)).toEqual([false, false, false, true]);
  });

  it("puts steps on one day when fewer days are left than steps", () => {
    // Day 1, Day 6 and Day 7 claimed on the 18th: on the 23rd, the target's last day, Day 6 and Day 7 are both due.
    const crowded: Step[] = [
      { day: 1, kind: "email", date: "2026-11-18", state: "done" },
      { day: 6, kind: "call", date: "2026-11-23", state: "due" },
      { day: 7, kind: "email", date: "2026-11-24", state: "upcoming" },
    ];
    const result = fit({ steps: crowded, now: new Date("2026-11-23T15:00:00Z") });
    expect(planned(result)).toEqual(["2026-11-18", "2026-11-23", "2026-11-23"]);
    expect(result.steps.map((step) => step.state)).toEqual(["done", "due", "due"]);
  });

  it("flags the case when no day is left to compress into", () => {
    const result = fit({ steps: steps("done", "overdue", "overdue", "due"), now: new Date("2026-11-24T15:00:00Z") });
    expect(result).toMatchObject({ afterTarget: [7], flagged: true });
    expect(planned(result)).toEqual(Object.values(DATES));
  });

  it("changes nothing when every step fits", () => {
    // Claimed the day it opened: Day 7 is the 22nd.
    const early = onDates(["2026-11-16", "2026-11-18", "2026-11-20", "2026-11-22"], steps("due", "upcoming", "upcoming", "upcoming"));
    const result = fit({ steps: early, now: new Date("2026-11-16T16:00:00Z") });
    expect(result).toMatchObject({ afterTarget: [], flagged: false });
    expect(result.steps.every((step) => !step.moved)).toBe(true);
  });

  it("previews an unclaimed case's plan inside the target", () => {
    const result = fit({ steps: steps("preview", "preview", "preview", "preview"), now: claimDay });
    expect(result.afterTarget).toEqual([7]);
    expect(result.steps.map((step) => step.state)).toEqual(["preview", "preview", "preview", "preview"]);
    expect(planned(result).at(-1)).toBe("2026-11-23");
  });
});

describe("compressed from the plan of the claim day", () => {
  const claimDay = new Date("2026-11-18T15:00:00Z");
  const atClaim = () => compressedAtClaim({ steps: steps("due", "upcoming", "upcoming", "upcoming"), openedAt: OPENED, timeZone: NY, resolutionDays: 7, choice: "compress", claimedAt: claimDay });

  it("names the earliest date of each step it moves up", () => {
    expect(atClaim()).toEqual({ 5: "2026-11-21", 7: "2026-11-23" });
    expect(compressedAtClaim({ steps: steps("due", "upcoming", "upcoming", "upcoming"), openedAt: OPENED, timeZone: NY, resolutionDays: 7, choice: "keep-and-flag", claimedAt: claimDay })).toEqual({});
  });

  it("never plans a step before the date given, nor after its own", () => {
    const now = claimDay;
    expect(planned(fit({ steps: steps("due", "upcoming", "upcoming", "upcoming"), now }))).toEqual(["2026-11-18", "2026-11-20", "2026-11-21", "2026-11-23"]);
    const floored = fit({ steps: steps("due", "upcoming", "upcoming", "upcoming"), now, notBefore: { 5: "2026-11-22", 7: "2026-11-25" } });
    // Day 5 waits for the 22nd; a floor after Day 7's own date (the 24th) is no floor.
    expect(planned(floored)).toEqual(["2026-11-18", "2026-11-20", "2026-11-22", "2026-11-23"]);
  });
});

describe("a step's timeline", () => {
  const activities = [
    { id: "00T000000000001AAA", kind: "email" as const, subject: "Your question", at: "2026-11-18T16:00:00.000Z", by: "Avery Chen" },
    { id: "00T000000000002AAA", kind: "call" as const, subject: "Call: No answer", at: "2026-11-20T16:00:00.000Z", by: "Avery Chen", outcome: "No answer" },
  ];

  it("is the activity that ticked the step, with who, when, subject and outcome", () => {
    const doneBy = { id: "00T000000000002AAA", kind: "call" as const, at: new Date("2026-11-20T16:00:00.000Z") };
    expect(stepTimeline({ doneBy }, activities)).toEqual({ activityId: doneBy.id, kind: "call", at: doneBy.at, by: "Avery Chen", subject: "Call: No answer", outcome: "No answer" });
  });

  it("is empty for a step nothing ticked, and says what it can of an activity it does not have", () => {
    expect(stepTimeline({}, activities)).toBeNull();
    const doneBy = { id: "00T000000000009AAA", kind: "email" as const, at: new Date("2026-11-19T16:00:00.000Z") };
    expect(stepTimeline({ doneBy }, activities)).toEqual({ activityId: doneBy.id, kind: "email", at: doneBy.at, by: null, subject: null, outcome: null });
  });
});
