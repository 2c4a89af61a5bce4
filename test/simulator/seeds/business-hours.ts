/**
 * Time helpers for the seeds: wall-clock times in an IANA time zone (DST-safe, via Intl)
 * and business-hours arithmetic, so the SLA / cadence scenarios of the demo seed hold
 * whatever `now` is (a Monday morning, a Saturday night, the day after Thanksgiving).
 * The SLA of the handbook is "picked up and answered within 8 business hours of entering
 * the queue"; business hours are the BusinessHours records of the baseline seed.
 */

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
  second: number;
  /** 0 = Sunday. */
  weekday: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Wall-clock parts of an instant in a time zone. */
export function zonedParts(ms: number, timeZone: string): ZonedParts {
  const parts: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(new Date(ms))) {
    if (p.type !== "literal") parts[p.type] = Number(p.value);
  }
  const year = parts.year ?? 0;
  const month = parts.month ?? 1;
  const day = parts.day ?? 1;
  const hour = (parts.hour ?? 0) % 24;
  const minute = parts.minute ?? 0;
  const second = parts.second ?? 0;
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return { year, month, day, hour, minute, second, weekday };
}

function offsetMs(ms: number, timeZone: string): number {
  const p = zonedParts(ms, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return asUtc - Math.floor(ms / 1000) * 1000;
}

/** "YYYY-MM-DD" of an instant in a time zone. */
export function localDate(ms: number, timeZone: string): string {
  const p = zonedParts(ms, timeZone);
  return `${p.year}-${String(p.month).padStart(2, "0")}-${String(p.day).padStart(2, "0")}`;
}

/** Adds (or subtracts) calendar days to a "YYYY-MM-DD" date. */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split("-").map(Number);
  return new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, (d ?? 1) + days)).toISOString().slice(0, 10);
}

/** 0 = Sunday. */
export function weekdayOf(date: string): number {
  return new Date(`${date}T00:00:00.000Z`).getUTCDay();
}

/** The instant at which the wall clock in `timeZone` shows `date` + `minutes` after midnight. */
export function localToUtc(date: string, minutes: number, timeZone: string): number {
  const [y, m, d] = date.split("-").map(Number);
  const guess = Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1, 0, minutes);
  const first = guess - offsetMs(guess, timeZone);
  return guess - offsetMs(first, timeZone);
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
export function timeFieldToMinutes(value: string): number {
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
