/**
 * Time helpers for the seeds: wall-clock times in an IANA time zone (DST-safe, via Intl)
 * and business-hours arithmetic, so the SLA / cadence scenarios of the demo seed hold
 * whatever `now` is (a Monday morning, a Saturday night, the day after Thanksgiving).
 * The SLA of the handbook is "picked up and answered within 8 business hours of entering
 * the queue"; business hours are the BusinessHours records of the baseline seed.
 */

import {
  addDays as addLocalDays,
  formatLocalDate,
  instantAt,
  localDateOf,
  localMinuteOf,
  parseLocalDate,
  weekdayOf as domainWeekdayOf,
} from "../../../src/domain/business-hours/zoned-time";

export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;

export interface BusinessCalendar {
  timeZone: string;
  /** Index 0 = Sunday ... 6 = Saturday; minutes after local midnight, or null = closed. */
  days: ReadonlyArray<{ start: number; end: number } | null>;
  /** Local dates ("YYYY-MM-DD") that are closed all day. */
  holidays: ReadonlyArray<string>;
}

export interface ZonedParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  /** 0 = Sunday. */
  weekday: number;
}

// The wall-clock maths is the product's (src/domain/business-hours); the seed only
// adds what the product never needs: counting business hours backwards from now.

/** Wall-clock parts of an instant in a time zone. */
export function zonedParts(ms: number, timeZone: string): ZonedParts {
  const date = localDateOf(new Date(ms), timeZone);
  const minuteOfDay = localMinuteOf(new Date(ms), timeZone);
  return { ...date, hour: Math.floor(minuteOfDay / 60), minute: Math.floor(minuteOfDay % 60), weekday: domainWeekdayOf(date) };
}

/** "YYYY-MM-DD" of an instant in a time zone. */
export function localDate(ms: number, timeZone: string): string {
  return formatLocalDate(localDateOf(new Date(ms), timeZone));
}

/** Adds (or subtracts) calendar days to a "YYYY-MM-DD" date. */
export function addDays(date: string, days: number): string {
  return formatLocalDate(addLocalDays(parseLocalDate(date), days));
}

/** 0 = Sunday. */
export function weekdayOf(date: string): number {
  return domainWeekdayOf(parseLocalDate(date));
}

/** The instant at which the wall clock in `timeZone` shows `date` + `minutes` after midnight. */
export function localToUtc(date: string, minutes: number, timeZone: string): number {
  return instantAt(parseLocalDate(date), minutes, timeZone).getTime();
}

function businessWindow(date: string, cal: BusinessCalendar): [number, number] | null {
  const day = cal.days[weekdayOf(date)];
  if (!day || cal.holidays.includes(date)) return null;
  return [localToUtc(date, day.start, cal.timeZone), localToUtc(date, day.end, cal.timeZone)];
}

/** Business milliseconds between two instants (0 if end <= start). */
export function businessMsBetween(start: number, end: number, cal: BusinessCalendar): number {
  if (end <= start) return 0;
  let total = 0;
  let date = localDate(start, cal.timeZone);
  const last = localDate(end, cal.timeZone);
  for (let guard = 0; guard < 2000 && date <= last; guard++, date = addDays(date, 1)) {
    const w = businessWindow(date, cal);
    if (!w) continue;
    const from = Math.max(w[0], start);
    const to = Math.min(w[1], end);
    if (to > from) total += to - from;
  }
  return total;
}

export function businessHoursBetween(start: number, end: number, cal: BusinessCalendar): number {
  return businessMsBetween(start, end, cal) / HOUR_MS;
}

/** The latest instant `t` <= end such that businessHoursBetween(t, end) === hours. */
export function subtractBusinessHours(end: number, hours: number, cal: BusinessCalendar): number {
  let remaining = Math.round(hours * HOUR_MS);
  if (remaining <= 0) return end;
  let date = localDate(end, cal.timeZone);
  let cursor = end;
  for (let guard = 0; guard < 2000; guard++, date = addDays(date, -1)) {
    const w = businessWindow(date, cal);
    if (w) {
      const to = Math.min(w[1], cursor);
      if (to > w[0]) {
        const available = to - w[0];
        if (available >= remaining) return to - remaining;
        remaining -= available;
      }
    }
    cursor = Number.POSITIVE_INFINITY;
  }
  throw new Error("subtractBusinessHours: no business hours found");
}

/** Converts a BusinessHours time field ("09:00:00.000Z") to minutes after midnight. */
function timeFieldToMinutes(value: string): number {
  const [h, m] = value.split(":").map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

const DAY_NAMES = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"] as const;

/** Builds a calendar from a BusinessHours record (field names as in the org) and Holiday dates. */
export function calendarFromRecord(record: Record<string, unknown>, holidays: ReadonlyArray<string>): BusinessCalendar {
  const days = DAY_NAMES.map((name) => {
    const start = record[`${name}StartTime`];
    const end = record[`${name}EndTime`];
    return typeof start === "string" && typeof end === "string"
      ? { start: timeFieldToMinutes(start), end: timeFieldToMinutes(end) }
      : null;
  });
  return { timeZone: String(record.TimeZoneSidKey), days, holidays };
}
