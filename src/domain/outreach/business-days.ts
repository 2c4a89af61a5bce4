/**
 * Business days of a pool's calendar (its Salesforce BusinessHours and holidays),
 * for the outreach: when a retry call is due, and which dates compressed cadence
 * steps may move to.
 */
import { addDays, closedDay, formatLocalDate, localDateOf, onOrAfterBusinessDay, parseLocalDate, type BusinessCalendar } from "../business-hours";

/** Whether the pool is open some time that day (a half-day holiday counts, a full one does not). */
export function isBusinessDate(calendar: BusinessCalendar, date: string): boolean {
  return closedDay(calendar, parseLocalDate(date)) === null;
}

/** The business day after today (today in the calendar's zone): when a retry call is due. */
export function nextBusinessDay(calendar: BusinessCalendar, now: Date): string {
  return formatLocalDate(onOrAfterBusinessDay(calendar, addDays(localDateOf(now, calendar.timeZone), 1)));
}
