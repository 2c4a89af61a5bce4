import { resolutionClock, resolutionDueAt, type ResolutionClock } from "./resolution-clock";

const at = (iso: string) => new Date(iso);
const NY = "America/New_York";

// Opened Monday 2026-11-16 10:00 EST; due Monday 2026-11-23 10:00 EST (15:00Z).
const OPENED = at("2026-11-16T15:00:00Z");
const DUE = at("2026-11-23T15:00:00Z");

describe("resolutionClock", () => {
  it.each<[string, string, string | null, Omit<ResolutionClock, "dueAt">]>([
    ["just opened", "2026-11-16T15:00:00Z", null, { state: "on-track", daysLeft: 7, overdueByDays: null }],
    ["Sunday evening local, already Monday in UTC", "2026-11-23T03:00:00Z", null, { state: "on-track", daysLeft: 1, overdueByDays: null }],
    ["due day, early morning", "2026-11-23T06:00:00Z", null, { state: "due-today", daysLeft: 0, overdueByDays: null }],
    ["due day, at the due moment", "2026-11-23T15:00:00Z", null, { state: "due-today", daysLeft: 0, overdueByDays: null }],
    ["due day, afternoon: late already counts a day", "2026-11-23T20:00:00Z", null, { state: "overdue", daysLeft: null, overdueByDays: 1 }],
    ["the day after", "2026-11-24T14:00:00Z", null, { state: "overdue", daysLeft: null, overdueByDays: 1 }],
    ["three days after", "2026-11-26T23:00:00Z", null, { state: "overdue", daysLeft: null, overdueByDays: 3 }],
    ["closed in time (now does not matter)", "2026-12-30T00:00:00Z", "2026-11-20T15:00:00Z", { state: "resolved-in-time", daysLeft: null, overdueByDays: null }],
    ["closed at the due moment", "2026-12-30T00:00:00Z", "2026-11-23T15:00:00Z", { state: "resolved-in-time", daysLeft: null, overdueByDays: null }],
    ["closed two days late", "2026-12-30T00:00:00Z", "2026-11-25T16:00:00Z", { state: "resolved-late", daysLeft: null, overdueByDays: 2 }],
  ])("%s", (_name, now, closedAt, expected) => {
    expect(resolutionClock({ openedAt: OPENED, closedAt: closedAt ? at(closedAt) : null, now: at(now), timeZone: NY, days: 7 })).toEqual({
      dueAt: DUE,
      ...expected,
    });
  });

  it.each([
    ["keeps the local time across spring forward", "2026-03-05T15:00:00Z", NY, "2026-03-12T14:00:00.000Z"],
    ["keeps the local time across fall back", "2026-10-28T14:00:00Z", NY, "2026-11-04T15:00:00.000Z"],
    ["in the AE's zone, not UTC", "2026-11-16T23:30:00Z", "Europe/Dublin", "2026-11-23T23:30:00.000Z"],
    ["keeps seconds", "2026-11-16T15:00:42.000Z", NY, "2026-11-23T15:00:42.000Z"],
  ])("due date %s", (_name, opened, zone, due) => {
    expect(resolutionDueAt(at(opened), zone, 7).toISOString()).toBe(due);
  });

  it("'today' is the AE's local day", () => {
    // 2026-11-23 02:00Z is still Sunday the 22nd in New York but Monday in Dublin.
    const input = { openedAt: OPENED, closedAt: null, now: at("2026-11-23T02:00:00Z") };
    expect(resolutionClock({ ...input, timeZone: NY, days: 7 }).state).toBe("on-track");
    expect(resolutionClock({ ...input, timeZone: "Europe/Dublin", days: 7 }).state).toBe("due-today");
  });
});
