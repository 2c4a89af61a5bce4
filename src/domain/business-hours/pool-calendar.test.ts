import { DEFAULT_PROFILE } from "../org-profile";
import { calendarFromPolicy, poolCalendar } from "./pool-calendar";

const [AMER, EMEA] = DEFAULT_PROFILE.pools.map((pool) => pool.fallbackHours) as [typeof DEFAULT_PROFILE.pools[0]["fallbackHours"], typeof DEFAULT_PROFILE.pools[0]["fallbackHours"]];

const nineToFive = Object.fromEntries(
  ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"].flatMap((day) => [
    [`${day}StartTime`, "09:00:00.000Z"],
    [`${day}EndTime`, "17:00:00.000Z"],
  ]),
);
const businessHours = { TimeZoneSidKey: "America/New_York", ...nineToFive };
const thanksgiving = {
  Name: "Thanksgiving",
  ActivityDate: null,
  IsAllDay: true,
  StartTimeInMinutes: null,
  EndTimeInMinutes: null,
  IsRecurrence: true,
  RecurrenceType: "RecursYearlyNth",
  RecurrenceInstance: "Fourth",
  RecurrenceDayOfWeekMask: 16,
  RecurrenceMonthOfYear: "November",
};

describe("poolCalendar", () => {
  it("counts a recurring Thanksgiving in the year of `around`", () => {
    const { calendar, source } = poolCalendar({ businessHours, holidays: [thanksgiving] }, AMER, new Date("2026-11-20T12:00:00Z"));
    expect(source).toBe("org");
    expect(calendar.holidays.map((holiday) => holiday.date)).toContain("2026-11-26");
  });

  it("falls back to the pool's policy hours when the org has none or they don't parse", () => {
    const broken = { TimeZoneSidKey: "Not/AZone" };
    expect(poolCalendar({ businessHours: broken, holidays: [] }, EMEA, new Date())).toEqual({ calendar: calendarFromPolicy(EMEA), source: "policy" });
    expect(poolCalendar({ businessHours: null, holidays: [] }, AMER, new Date())).toEqual({ calendar: calendarFromPolicy(AMER), source: "policy" });
  });

  it.each([
    [AMER, "America/New_York"],
    [EMEA, "Europe/Dublin"],
  ])("policy hours run Monday to Friday 09:00-17:00 in %#", (hours, zone) => {
    const calendar = calendarFromPolicy(hours);
    expect(calendar.timeZone).toBe(zone);
    expect(calendar.weekly.friday).toEqual({ startMinute: 540, endMinute: 1020 });
    expect(calendar.weekly.saturday).toBeNull();
    expect(calendar.weekly.sunday).toBeNull();
    expect(calendar.holidays).toEqual([]);
  });

  it("reads 24:00 as the midnight that ends the day", () => {
    expect(calendarFromPolicy({ ...AMER, monday: ["00:00", "24:00"] }).weekly.monday).toEqual({ startMinute: 0, endMinute: 1440 });
  });
});
