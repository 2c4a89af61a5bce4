import { addBusinessTime, businessTimeBetween, isOpenAt, type BusinessCalendar, type OpeningHours } from "./calendar";
import { DEFAULT_PROFILE } from "../org-profile";
import { calendarFromPolicy } from "./pool-calendar";

const H = 3_600_000;
const NY = calendarFromPolicy(DEFAULT_PROFILE.pools[0]!.fallbackHours);
const at = (iso: string) => new Date(iso);

const withHolidays = (holidays: BusinessCalendar["holidays"]): BusinessCalendar => ({ ...NY, holidays });
const THANKSGIVING = withHolidays([
  { date: "2026-11-26", name: "Thanksgiving", allDay: true },
  { date: "2026-11-27", name: "Half day", allDay: false, startMinute: 12 * 60, endMinute: 17 * 60 },
]);
const ALL_DAY: OpeningHours = { startMinute: 0, endMinute: 1440 };
const ALWAYS_OPEN_NY: BusinessCalendar = {
  timeZone: "America/New_York",
  weekly: { sunday: ALL_DAY, monday: ALL_DAY, tuesday: ALL_DAY, wednesday: ALL_DAY, thursday: ALL_DAY, friday: ALL_DAY, saturday: ALL_DAY },
  holidays: [],
};
const DUBLIN = calendarFromPolicy(DEFAULT_PROFILE.pools[1]!.fallbackHours);

describe("addBusinessTime", () => {
  it.each<[string, BusinessCalendar, string, number, string]>([
    ["Monday 09:00 + 8 h ends at Monday's close", NY, "2026-11-23T14:00:00Z", 8 * H, "2026-11-23T22:00:00.000Z"],
    ["Monday 10:00 + 8 h rolls to Tuesday 10:00", NY, "2026-11-23T15:00:00Z", 8 * H, "2026-11-24T15:00:00.000Z"],
    ["Friday 15:00 + 8 h skips the weekend", NY, "2026-11-20T20:00:00Z", 8 * H, "2026-11-23T20:00:00.000Z"],
    ["Saturday noon starts counting Monday 09:00", NY, "2026-11-21T17:00:00Z", 8 * H, "2026-11-23T22:00:00.000Z"],
    ["22:00 starts counting at the next opening", NY, "2026-11-25T03:00:00Z", 1 * H, "2026-11-25T15:00:00.000Z"],
    ["before opening starts at the opening", NY, "2026-11-23T12:00:00Z", 30 * 60_000, "2026-11-23T14:30:00.000Z"],
    ["across spring forward: 13:00 EST to 13:00 EDT", NY, "2026-03-06T18:00:00Z", 8 * H, "2026-03-09T17:00:00.000Z"],
    ["across fall back: 13:00 EDT to 13:00 EST", NY, "2026-10-30T17:00:00Z", 8 * H, "2026-11-02T18:00:00.000Z"],
    ["Dublin across its own spring forward", DUBLIN, "2026-03-27T13:00:00Z", 8 * H, "2026-03-30T12:00:00.000Z"],
    ["skips an all-day holiday and a half-day", THANKSGIVING, "2026-11-25T18:00:00Z", 8 * H, "2026-11-30T15:00:00.000Z"],
    ["0 ms inside hours is the start itself", NY, "2026-11-23T16:00:00Z", 0, "2026-11-23T16:00:00.000Z"],
    ["0 ms at closing time is the next opening", NY, "2026-11-23T22:00:00Z", 0, "2026-11-24T14:00:00.000Z"],
    ["0 ms on a Saturday is Monday's opening", NY, "2026-11-21T17:00:00Z", 0, "2026-11-23T14:00:00.000Z"],
    ["a 24-hour calendar is real time across a 23-hour day", ALWAYS_OPEN_NY, "2026-03-07T17:00:00Z", 24 * H, "2026-03-08T17:00:00.000Z"],
    ["a 24-hour calendar is real time across a 25-hour day", ALWAYS_OPEN_NY, "2026-10-31T16:00:00Z", 24 * H, "2026-11-01T16:00:00.000Z"],
  ])("%s", (_name, calendar, start, ms, expected) => {
    expect(addBusinessTime(calendar, at(start), ms).toISOString()).toBe(expected);
  });

  it("rejects negative durations", () => expect(() => addBusinessTime(NY, at("2026-11-23T14:00:00Z"), -1)).toThrow(RangeError));

  it("refuses a calendar that never opens", () => {
    const closed: BusinessCalendar = { ...NY, weekly: { ...NY.weekly, monday: null, tuesday: null, wednesday: null, thursday: null, friday: null } };
    expect(() => addBusinessTime(closed, at("2026-11-23T14:00:00Z"), H)).toThrow(/closed every day/);
  });
});

describe("businessTimeBetween", () => {
  it.each<[string, BusinessCalendar, string, string, number]>([
    ["Friday 15:00 to Monday 11:00", NY, "2026-11-20T20:00:00Z", "2026-11-23T16:00:00Z", 4 * H],
    ["backwards is negative", NY, "2026-11-23T16:00:00Z", "2026-11-20T20:00:00Z", -4 * H],
    ["a whole weekend is nothing", NY, "2026-11-21T05:00:00Z", "2026-11-23T05:00:00Z", 0],
    ["evening to next morning before opening", NY, "2026-11-23T23:00:00Z", "2026-11-24T13:59:00Z", 0],
    ["a week with Thanksgiving and a half-day", THANKSGIVING, "2026-11-23T05:00:00Z", "2026-11-30T05:00:00Z", 27 * H],
    ["Friday to Monday across spring forward", NY, "2026-03-06T14:00:00Z", "2026-03-09T13:00:00Z", 8 * H],
    ["the same instant", NY, "2026-11-23T16:00:00Z", "2026-11-23T16:00:00Z", 0],
    ["a 24-hour calendar over the 23-hour day", ALWAYS_OPEN_NY, "2026-03-08T05:00:00Z", "2026-03-09T04:00:00Z", 23 * H],
  ])("%s", (_name, calendar, from, to, expected) => {
    expect(businessTimeBetween(calendar, at(from), at(to))).toBe(expected);
  });

  it.each([
    ["2026-11-20T20:17:00Z", 8 * H],
    ["2026-11-21T03:00:00Z", 13 * H + 7 * 60_000],
    ["2026-03-06T21:59:00Z", 40 * H],
    ["2026-10-30T12:00:00Z", 3 * H],
    ["2026-11-25T18:30:00Z", 8 * H],
  ])("undoes addBusinessTime from %s + %i ms", (start, ms) => {
    for (const calendar of [NY, THANKSGIVING, DUBLIN]) {
      const end = addBusinessTime(calendar, at(start), ms);
      const from = isOpenAt(calendar, at(start)) ? at(start) : addBusinessTime(calendar, at(start), 0);
      expect(businessTimeBetween(calendar, from, end)).toBe(ms);
      expect(businessTimeBetween(calendar, at(start), end)).toBe(ms);
    }
  });
});

describe("isOpenAt", () => {
  it.each([
    ["2026-11-23T14:00:00Z", true], // 09:00 opening is open
    ["2026-11-23T22:00:00Z", false], // 17:00 closing is closed
    ["2026-11-21T17:00:00Z", false], // Saturday
    ["2026-11-27T16:59:00Z", true], // half-day morning
    ["2026-11-27T17:00:00Z", false], // half-day afternoon
  ])("%s open: %s", (instant, open) => expect(isOpenAt(THANKSGIVING, at(instant))).toBe(open));
});
