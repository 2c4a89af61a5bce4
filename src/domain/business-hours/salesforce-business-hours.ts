/**
 * Turns Salesforce BusinessHours and Holiday records into a BusinessCalendar, and
 * holds the regional fallbacks for orgs that have no default BusinessHours.
 */
import * as z from "zod/v4-mini";

import { WEEKDAYS, type BusinessCalendar, type Holiday, type OpeningHours, type Weekday } from "./calendar";
import { holidayDates } from "./holiday-recurrence";
import { isValidTimeZone } from "./zoned-time";

const DAY_MINUTES = 1440;

const timeValue = z.optional(z.nullable(z.string()));

/** The BusinessHours fields we read; the rest of the record is ignored. */
const BusinessHoursRecordSchema = z.object({
  TimeZoneSidKey: z.string().check(z.minLength(1)),
  SundayStartTime: timeValue,
  SundayEndTime: timeValue,
  MondayStartTime: timeValue,
  MondayEndTime: timeValue,
  TuesdayStartTime: timeValue,
  TuesdayEndTime: timeValue,
  WednesdayStartTime: timeValue,
  WednesdayEndTime: timeValue,
  ThursdayStartTime: timeValue,
  ThursdayEndTime: timeValue,
  FridayStartTime: timeValue,
  FridayEndTime: timeValue,
  SaturdayStartTime: timeValue,
  SaturdayEndTime: timeValue,
});

export type BusinessHoursRecord = z.input<typeof BusinessHoursRecordSchema>;

const HolidayRecordSchema = z.object({
  Name: z.optional(z.nullable(z.string())),
  // Null for some recurring holidays: Salesforce keeps the rule, not the dates.
  ActivityDate: z.optional(z.nullable(z.string())),
  IsAllDay: z.boolean(),
  IsRecurrence: z.optional(z.nullable(z.boolean())),
  RecurrenceType: z.optional(z.nullable(z.string())),
  RecurrenceStartDate: z.optional(z.nullable(z.string())),
  RecurrenceEndDateOnly: z.optional(z.nullable(z.string())),
  RecurrenceDayOfMonth: z.optional(z.nullable(z.number())),
  RecurrenceMonthOfYear: z.optional(z.nullable(z.string())),
  RecurrenceInstance: z.optional(z.nullable(z.string())),
  RecurrenceDayOfWeekMask: z.optional(z.nullable(z.number())),
  StartTimeInMinutes: z.optional(z.nullable(z.int().check(z.gte(0), z.lte(DAY_MINUTES)))),
  EndTimeInMinutes: z.optional(z.nullable(z.int().check(z.gte(0), z.lte(DAY_MINUTES)))),
});

export type HolidayRecord = z.input<typeof HolidayRecordSchema>;

// "09:00:00.000Z". The Z is Salesforce's formatting habit: the value is a wall-clock
// time in TimeZoneSidKey, not UTC.
const TIME = /^(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?Z?$/;

function parseTime(text: string, field: string): number {
  const match = TIME.exec(text);
  const hours = Number(match?.[1]);
  const minutes = Number(match?.[2]);
  if (!match || hours > 23 || minutes > 59) throw new Error(`${field}: not a Salesforce time value: ${text}`);
  return hours * 60 + minutes;
}

function capitalised(day: Weekday): string {
  return day.charAt(0).toUpperCase() + day.slice(1);
}

function openingHours(start: string | null | undefined, end: string | null | undefined, day: string): OpeningHours | null {
  if (start == null && end == null) return null;
  if (start == null || end == null) throw new Error(`${day}: start and end time must both be set or both be empty`);
  const startMinute = parseTime(start, `${day}StartTime`);
  let endMinute = parseTime(end, `${day}EndTime`);
  // Salesforce's "24 hours" is 00:00 to 00:00, and an end of 00:00 is the midnight
  // that closes the day; Salesforce has no overnight hours.
  if (endMinute === 0) endMinute = DAY_MINUTES;
  if (endMinute <= startMinute) throw new Error(`${day}: end time ${end} is not after start time ${start}`);
  return { startMinute, endMinute };
}

/** The holiday's closed days in these years; a malformed row yields none rather than losing the org's hours. */
function holidaysFrom(record: HolidayRecord, years: readonly number[]): Holiday[] {
  try {
    const parsed = HolidayRecordSchema.parse(record);
    const name = parsed.Name ?? undefined;
    const named = name === undefined ? {} : { name };
    const { StartTimeInMinutes: startMinute, EndTimeInMinutes: endMinute } = parsed;
    if (!parsed.IsAllDay && (startMinute == null || endMinute == null || endMinute <= startMinute)) return [];
    return holidayDates(parsed, years).map((date) =>
      parsed.IsAllDay ? { date, allDay: true as const, ...named } : { date, allDay: false as const, startMinute: startMinute!, endMinute: endMinute!, ...named },
    );
  } catch {
    return [];
  }
}

const NO_HOLIDAYS: readonly HolidayRecord[] = [];
/** Built calendars by record, holidays and year: the same org context's calendar is asked for on every case and badge read. */
const built = new WeakMap<BusinessHoursRecord, WeakMap<readonly HolidayRecord[], Map<number, BusinessCalendar>>>();

/**
 * `around` picks the years recurring holidays are expanded into (the year before, of and after it). Built once per
 * record, holidays and year (expanding the holidays is most of it); the calendar is shared, so never change it.
 */
export function calendarFromBusinessHoursRecord(
  record: BusinessHoursRecord,
  holidays: readonly HolidayRecord[] = NO_HOLIDAYS,
  around: Date = new Date(0),
): BusinessCalendar {
  const year = around.getUTCFullYear();
  let byHolidays = built.get(record);
  if (!byHolidays) built.set(record, (byHolidays = new WeakMap()));
  let byYear = byHolidays.get(holidays);
  if (!byYear) byHolidays.set(holidays, (byYear = new Map()));
  let calendar = byYear.get(year);
  if (!calendar) byYear.set(year, (calendar = buildCalendar(record, holidays, year)));
  return calendar;
}

function buildCalendar(record: BusinessHoursRecord, holidays: readonly HolidayRecord[], year: number): BusinessCalendar {
  const parsed = BusinessHoursRecordSchema.parse(record);
  if (!isValidTimeZone(parsed.TimeZoneSidKey)) throw new Error(`Unknown time zone: ${parsed.TimeZoneSidKey}`);
  const fields = parsed as Record<string, string | null | undefined>;
  const weekly = Object.fromEntries(
    WEEKDAYS.map((day) => {
      const name = capitalised(day);
      return [day, openingHours(fields[`${name}StartTime`], fields[`${name}EndTime`], name)];
    }),
  ) as Record<Weekday, OpeningHours | null>;
  const years = [year - 1, year, year + 1];
  return { timeZone: parsed.TimeZoneSidKey, weekly, holidays: holidays.flatMap((holiday) => holidaysFrom(holiday, years)) };
}
