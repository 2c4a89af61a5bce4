/**
 * A business calendar is Salesforce BusinessHours in domain form: weekly opening
 * hours in one IANA zone, minus holidays. The SLA counts only open time, so a case
 * that lands at 22:00 or on a Saturday starts its clock at the next opening.
 */
import {
  addDays,
  formatLocalDate,
  instantAt,
  localDateOf,
  weekdayOf,
  type LocalDate,
} from "./zoned-time";

export const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** Minutes from local midnight; endMinute 1440 is the midnight that ends the day. */
export interface OpeningHours {
  startMinute: number;
  endMinute: number;
}

export type Holiday =
  | { date: string; name?: string; allDay: true }
  /** Closed only during the window, as a Salesforce holiday that is not all day. */
  | { date: string; name?: string; allDay: false; startMinute: number; endMinute: number };

export interface BusinessCalendar {
  timeZone: string;
  /** null = closed all day. */
  weekly: Record<Weekday, OpeningHours | null>;
  /** Local dates (YYYY-MM-DD) in the calendar's zone. */
  holidays: readonly Holiday[];
}

interface Window {
  start: number; // epoch ms
  end: number;
}

/** Never look further than this for an opening: a calendar closed for ten years is broken. */
const SEARCH_LIMIT_DAYS = 3660;

function openMinutesOn(calendar: BusinessCalendar, date: LocalDate): Array<[number, number]> {
  const hours = calendar.weekly[WEEKDAYS[weekdayOf(date)] ?? "sunday"];
  if (!hours || hours.endMinute <= hours.startMinute) return [];
  let open: Array<[number, number]> = [[hours.startMinute, hours.endMinute]];
  const key = formatLocalDate(date);
  for (const holiday of calendar.holidays) {
    if (holiday.date !== key) continue;
    if (holiday.allDay) return [];
    const { startMinute: cutStart, endMinute: cutEnd } = holiday;
    open = open.flatMap(([s, e]): Array<[number, number]> => {
      if (cutEnd <= s || cutStart >= e) return [[s, e]];
      const kept: Array<[number, number]> = [];
      if (cutStart > s) kept.push([s, cutStart]);
      if (cutEnd < e) kept.push([cutEnd, e]);
      return kept;
    });
  }
  return open;
}

function windowsOn(calendar: BusinessCalendar, date: LocalDate): Window[] {
  return openMinutesOn(calendar, date)
    .map(([s, e]) => ({
      start: instantAt(date, s, calendar.timeZone).getTime(),
      end: instantAt(date, e, calendar.timeZone).getTime(),
    }))
    .filter((w) => w.end > w.start); // a window wholly inside a DST gap has no length
}

function assertUsable(calendar: BusinessCalendar): void {
  const anyOpen = WEEKDAYS.some((day) => {
    const hours = calendar.weekly[day];
    return hours !== null && hours.endMinute > hours.startMinute;
  });
  if (!anyOpen) throw new Error("Business calendar is closed every day of the week");
}

/**
 * The instant when `ms` of business time have passed since `start`. Ends at a
 * closing time rather than the next opening, so 8 h from Monday 09:00 is Monday
 * 17:00. With ms = 0 the answer is `start`, or the next opening when closed.
 */
export function addBusinessTime(calendar: BusinessCalendar, start: Date, ms: number): Date {
  if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`Business time must be a finite, non-negative duration: ${ms}`);
  assertUsable(calendar);
  let remaining = ms;
  const cursor = start.getTime();
  // Start a day early: windows never cross local midnight, but around a DST change
  // at midnight the instant's "local date" can be the day before the window's.
  let date = addDays(localDateOf(start, calendar.timeZone), -1);
  for (let i = 0; i < SEARCH_LIMIT_DAYS; i++, date = addDays(date, 1)) {
    for (const window of windowsOn(calendar, date)) {
      if (window.end <= cursor) continue;
      const from = Math.max(cursor, window.start);
      const available = window.end - from;
      if (remaining <= available) return new Date(from + remaining);
      remaining -= available;
    }
  }
  throw new Error(`No business time found within ${SEARCH_LIMIT_DAYS} days of ${start.toISOString()}`);
}

/**
 * Business time from `from` to `to`, in ms. Negative when `to` is earlier, so a
 * deadline minus a later moment reads as "overdue by".
 */
export function businessTimeBetween(calendar: BusinessCalendar, from: Date, to: Date): number {
  if (to.getTime() < from.getTime()) return -businessTimeBetween(calendar, to, from);
  const start = from.getTime();
  const end = to.getTime();
  let total = 0;
  const last = localDateOf(to, calendar.timeZone);
  for (let date = addDays(localDateOf(from, calendar.timeZone), -1); ; date = addDays(date, 1)) {
    for (const window of windowsOn(calendar, date)) {
      total += Math.max(0, Math.min(end, window.end) - Math.max(start, window.start));
    }
    if (formatLocalDate(date) === formatLocalDate(last)) return total;
  }
}

/** Whether the calendar is open at that instant (a window's end is closed). */
export function isOpenAt(calendar: BusinessCalendar, at: Date): boolean {
  const t = at.getTime();
  const today = localDateOf(at, calendar.timeZone);
  return [addDays(today, -1), today].some((date) => windowsOn(calendar, date).some((w) => t >= w.start && t < w.end));
}

/** Why a day has no business time: its weekday is closed, or a holiday closes it. */
export type ClosedDay = { reason: "weekday"; weekday: Weekday } | { reason: "holiday"; name: string | null };

/** Null when the calendar is open some time on that date; else why it is not. */
export function closedDay(calendar: BusinessCalendar, date: LocalDate): ClosedDay | null {
  if (openMinutesOn(calendar, date).length > 0) return null;
  const weekday = WEEKDAYS[weekdayOf(date)] ?? "sunday";
  const hours = calendar.weekly[weekday];
  if (!hours || hours.endMinute <= hours.startMinute) return { reason: "weekday", weekday };
  const key = formatLocalDate(date);
  return { reason: "holiday", name: calendar.holidays.find((holiday) => holiday.date === key)?.name ?? null };
}

/** The date itself when it has business time, else the next one that does. */
export function onOrAfterBusinessDay(calendar: BusinessCalendar, date: LocalDate): LocalDate {
  assertUsable(calendar);
  for (let offset = 0; offset < SEARCH_LIMIT_DAYS; offset++) {
    const candidate = addDays(date, offset);
    if (!closedDay(calendar, candidate)) return candidate;
  }
  throw new Error("No business day within ten years");
}
