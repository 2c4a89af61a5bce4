import { REGION_FALLBACK_CALENDARS } from "./salesforce-business-hours";
import { poolCalendar, pooledRegionOf } from "./pool-calendar";

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
    const { calendar, source } = poolCalendar({ businessHours, holidays: [thanksgiving] }, "AMER", new Date("2026-11-20T12:00:00Z"));
    expect(source).toBe("org");
    expect(calendar.holidays.map((holiday) => holiday.date)).toContain("2026-11-26");
  });

  it("falls back to the region's policy when the org has no hours or they don't parse", () => {
    const broken = { TimeZoneSidKey: "Not/AZone" };
    expect(poolCalendar({ businessHours: broken, holidays: [] }, " emea ", new Date())).toEqual({ calendar: REGION_FALLBACK_CALENDARS.EMEA, source: "region" });
    expect(poolCalendar({ businessHours: null, holidays: [] }, null, new Date())).toEqual({ calendar: REGION_FALLBACK_CALENDARS.AMER, source: "region" });
  });

  it("reads the region one way: EMEA in any case and spacing, else AMER", () => {
    expect(pooledRegionOf(" emea ")).toBe("EMEA");
    expect(pooledRegionOf("AMER")).toBe("AMER");
    expect(pooledRegionOf("APAC")).toBe("AMER");
    expect(pooledRegionOf(null)).toBe("AMER");
  });
});
