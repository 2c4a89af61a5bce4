import { addDays, calendarFromPolicy, formatLocalDate, parseLocalDate, type BusinessCalendar } from "./business-hours";
import { cadencePlanOf, type CadencePlan } from "./cadence";
import { caseClocks, type CaseClocksInput } from "./case-clocks";
import { DEFAULT_PROFILE } from "./org-profile";

const NY = "America/New_York";
const HANDBOOK = cadencePlanOf(DEFAULT_PROFILE.policy.cadence);
const WEEKDAYS: BusinessCalendar = calendarFromPolicy(DEFAULT_PROFILE.pools[0]!.fallbackHours);
/** Noon in New York on a local date. */
const noon = (date: string) => new Date(`${date}T17:00:00Z`);
const plus = (date: string, days: number) => formatLocalDate(addDays(parseLocalDate(date), days));

type Activity = CaseClocksInput["activities"][number];

function clocks(input: Partial<CaseClocksInput> & Pick<CaseClocksInput, "claimedAt" | "now">) {
  return caseClocks({ openedAt: noon("2026-11-16"), closedAt: null, activities: [], timeZone: NY, plan: HANDBOOK, resolutionDays: 7, calendar: WEEKDAYS, whenPastTarget: "compress", ...input });
}

// Opened Monday Nov 16, resolve by Monday the 23rd. Claimed Wednesday the 18th: Day 5
// is Sunday the 22nd (due Monday the 23rd), Day 7 Tuesday the 24th, after the target.
const CLAIMED = noon("2026-11-18");

describe("the cadence against the 7-day target", () => {
  it("compressed (the profile's default), moves the steps up into the days left and names the one after the target", () => {
    const { cadence, target, nextStep } = clocks({ claimedAt: CLAIMED, now: CLAIMED });
    expect(cadence.map((step) => [step.day, step.cadenceDate, step.date, step.moved, step.afterTarget, step.state])).toEqual([
      [1, "2026-11-18", "2026-11-18", false, false, "due"],
      [3, "2026-11-20", "2026-11-19", true, false, "upcoming"],
      [5, "2026-11-23", "2026-11-20", true, false, "upcoming"],
      [7, "2026-11-24", "2026-11-23", true, true, "upcoming"],
    ]);
    expect(target).toEqual({ targetDate: "2026-11-23", afterTarget: [7], choice: "compress", flagged: false });
    expect(nextStep).toMatchObject({ day: 1, date: "2026-11-18" });
  });

  it("kept and flagged, leaves the dates as the cadence has them", () => {
    const { cadence, target } = clocks({ claimedAt: CLAIMED, now: CLAIMED, whenPastTarget: "keep-and-flag" });
    expect(cadence.map((step) => [step.day, step.date, step.moved, step.afterTarget])).toEqual([
      [1, "2026-11-18", false, false],
      [3, "2026-11-20", false, false],
      [5, "2026-11-23", false, false],
      [7, "2026-11-24", false, true],
    ]);
    expect(target).toMatchObject({ afterTarget: [7], flagged: true });
  });

  it("ticks a compressed step with the email sent on the date it was moved to, logged anywhere", () => {
    const activities: Activity[] = [
      { id: "e1", kind: "email", at: "2026-11-18T18:00:00Z" },
      { id: "c3", kind: "call", at: "2026-11-19T18:00:00Z" },
      { id: "e5", kind: "email", at: "2026-11-20T18:00:00Z" },
    ];
    const { cadence, nextStep } = clocks({ claimedAt: CLAIMED, now: noon("2026-11-20"), activities });
    expect(cadence.map((step) => [step.day, step.state, step.doneBy?.id])).toEqual([
      [1, "done", "e1"],
      [3, "done", "c3"],
      [5, "done", "e5"],
      [7, "upcoming", undefined],
    ]);
    expect(nextStep).toMatchObject({ day: 7, date: "2026-11-23" });
  });

  it("flags the case once no day is left before the target", () => {
    const { cadence, target } = clocks({ claimedAt: CLAIMED, now: noon("2026-11-24"), activities: [{ id: "e1", kind: "email", at: "2026-11-18T18:00:00Z" }] });
    expect(target).toMatchObject({ afterTarget: [7], flagged: true });
    expect(cadence.find((step) => step.day === 7)).toMatchObject({ date: "2026-11-24", moved: false, afterTarget: true, state: "due" });
  });

  it("leaves a cadence that fits the target as it is", () => {
    const { cadence, target } = clocks({ claimedAt: noon("2026-11-16"), now: noon("2026-11-16") });
    expect(cadence.every((step) => !step.moved && !step.afterTarget && step.date === step.cadenceDate)).toBe(true);
    expect(target).toMatchObject({ afterTarget: [], flagged: false });
  });
});

describe("an AE who does each step on the day the panel shows it", () => {
  const FIVE_STEPS: CadencePlan = { days: "business", steps: [1, 4, 6, 10, 14].map((day, i) => ({ day, kind: i % 2 ? "call" : "email" })) };

  /**
   * Walks day by day from the claim: each day the AE does the first step the panel
   * shows as due or overdue (logged at noon), and every step done must show done at
   * once and on every day after.
   */
  function walk(plan: CadencePlan, opened: string, claimed: string, resolutionDays: number): string[] {
    const problems: string[] = [];
    const activities: Activity[] = [];
    const doneBefore = new Set<number>();
    for (let day = 0; day < 25; day++) {
      const today = plus(claimed, day);
      const input = { plan, resolutionDays, openedAt: noon(opened), claimedAt: noon(claimed), now: noon(today), activities };
      const before = clocks(input).cadence;
      for (const step of before) if (doneBefore.has(step.day) && step.state !== "done") problems.push(`${today}: Day ${step.day} no longer done`);
      const due = before.find((step) => step.state === "due" || step.state === "overdue");
      if (due) {
        activities.push({ id: `${due.kind}-${today}`, kind: due.kind, at: noon(today).toISOString() });
        const after = clocks({ ...input, activities }).cadence.find((step) => step.day === due.day)!;
        if (after.state !== "done") problems.push(`${today}: Day ${due.day}, shown ${due.state} on ${due.date}, not done once logged`);
      }
      for (const step of clocks({ ...input, activities }).cadence) if (step.state === "done") doneBefore.add(step.day);
    }
    return problems;
  }

  it.each([
    ["the handbook's cadence", HANDBOOK, 7],
    ["a five-step cadence with a 10-day target", FIVE_STEPS, 10],
  ])("%s: each step is done that day and stays done, however late the claim", (_name, plan, days) => {
    const problems = [0, 1, 2, 3, 4, 5, 6].flatMap((lag) => [0, 1, 2, 3, 4, 5, 6].flatMap((weekday) => walk(plan, plus("2026-11-02", weekday), plus("2026-11-02", weekday + lag), days)));
    expect(problems).toEqual([]);
  });
});
