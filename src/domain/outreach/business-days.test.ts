import type { BusinessCalendar } from "../business-hours";
import { isBusinessDate, nextBusinessDay } from "./business-days";

const NINE_TO_FIVE = { startMinute: 9 * 60, endMinute: 17 * 60 };
// New York, Monday to Friday; Thanksgiving (Thu 2026-11-26) closed, the Friday after closed until 13:00.
const CALENDAR: BusinessCalendar = {
  timeZone: "America/New_York",
  weekly: { sunday: null, monday: NINE_TO_FIVE, tuesday: NINE_TO_FIVE, wednesday: NINE_TO_FIVE, thursday: NINE_TO_FIVE, friday: NINE_TO_FIVE, saturday: null },
  holidays: [
    { date: "2026-11-26", allDay: true },
    { date: "2026-11-27", allDay: false, startMinute: 9 * 60, endMinute: 13 * 60 },
  ],
};

describe("business days of a pool's calendar", () => {
  it.each([
    // Tuesday 10:00 New York: Wednesday.
    ["2026-11-24T15:00:00Z", "2026-11-25"],
    // Wednesday 23:30 New York (Thursday in UTC): Thanksgiving is closed, the half-open Friday counts.
    ["2026-11-26T04:30:00Z", "2026-11-27"],
    // Friday 16:00: Monday.
    ["2026-11-27T21:00:00Z", "2026-11-30"],
    // Saturday: Monday.
    ["2026-11-28T15:00:00Z", "2026-11-30"],
  ])("the business day after %s is %s", (now, next) => {
    expect(nextBusinessDay(CALENDAR, new Date(now))).toBe(next);
  });

  it("knows weekends and full holidays from half ones", () => {
    expect(["2026-11-25", "2026-11-26", "2026-11-27", "2026-11-28", "2026-11-30"].map((date) => isBusinessDate(CALENDAR, date))).toEqual([true, false, true, false, true]);
  });
});
