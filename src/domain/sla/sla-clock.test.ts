import { calendarFromPolicy } from "../business-hours";
import { DEFAULT_PROFILE } from "../org-profile";
import { slaClock, type SlaClock } from "./sla-clock";

const H = 3_600_000;
const calendar = calendarFromPolicy(DEFAULT_PROFILE.pools[0]!.fallbackHours); // New York, Mon-Fri 09:00-17:00
const at = (iso: string) => new Date(iso);
const policy = DEFAULT_PROFILE.policy.sla;

// Entered Friday 2026-11-20 15:00 EST: 2 h on Friday, due Monday 15:00 EST.
const FRIDAY_15 = "2026-11-20T20:00:00Z";
const DUE = "2026-11-23T20:00:00.000Z";

describe("slaClock", () => {
  it.each<[string, string, string | null, Partial<SlaClock>]>([
    ["just entered", "2026-11-20T20:00:00Z", null, { state: "on-track", remainingBusinessMs: 8 * H }],
    ["over the weekend nothing is spent", "2026-11-22T12:00:00Z", null, { state: "on-track", remainingBusinessMs: 6 * H }],
    ["Monday 12:00: 3 h left", "2026-11-23T17:00:00Z", null, { state: "on-track", remainingBusinessMs: 3 * H }],
    ["Monday 13:00: 2 h left is at risk", "2026-11-23T18:00:00Z", null, { state: "at-risk", remainingBusinessMs: 2 * H }],
    ["at the deadline: 0 left, at risk", "2026-11-23T20:00:00Z", null, { state: "at-risk", remainingBusinessMs: 0 }],
    ["Monday 16:30 with no response", "2026-11-23T21:30:00Z", null, { state: "breached", breachedByBusinessMs: 1.5 * H, respondedAt: null }],
    ["Monday 20:00 is breached by the 2 h to closing", "2026-11-24T01:00:00Z", null, { state: "breached", breachedByBusinessMs: 2 * H }],
    ["responded Monday 10:00", "2026-11-25T00:00:00Z", "2026-11-23T15:00:00Z", { state: "met", metAt: at("2026-11-23T15:00:00Z") }],
    ["responded exactly at the deadline", "2026-11-25T00:00:00Z", DUE, { state: "met" }],
    [
      "responded Tuesday 10:00, late",
      "2026-11-25T00:00:00Z",
      "2026-11-24T15:00:00Z",
      { state: "breached", breachedByBusinessMs: 3 * H, respondedAt: at("2026-11-24T15:00:00Z") },
    ],
  ])("%s", (_name, now, respondedAt, expected) => {
    const clock = slaClock({ enteredQueueAt: at(FRIDAY_15), respondedAt: respondedAt ? at(respondedAt) : null, now: at(now), calendar, policy });
    expect(clock).toMatchObject({ dueAt: at(DUE), ...expected });
  });

  it("a case entering on Saturday night is due at Monday's close", () => {
    const clock = slaClock({ enteredQueueAt: at("2026-11-22T03:00:00Z"), respondedAt: null, now: at("2026-11-22T04:00:00Z"), calendar, policy });
    expect(clock).toEqual({ state: "on-track", dueAt: at("2026-11-23T22:00:00Z"), remainingBusinessMs: 8 * H });
  });

  it("budget and at-risk threshold come from the profile's policy", () => {
    const clock = slaClock({
      enteredQueueAt: at("2026-11-23T14:00:00Z"),
      respondedAt: null,
      now: at("2026-11-23T16:00:00Z"),
      calendar,
      policy: { businessHours: 4, atRiskHours: 3 },
    });
    expect(clock).toEqual({ state: "at-risk", dueAt: at("2026-11-23T18:00:00Z"), remainingBusinessMs: 2 * H });
  });

  it("a now before the case entered the queue leaves the full budget", () => {
    const clock = slaClock({ enteredQueueAt: at("2026-11-23T15:00:00Z"), respondedAt: null, now: at("2026-11-23T14:00:00Z"), calendar, policy });
    expect(clock).toMatchObject({ state: "on-track", remainingBusinessMs: 8 * H });
  });
});
