import { calendarFromPolicy, parseLocalDate } from "../business-hours";
import { cadencePlanOf } from "../cadence";
import { DEFAULT_PROFILE } from "../org-profile";
import { ageBandOfDay, ageBandRange } from "./age-bands";
import { slaWatch, teamLoad, waitingMatrix } from "./figures-now";
import { countsBy, medianBusinessResponse, perDay, resolutionOutcomes, slaOutcomes, triggerCounts, UNCLASSIFIED } from "./figures-period";
import { teamPeriod } from "./period";

const H = 3_600_000;
const NY = "America/New_York";
const calendar = calendarFromPolicy(DEFAULT_PROFILE.pools[0]!.fallbackHours); // New York, Mon-Fri 09:00-17:00
const policy = DEFAULT_PROFILE.policy.sla; // 8 h, at risk with 2 h left
// Wednesday 2026-11-18, 12:00 New York.
const NOW = new Date("2026-11-18T17:00:00.000Z");

describe("team periods", () => {
  it("starts this week on Monday, this month on the 1st, the last 30 days 29 days back, all at local midnight", () => {
    expect(teamPeriod("this-week", NOW, NY)).toMatchObject({ start: new Date("2026-11-16T05:00:00.000Z"), end: NOW, days: ["2026-11-16", "2026-11-17", "2026-11-18"] });
    const month = teamPeriod("this-month", NOW, NY);
    expect(month.start).toEqual(new Date("2026-11-01T04:00:00.000Z")); // still daylight time on the 1st
    expect(month.days).toHaveLength(18);
    const thirty = teamPeriod("last-30-days", NOW, NY);
    expect(thirty.days).toHaveLength(30);
    expect(thirty.days[0]).toBe("2026-10-20");
    expect(thirty.start).toEqual(new Date("2026-10-20T04:00:00.000Z"));
  });

  it("on a Sunday, this week began six days before", () => {
    const sunday = new Date("2026-11-22T15:00:00Z");
    expect(teamPeriod("this-week", sunday, NY).days).toEqual(["2026-11-16", "2026-11-17", "2026-11-18", "2026-11-19", "2026-11-20", "2026-11-21", "2026-11-22"]);
  });
});

describe("age bands", () => {
  const today = parseLocalDate("2026-11-18");
  it.each([
    ["2026-11-18", "today"],
    ["2026-11-19", "today"],
    ["2026-11-17", "1-2d"],
    ["2026-11-16", "1-2d"],
    ["2026-11-15", "3-6d"],
    ["2026-11-12", "3-6d"],
    ["2026-11-11", "7d+"],
    ["2025-01-01", "7d+"],
  ])("a case opened on %s is in band %s", (day, band) => expect(ageBandOfDay(day, today)).toBe(band));

  it("gives each band the CreatedDate range of its local days", () => {
    expect(ageBandRange("today", NOW, NY)).toEqual({ from: new Date("2026-11-18T05:00:00Z"), to: null });
    expect(ageBandRange("1-2d", NOW, NY)).toEqual({ from: new Date("2026-11-16T05:00:00Z"), to: new Date("2026-11-18T05:00:00Z") });
    expect(ageBandRange("3-6d", NOW, NY)).toEqual({ from: new Date("2026-11-12T05:00:00Z"), to: new Date("2026-11-16T05:00:00Z") });
    expect(ageBandRange("7d+", NOW, NY)).toEqual({ from: null, to: new Date("2026-11-12T05:00:00Z") });
  });
});

describe("waiting cases by age band and priority", () => {
  it("sums the aggregate's groups into bands, High first, no priority last", () => {
    const matrix = waitingMatrix(
      [
        { priority: null, openedOn: "2026-11-18", cases: 1 },
        { priority: "Medium", openedOn: "2026-11-18", cases: 2 },
        { priority: "High", openedOn: "2026-11-17", cases: 3 },
        { priority: "High", openedOn: "2026-11-16", cases: 1 },
        { priority: "Low", openedOn: "2026-11-01", cases: 4 },
      ],
      parseLocalDate("2026-11-18"),
      "High",
    );
    expect(matrix.total).toBe(11);
    expect(matrix.priorities).toEqual([
      { value: "High", isHigh: true },
      { value: "Medium", isHigh: false },
      { value: "Low", isHigh: false },
      { value: null, isHigh: false },
    ]);
    expect(matrix.bands.map((band) => [band.key, band.total, band.cells.map((cell) => cell.cases)])).toEqual([
      ["today", 3, [0, 2, 0, 1]],
      ["1-2d", 4, [4, 0, 0, 0]],
      ["3-6d", 0, [0, 0, 0, 0]],
      ["7d+", 4, [0, 0, 4, 0]],
    ]);
  });
});

describe("SLA of the waiting cases", () => {
  it("lists at-risk cases soonest due first and breached ones longest overdue first, answered ones by their answer", () => {
    const cases = [
      { id: "on-track", createdDate: "2026-11-18T16:00:00Z", firstResponded: null }, // 11:00 today: 1 h used
      { id: "at-risk-later", createdDate: "2026-11-17T18:30:00Z", firstResponded: null }, // Tue 13:30: 3.5 h + 3 h today used
      { id: "at-risk-sooner", createdDate: "2026-11-17T17:30:00Z", firstResponded: null }, // Tue 12:30: 7.5 h used
      { id: "breached", createdDate: "2026-11-16T15:00:00Z", firstResponded: null }, // Mon 10:00
      { id: "answered-late", createdDate: "2026-11-13T15:00:00Z", firstResponded: "2026-11-17T15:00:00Z" },
      { id: "answered-in-time", createdDate: "2026-11-17T15:00:00Z", firstResponded: "2026-11-17T16:00:00Z" },
    ];
    const watch = slaWatch(cases, { calendar, policy }, NOW);
    expect(watch.atRisk.map((c) => c.id)).toEqual(["at-risk-sooner", "at-risk-later"]);
    expect(watch.breached.map((c) => c.id)).toEqual(["answered-late", "breached"]);
  });
});

describe("each AE's load", () => {
  it("counts open cases per member and the overdue cadence steps of each", () => {
    const plan = cadencePlanOf(DEFAULT_PROFILE.policy.cadence); // Day 1 email, Day 3 call, Day 5 email, Day 7 email, business days
    const cases = [
      // Claimed Monday 16th: Day 1 done; Day 3 call due Wednesday 18th (today): not overdue.
      { id: "a1", ownerId: "005000000000001AAA", claimedAt: "2026-11-16T15:00:00Z", activities: [{ kind: "email" as const, at: "2026-11-16T16:00:00Z" }] },
      // Claimed Thursday 12th: Day 3 was Mon 16th (the weekend moves nothing: Day 3 is Sat 14th -> Mon 16th), Day 5 Mon 16th -> overdue both.
      { id: "a2", ownerId: "005000000000001AAA", claimedAt: "2026-11-12T15:00:00Z", activities: [{ kind: "email" as const, at: "2026-11-12T16:00:00Z" }] },
      { id: "b1", ownerId: "005000000000002AAA", claimedAt: null, activities: [] },
    ];
    const load = teamLoad(["005000000000001", "005000000000002AAA", "005000000000003AAA"], cases, { plan, calendar, timeZone: NY, now: NOW });
    expect(load.map((member) => [member.memberId, member.openCases.map((c) => c.id)])).toEqual([
      ["005000000000001", ["a1", "a2"]],
      ["005000000000002AAA", ["b1"]],
      ["005000000000003AAA", []],
    ]);
    expect(load[0]!.overdueSteps.map((step) => [step.case.id, step.day, step.kind, step.date])).toEqual([
      ["a2", 3, "call", "2026-11-16"],
      ["a2", 5, "email", "2026-11-16"],
    ]);
    expect(load[1]!.overdueSteps).toEqual([]);
  });
});

describe("period figures", () => {
  it("SLA met, missed and still running by the panel's clock", () => {
    const cases = [
      { id: "met", createdDate: "2026-11-16T15:00:00Z", firstResponded: "2026-11-16T20:00:00Z" },
      { id: "met-at-deadline", createdDate: "2026-11-16T15:00:00Z", firstResponded: "2026-11-17T15:00:00Z" }, // Mon 10:00 + 8 h = Tue 10:00
      { id: "missed-late", createdDate: "2026-11-16T15:00:00Z", firstResponded: "2026-11-17T15:01:00Z" },
      { id: "missed-waiting", createdDate: "2026-11-16T15:00:00Z", firstResponded: null },
      { id: "running", createdDate: "2026-11-18T15:00:00Z", firstResponded: null },
    ];
    const outcome = slaOutcomes(cases, { calendar, policy }, NOW);
    expect(outcome.met.map((c) => c.id)).toEqual(["met", "met-at-deadline"]);
    expect(outcome.missed.map((c) => c.id)).toEqual(["missed-late", "missed-waiting"]);
    expect(outcome.running.map((c) => c.id)).toEqual(["running"]);
  });

  it("takes the median of business time to the first response (even count: the mean of the middle two)", () => {
    const cases = [
      { createdDate: "2026-11-13T21:00:00Z", firstResponded: "2026-11-16T15:00:00Z" }, // Fri 16:00 -> Mon 10:00: 2 h
      { createdDate: "2026-11-16T15:00:00Z", firstResponded: "2026-11-16T15:30:00Z" }, // 0.5 h
      { createdDate: "2026-11-16T15:00:00Z", firstResponded: "2026-11-16T20:00:00Z" }, // 5 h
      { createdDate: "2026-11-16T15:00:00Z", firstResponded: "2026-11-17T15:00:00Z" }, // 8 h
      { createdDate: "2026-11-16T15:00:00Z", firstResponded: null },
    ];
    expect(medianBusinessResponse(cases, calendar)).toEqual({ medianMs: 3.5 * H, answered: 4 });
    expect(medianBusinessResponse(cases.slice(1), calendar)).toEqual({ medianMs: 5 * H, answered: 3 });
    expect(medianBusinessResponse([], calendar)).toEqual({ medianMs: null, answered: 0 });
  });

  it("resolved within 7 calendar days: the same local time a week later is still in time", () => {
    const { inTime, late } = resolutionOutcomes(
      [
        { id: "in", createdDate: "2026-10-31T14:00:00Z", closedDate: "2026-11-07T15:00:00Z" }, // 10:00 EDT -> 10:00 EST the 7th: exactly due
        { id: "late", createdDate: "2026-10-31T14:00:00Z", closedDate: "2026-11-07T15:00:01Z" },
        { id: "not-168-hours", createdDate: "2026-10-31T14:00:00Z", closedDate: "2026-11-07T14:30:00Z" },
      ],
      NY,
      7,
    );
    expect(inTime.map((c) => c.id)).toEqual(["in", "not-168-hours"]);
    expect(late.map((c) => c.id)).toEqual(["late"]);
  });

  it("counts cases per trigger by the trigger rules, unclassified last", () => {
    const counts = triggerCounts(
      [
        { subject: "Contact Us Form Response - Bluebird Bakery Co", origin: "Web Form", cases: 2 },
        { subject: "Contact Us Form Response - Nightjar Analytics", origin: "Web Form", cases: 1 },
        { subject: "Question about my invoice", origin: "Email", cases: 4 },
        { subject: "PQL Hand Raise - SAML SSO setup", origin: "In-Product", cases: 1 },
      ],
      DEFAULT_PROFILE.policy.triggers,
    );
    expect(counts.map((c) => [c.trigger, c.cases])).toEqual([
      ["contact-us-form", 3],
      ["pql-hand-raise", 1],
      [UNCLASSIFIED, 4],
    ]);
  });

  it("sums groups by key with the empty key last, and fills every day of the period", () => {
    expect(countsBy([{ key: "B", cases: 1 }, { key: null, cases: 5 }, { key: "A", cases: 2 }, { key: "B", cases: 2 }])).toEqual([
      { key: "B", cases: 3 },
      { key: "A", cases: 2 },
      { key: null, cases: 5 },
    ]);
    expect(perDay(["2026-11-16", "2026-11-17"], [{ day: "2026-11-17", cases: 2 }], [{ day: "2026-11-16", cases: 1 }, { day: "2026-11-16", cases: 1 }])).toEqual([
      { day: "2026-11-16", opened: 0, closed: 2 },
      { day: "2026-11-17", opened: 2, closed: 0 },
    ]);
  });
});
