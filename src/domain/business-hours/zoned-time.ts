/**
 * Wall-clock arithmetic in an IANA time zone with nothing but Intl.DateTimeFormat.
 * Business hours, the resolution deadline and the cadence are all defined in local
 * days ("09:00 in New York", "Day 3"), while Salesforce stores instants, so every
 * local date and time goes through here. Offsets are never assumed constant: each
 * UTC hour's is looked up (and an hour that holds a change, each second's), which is
 * what keeps 09:00 right on both sides of a DST change.
 */

/** A calendar date with no time zone, as Salesforce date fields and holidays carry it. */
export interface LocalDate {
  year: number;
  month: number; // 1-12
  day: number;
}

export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    // Throws RangeError for an unknown zone: better at parse time than a silent UTC.
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The local wall clock of an instant, as if it were UTC (milliseconds dropped). */
function wallClockMs(instantMs: number, timeZone: string): number {
  const fields: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(instantMs)) {
    if (part.type !== "literal") fields[part.type] = Number(part.value);
  }
  const { year = 0, month = 1, day = 1, hour = 0, minute = 0, second = 0 } = fields;
  return Date.UTC(year, month - 1, day, hour, minute, second);
}

const exactOffset = (wholeSecondMs: number, timeZone: string) => wallClockMs(wholeSecondMs, timeZone) - wholeSecondMs;

/**
 * Each zone's offset over whole UTC hours: the offset through the hour, or null for an hour that holds a change.
 * An hour has one offset when its first and last seconds have the same: no real zone changes twice within an hour.
 * Formatting an instant in a zone is the slow part of every clock (tens of calls a case), and the hours repeat.
 */
const hourOffsets = new Map<string, Map<number, number | null>>();
const MAX_HOURS_PER_ZONE = 10_000;

/** Local minus UTC at that instant, in ms (New York in winter: -5 h). */
export function offsetAt(instantMs: number, timeZone: string): number {
  const whole = instantMs - (((instantMs % 1000) + 1000) % 1000);
  const hour = Math.floor(whole / HOUR_MS);
  let hours = hourOffsets.get(timeZone);
  if (!hours || hours.size >= MAX_HOURS_PER_ZONE) hourOffsets.set(timeZone, (hours = new Map()));
  let offset = hours.get(hour);
  if (offset === undefined) {
    const first = exactOffset(hour * HOUR_MS, timeZone);
    offset = first === exactOffset((hour + 1) * HOUR_MS - 1000, timeZone) ? first : null;
    hours.set(hour, offset);
  }
  return offset ?? exactOffset(whole, timeZone);
}

export function localDateOf(instant: Date, timeZone: string): LocalDate {
  const wall = new Date(instant.getTime() + offsetAt(instant.getTime(), timeZone));
  return { year: wall.getUTCFullYear(), month: wall.getUTCMonth() + 1, day: wall.getUTCDate() };
}

/** Minutes since local midnight of an instant (seconds kept as a fraction). */
export function localMinuteOf(instant: Date, timeZone: string): number {
  const wall = instant.getTime() + offsetAt(instant.getTime(), timeZone);
  return (((wall % DAY_MS) + DAY_MS) % DAY_MS) / MINUTE_MS;
}

/**
 * The instant at which the local clock reads `minute` minutes past midnight of
 * `date` (minute may be 1440: the midnight that ends the day). Times skipped by a
 * spring-forward resolve later by the gap and repeated times resolve to the first
 * occurrence, like Temporal's "compatible" disambiguation.
 */
export function instantAt(date: LocalDate, minute: number, timeZone: string): Date {
  const wall = Date.UTC(date.year, date.month - 1, date.day) + minute * MINUTE_MS;
  // Real zones change offset at most once in two days, so the offsets a day either
  // side are the only two candidates.
  const before = offsetAt(wall - DAY_MS, timeZone);
  const after = offsetAt(wall + DAY_MS, timeZone);
  const candidates = [wall - before, wall - after].filter((t) => offsetAt(t, timeZone) === wall - t);
  if (candidates.length > 0) return new Date(Math.min(...candidates));
  return new Date(wall - before); // in the gap: keep the pre-change offset, landing after it
}

export function addDays(date: LocalDate, days: number): LocalDate {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** Whole calendar days from `a` to `b` (negative when b is earlier). */
export function daysBetween(a: LocalDate, b: LocalDate): number {
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / DAY_MS);
}

export function compareDates(a: LocalDate, b: LocalDate): number {
  return Math.sign(daysBetween(b, a));
}

/** 0 = Sunday ... 6 = Saturday, as Date#getUTCDay. */
export function weekdayOf(date: LocalDate): number {
  return new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
}

/** "2026-11-23", the shape Salesforce uses for date fields. */
export function formatLocalDate(date: LocalDate): string {
  const pad = (n: number, width: number) => String(n).padStart(width, "0");
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function parseLocalDate(text: string): LocalDate {
  const match = ISO_DATE.exec(text);
  if (!match) throw new Error(`Not a YYYY-MM-DD date: ${text}`);
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  if (formatLocalDate(addDays(date, 0)) !== text) throw new Error(`No such date: ${text}`);
  return date;
}
