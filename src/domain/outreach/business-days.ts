/**
 * Business days of a pool's calendar (its Salesforce BusinessHours and holidays):
 * a day is a business day when the pool is open at some point of it, so a
 * half-day holiday still counts and a full one does not.
 */
import { addBusinessTime, addDays, formatLocalDate, instantAt, localDateOf, parseLocalDate, type BusinessCalendar, type LocalDate } from "../business-hours";

/** The first local date, on or after `from`, on which the calendar opens. */
function firstOpenDate(calendar: BusinessCalendar, from: LocalDate): string {
  return formatLocalDate(localDateOf(addBusinessTime(calendar, instantAt(from, 0, calendar.timeZone), 0), calendar.timeZone));
}

export function isBusinessDate(calendar: BusinessCalendar, date: string): boolean {
  return firstOpenDate(calendar, parseLocalDate(date)) === date;
}

/** The business day after today (today in the calendar's zone): when a retry call is due. */
export function nextBusinessDay(calendar: BusinessCalendar, now: Date): string {
  return firstOpenDate(calendar, addDays(localDateOf(now, calendar.timeZone), 1));
}
