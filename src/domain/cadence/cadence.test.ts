import { calendarFromPolicy, type BusinessCalendar } from "../business-hours";
import { DEFAULT_PROFILE } from "../org-profile";
import { cadenceChecklist, cadencePlanOf, nextCadenceStep, type CadenceActivity, type CadenceStepState } from "./cadence";

const HANDBOOK = cadencePlanOf(DEFAULT_PROFILE.policy.cadence);
const CALENDAR_DAYS = { ...HANDBOOK, days: "calendar" as const };
const NINE_TO_FIVE: BusinessCalendar = calendarFromPolicy(DEFAULT_PROFILE.pools[0]!.fallbackHours);
const calendarDays = { plan: CALENDAR_DAYS, calendar: NINE_TO_FIVE };

const at = (iso: string) => new Date(iso);
const NY = "America/New_York";
// Claimed Monday 2026-11-23 at 21:00 New York time (already the 24th in UTC): Day 1 is the 23rd.
const CLAIMED = at("2026-11-24T02:00:00Z");
const email = (id: string, iso: string): CadenceActivity => ({ id, kind: "email", at: at(iso) });
const call = (id: string, iso: string): CadenceActivity => ({ id, kind: "call", at: at(iso) });

type Row = [string, string, CadenceActivity[], CadenceStepState[], (string | undefined)[]];

describe("cadenceChecklist once claimed", () => {
  it.each<Row>([
    ["claim day, nothing logged", "2026-11-24T03:00:00Z", [], ["due", "upcoming", "upcoming", "upcoming"], []],
    ["Day 1 email sent", "2026-11-24T03:00:00Z", [email("e1", "2026-11-24T03:30:00Z")], ["done", "upcoming", "upcoming", "upcoming"], ["e1"]],
    ["Day 4, call missed", "2026-11-26T15:00:00Z", [email("e1", "2026-11-23T22:00:00Z")], ["done", "overdue", "upcoming", "upcoming"], ["e1"]],
    [
      "an early Day 1 email does not also tick Day 5",
      "2026-11-28T15:00:00Z",
      [email("e1", "2026-11-23T22:00:00Z"), email("e2", "2026-11-23T23:00:00Z")],
      ["done", "overdue", "overdue", "upcoming"],
      ["e1"],
    ],
    [
      "a late Day 1 email ticks Day 1, not Day 5",
      "2026-11-27T15:00:00Z",
      [email("late", "2026-11-27T14:00:00Z")],
      ["done", "overdue", "due", "upcoming"],
      ["late"],
    ],
    ["a call before Day 3 does not count", "2026-11-25T15:00:00Z", [call("c0", "2026-11-24T15:00:00Z")], ["overdue", "due", "upcoming", "upcoming"], []],
    ["a late call still ticks Day 3", "2026-11-26T15:00:00Z", [call("c1", "2026-11-26T14:00:00Z")], ["overdue", "done", "upcoming", "upcoming"], [undefined, "c1"]],
    [
      "Day 5 is the AE's local day (22:00 New York is the next UTC day)",
      "2026-11-28T04:00:00Z",
      [email("e1", "2026-11-23T22:00:00Z"), email("e5", "2026-11-28T03:00:00Z")],
      ["done", "overdue", "done", "upcoming"],
      ["e1", undefined, "e5"],
    ],
    [
      "all done, given in any order; 'other' activities never tick",
      "2026-11-30T15:00:00Z",
      [
        email("e7", "2026-11-29T15:00:00Z"),
        { id: "o1", kind: "other", at: at("2026-11-29T16:00:00Z") },
        call("c3", "2026-11-25T15:00:00Z"),
        email("e1", "2026-11-23T22:00:00Z"),
        email("e5", "2026-11-27T15:00:00Z"),
      ],
      ["done", "done", "done", "done"],
      ["e1", "c3", "e5", "e7"],
    ],
    ["an email the day before the claim does not count", "2026-11-24T03:00:00Z", [email("before", "2026-11-22T15:00:00Z")], ["due", "upcoming", "upcoming", "upcoming"], []],
    ["earlier on the claim day counts", "2026-11-24T03:00:00Z", [email("morning", "2026-11-23T14:00:00Z")], ["done", "upcoming", "upcoming", "upcoming"], ["morning"]],
  ])("%s", (_name, now, activities, states, doneBy) => {
    const steps = cadenceChecklist({ claimedAt: CLAIMED, activities, now: at(now), timeZone: NY, ...calendarDays });
    expect(steps.map((s) => [s.day, s.kind, s.date])).toEqual([
      [1, "email", "2026-11-23"],
      [3, "call", "2026-11-25"],
      [5, "email", "2026-11-27"],
      [7, "email", "2026-11-29"],
    ]);
    expect(steps.map((s) => s.state)).toEqual(states);
    expect(steps.map((s) => s.doneBy?.id)).toEqual([0, 1, 2, 3].map((i) => doneBy[i]));
  });
});

describe("cadenceChecklist before the claim", () => {
  it("previews the plan as if claimed today and ticks nothing", () => {
    const steps = cadenceChecklist({ claimedAt: null, activities: [email("e1", "2026-11-30T15:00:00Z")], now: at("2026-11-30T15:00:00Z"), timeZone: NY, ...calendarDays });
    expect(steps).toEqual([
      { day: 1, kind: "email", date: "2026-11-30", nominalDate: "2026-11-30", movedBecause: null, state: "preview" },
      { day: 3, kind: "call", date: "2026-12-02", nominalDate: "2026-12-02", movedBecause: null, state: "preview" },
      { day: 5, kind: "email", date: "2026-12-04", nominalDate: "2026-12-04", movedBecause: null, state: "preview" },
      { day: 7, kind: "email", date: "2026-12-06", nominalDate: "2026-12-06", movedBecause: null, state: "preview" },
    ]);
    expect(nextCadenceStep(steps)?.day).toBe(1);
  });
});

describe("nextCadenceStep", () => {
  it.each([
    [[], 1],
    [[email("e1", "2026-11-23T22:00:00Z")], 3],
    [[email("e1", "2026-11-23T22:00:00Z"), call("c3", "2026-11-25T15:00:00Z")], 5],
    [[email("e1", "2026-11-23T22:00:00Z"), call("c3", "2026-11-25T15:00:00Z"), email("e5", "2026-11-27T15:00:00Z"), email("e7", "2026-11-29T15:00:00Z")], null],
  ])("after %j the next step is day %s", (activities, day) => {
    const steps = cadenceChecklist({ claimedAt: CLAIMED, activities, now: at("2026-11-30T15:00:00Z"), timeZone: NY, ...calendarDays });
    expect(nextCadenceStep(steps)?.day ?? null).toBe(day);
  });

  it("a skipped step stays next even when a later one is done", () => {
    const steps = cadenceChecklist({ claimedAt: CLAIMED, activities: [call("c3", "2026-11-25T15:00:00Z")], now: at("2026-11-26T15:00:00Z"), timeZone: NY, ...calendarDays });
    expect(nextCadenceStep(steps)).toMatchObject({ day: 1, state: "overdue" });
  });
});

describe("cadence on business days (the profile's default)", () => {
  const thanksgiving: BusinessCalendar = { ...NINE_TO_FIVE, holidays: [{ date: "2026-11-26", allDay: true, name: "Thanksgiving" }] };
  const business = (claimedAt: string, now: string, calendar = NINE_TO_FIVE, activities: CadenceActivity[] = []) =>
    cadenceChecklist({ claimedAt: at(claimedAt), activities, now: at(now), timeZone: NY, plan: HANDBOOK, calendar });

  it("moves a step that falls on a weekend to the next business day, and says why", () => {
    // Claimed Friday Dec 4: Day 3 is Sunday Dec 6, due Monday Dec 7.
    const steps = business("2026-12-04T15:00:00Z", "2026-12-04T16:00:00Z");
    expect(steps.map((step) => [step.day, step.nominalDate, step.date])).toEqual([
      [1, "2026-12-04", "2026-12-04"],
      [3, "2026-12-06", "2026-12-07"],
      [5, "2026-12-08", "2026-12-08"],
      [7, "2026-12-10", "2026-12-10"],
    ]);
    expect(steps[1]!.movedBecause).toEqual({ reason: "weekday", weekday: "sunday" });
    expect(steps[0]!.movedBecause).toBeNull();
  });

  it("moves a step off an org holiday, naming it", () => {
    // Claimed Tuesday Nov 24: Day 3 is Thanksgiving, due Friday Nov 27.
    const steps = business("2026-11-24T15:00:00Z", "2026-11-26T15:00:00Z", thanksgiving);
    expect(steps[1]).toMatchObject({ nominalDate: "2026-11-26", date: "2026-11-27", movedBecause: { reason: "holiday", name: "Thanksgiving" }, state: "upcoming" });
  });

  it("is due, not overdue, on the business day it moved to", () => {
    const steps = business("2026-12-04T15:00:00Z", "2026-12-07T15:00:00Z", NINE_TO_FIVE, [email("e1", "2026-12-04T16:00:00Z")]);
    expect(steps.map((step) => step.state)).toEqual(["done", "due", "upcoming", "upcoming"]);
  });

  it("counts a call made on the weekend day itself", () => {
    const steps = business("2026-12-04T15:00:00Z", "2026-12-07T15:00:00Z", NINE_TO_FIVE, [email("e1", "2026-12-04T16:00:00Z"), call("c3", "2026-12-06T16:00:00Z")]);
    expect(steps[1]).toMatchObject({ state: "done", doneBy: { id: "c3" } });
  });

  it("keeps plain calendar days when the profile says so", () => {
    const steps = cadenceChecklist({ claimedAt: at("2026-12-04T15:00:00Z"), activities: [], now: at("2026-12-04T16:00:00Z"), timeZone: NY, ...calendarDays });
    expect(steps[1]).toMatchObject({ date: "2026-12-06", movedBecause: null });
  });
});

describe("cadence steps moved up (countFrom)", () => {
  // Claimed Monday Nov 23 (calendar days): Day 5 is the 27th, Day 7 the 29th.
  const moved = (activities: CadenceActivity[], now: string, countFrom: Record<number, string>) =>
    cadenceChecklist({ claimedAt: CLAIMED, activities, now: at(now), timeZone: NY, ...calendarDays, countFrom });
  const dayOne = email("e1", "2026-11-23T22:00:00Z");

  it("ticks a step with an activity on the earlier date it was moved up to", () => {
    const steps = moved([dayOne, email("e5", "2026-11-26T15:00:00Z")], "2026-11-26T16:00:00Z", { 5: "2026-11-26" });
    expect(steps[2]).toMatchObject({ day: 5, state: "done", doneBy: { id: "e5" } });
  });

  it("still ignores an activity before that date, and leaves the step's own date as it is", () => {
    const steps = moved([dayOne, email("e5", "2026-11-25T15:00:00Z")], "2026-11-26T16:00:00Z", { 5: "2026-11-26" });
    expect(steps[2]).toMatchObject({ day: 5, date: "2026-11-27", state: "upcoming" });
    expect(steps[2]!.doneBy).toBeUndefined();
  });

  it("never counts from later than the step's own day", () => {
    const steps = moved([dayOne, email("e5", "2026-11-27T15:00:00Z")], "2026-11-27T16:00:00Z", { 5: "2026-11-28" });
    expect(steps[2]).toMatchObject({ state: "done", doneBy: { id: "e5" } });
  });
});
