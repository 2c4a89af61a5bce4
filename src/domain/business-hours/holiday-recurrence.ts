/**
 * The dates a Salesforce Holiday falls on. Most org holidays recur yearly, either
 * on a date (RecursYearly: July 4) or on the nth weekday of a month
 * (RecursYearlyNth: the fourth Thursday of November); Salesforce then keeps the
 * rule, not each date. Other recurrence types are not holidays in practice and
 * count only on their ActivityDate.
 */
import { formatLocalDate, parseLocalDate, weekdayOf } from "./zoned-time";

export interface HolidayRecurrence {
  ActivityDate?: string | null;
  IsRecurrence?: boolean | null;
  RecurrenceType?: string | null;
  RecurrenceStartDate?: string | null;
  RecurrenceEndDateOnly?: string | null;
  RecurrenceDayOfMonth?: number | null;
  RecurrenceMonthOfYear?: string | null;
  RecurrenceInstance?: string | null;
  RecurrenceDayOfWeekMask?: number | null;
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const INSTANCES = ["First", "Second", "Third", "Fourth"];

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Nth (or last) weekday of a month; the mask is Salesforce's: Sunday 1, Monday 2, … Saturday 64. */
function nthWeekday(year: number, month: number, instance: string, mask: number): string | null {
  const matches: number[] = [];
  for (let day = 1; day <= daysInMonth(year, month); day++) {
    if (mask & (1 << weekdayOf({ year, month, day }))) matches.push(day);
  }
  const day = instance === "Last" ? matches.at(-1) : matches[INSTANCES.indexOf(instance)];
  return day === undefined ? null : formatLocalDate({ year, month, day });
}

function inRange(date: string, holiday: HolidayRecurrence): boolean {
  return (!holiday.RecurrenceStartDate || date >= holiday.RecurrenceStartDate) && (!holiday.RecurrenceEndDateOnly || date <= holiday.RecurrenceEndDateOnly);
}

export function holidayDates(holiday: HolidayRecurrence, years: readonly number[]): string[] {
  const month = MONTHS.indexOf(holiday.RecurrenceMonthOfYear ?? "") + 1;
  if (holiday.IsRecurrence && month > 0) {
    const dates =
      holiday.RecurrenceType === "RecursYearly" && holiday.RecurrenceDayOfMonth
        ? years.map((year) => formatLocalDate({ year, month, day: Math.min(holiday.RecurrenceDayOfMonth!, daysInMonth(year, month)) }))
        : holiday.RecurrenceType === "RecursYearlyNth" && holiday.RecurrenceInstance && holiday.RecurrenceDayOfWeekMask
          ? years.map((year) => nthWeekday(year, month, holiday.RecurrenceInstance!, holiday.RecurrenceDayOfWeekMask!))
          : [];
    const valid = dates.filter((date): date is string => date !== null && inRange(date, holiday));
    if (valid.length) return valid;
  }
  if (!holiday.ActivityDate) return [];
  parseLocalDate(holiday.ActivityDate); // throws on a malformed date
  return [holiday.ActivityDate];
}
