import { addBusinessTime } from "./calendar";
import {
  calendarFromBusinessHoursRecord,
  type BusinessHoursRecord,
  type HolidayRecord,
} from "./salesforce-business-hours";

const weekdays = (start: string | null, end: string | null) => ({
  MondayStartTime: start,
  MondayEndTime: end,
  TuesdayStartTime: start,
  TuesdayEndTime: end,
  WednesdayStartTime: start,
  WednesdayEndTime: end,
  ThursdayStartTime: start,
  ThursdayEndTime: end,
  FridayStartTime: start,
  FridayEndTime: end,
});

const record = (overrides: Partial<BusinessHoursRecord> = {}): BusinessHoursRecord => ({
  TimeZoneSidKey: "America/Los_Angeles",
  ...weekdays("09:00:00.000Z", "17:00:00.000Z"),
  SaturdayStartTime: null,
  SaturdayEndTime: null,
  SundayStartTime: null,
  SundayEndTime: null,
  ...overrides,
});

describe("calendarFromBusinessHoursRecord", () => {
  it("reads weekly hours as local times in TimeZoneSidKey despite the Z", () => {
    const calendar = calendarFromBusinessHoursRecord(record());
    expect(calendar.timeZone).toBe("America/Los_Angeles");
    expect(calendar.weekly.monday).toEqual({ startMinute: 540, endMinute: 1020 });
    expect(calendar.weekly.saturday).toBeNull();
    // 08:00 PST Monday is 16:00Z; the day opens at 09:00 PST = 17:00Z, not 09:00Z.
    expect(addBusinessTime(calendar, new Date("2026-11-23T16:00:00Z"), 0).toISOString()).toBe("2026-11-23T17:00:00.000Z");
  });

  it.each<[string, Partial<BusinessHoursRecord>, { startMinute: number; endMinute: number } | null]>([
    ["00:00 to 00:00 is 24 hours", { MondayStartTime: "00:00:00.000Z", MondayEndTime: "00:00:00.000Z" }, { startMinute: 0, endMinute: 1440 }],
    ["an end of 00:00 runs to midnight", { MondayStartTime: "08:30:00.000Z", MondayEndTime: "00:00:00.000Z" }, { startMinute: 510, endMinute: 1440 }],
    ["short forms are accepted", { MondayStartTime: "07:45", MondayEndTime: "16:15:00" }, { startMinute: 465, endMinute: 975 }],
    ["missing fields are closed", { MondayStartTime: undefined, MondayEndTime: undefined }, null],
  ])("%s", (_name, overrides, monday) => {
    expect(calendarFromBusinessHoursRecord(record(overrides)).weekly.monday).toEqual(monday);
  });

  it.each<[string, Partial<BusinessHoursRecord>, RegExp]>([
    ["end before start", { MondayStartTime: "17:00:00.000Z", MondayEndTime: "09:00:00.000Z" }, /not after/],
    ["only a start", { MondayStartTime: "09:00:00.000Z", MondayEndTime: null }, /both/],
    ["a bad time", { MondayStartTime: "9am", MondayEndTime: "17:00:00.000Z" }, /not a Salesforce time/],
    ["hour 25", { MondayStartTime: "25:00:00.000Z", MondayEndTime: "17:00:00.000Z" }, /not a Salesforce time/],
    ["an unknown zone", { TimeZoneSidKey: "Mars/Olympus_Mons" }, /Unknown time zone/],
  ])("rejects %s", (_name, overrides, message) => {
    expect(() => calendarFromBusinessHoursRecord(record(overrides))).toThrow(message);
  });

  it("reads holidays", () => {
    const holidays: HolidayRecord[] = [
      { Name: "Christmas", ActivityDate: "2026-12-25", IsAllDay: true, StartTimeInMinutes: null, EndTimeInMinutes: null },
      { Name: "Offsite", ActivityDate: "2026-12-18", IsAllDay: false, StartTimeInMinutes: 780, EndTimeInMinutes: 1020 },
    ];
    expect(calendarFromBusinessHoursRecord(record(), holidays).holidays).toEqual([
      { date: "2026-12-25", name: "Christmas", allDay: true },
      { date: "2026-12-18", name: "Offsite", allDay: false, startMinute: 780, endMinute: 1020 },
    ]);
  });

  it("builds each record's calendar once per holidays and year, and a changed record's afresh", () => {
    const hours = record();
    const holidays: HolidayRecord[] = [{ Name: "Christmas", ActivityDate: "2026-12-25", IsAllDay: true, IsRecurrence: true, RecurrenceType: "RecursYearly", RecurrenceDayOfMonth: 25, RecurrenceMonthOfYear: "December" }];
    const in2026 = calendarFromBusinessHoursRecord(hours, holidays, new Date("2026-06-01T00:00:00Z"));
    expect(calendarFromBusinessHoursRecord(hours, holidays, new Date("2026-12-31T12:00:00Z"))).toBe(in2026);
    const in2030 = calendarFromBusinessHoursRecord(hours, holidays, new Date("2030-06-01T00:00:00Z"));
    expect(in2030.holidays.map((holiday) => holiday.date)).toEqual(["2029-12-25", "2030-12-25", "2031-12-25"]);
    expect(calendarFromBusinessHoursRecord(hours, [], new Date("2026-06-01T00:00:00Z")).holidays).toEqual([]);
    const later = calendarFromBusinessHoursRecord(record({ MondayStartTime: "10:00:00.000Z" }), holidays, new Date("2026-06-01T00:00:00Z"));
    expect(later.weekly.monday?.startMinute).toBe(600);
  });

  it.each<[string, HolidayRecord]>([
    ["a partial holiday without times", { ActivityDate: "2026-12-18", IsAllDay: false, StartTimeInMinutes: null, EndTimeInMinutes: null }],
    ["a partial holiday ending before it starts", { ActivityDate: "2026-12-18", IsAllDay: false, StartTimeInMinutes: 600, EndTimeInMinutes: 540 }],
    ["an impossible date", { ActivityDate: "2026-02-30", IsAllDay: true }],
  ])("skips %s but keeps the org's hours", (_name, holiday) => {
    const calendar = calendarFromBusinessHoursRecord(record(), [holiday]);
    expect(calendar.holidays).toEqual([]);
    expect(calendar.weekly.monday).not.toBeNull();
  });

  it("expands a recurring holiday into the years around the given date", () => {
    const thanksgiving = { Name: "Thanksgiving", ActivityDate: null, IsAllDay: true, IsRecurrence: true, RecurrenceType: "RecursYearlyNth", RecurrenceInstance: "Fourth", RecurrenceDayOfWeekMask: 16, RecurrenceMonthOfYear: "November" };
    const calendar = calendarFromBusinessHoursRecord(record(), [thanksgiving], new Date("2026-11-20T12:00:00Z"));
    expect(calendar.holidays.map((holiday) => holiday.date)).toEqual(["2025-11-27", "2026-11-26", "2027-11-25"]);
  });
});
