/**
 * SOQL date literals as half-open day ranges [start, end), per the SOQL reference
 * ("Date Formats and Date Literals in WHERE"): ranges start at 00:00:00 in the
 * querying user's time zone; LAST_N_DAYS:n and LAST_90_DAYS include today;
 * NEXT_N_DAYS:n starts tomorrow; weeks start on Sunday (en_US locale); the fiscal
 * year is the calendar year (the org default).
 */
import { malformedQuery } from "../errors";
import { dateTimeFormat } from "../intl-cache";

/** Days since 1970-01-01 of a calendar date. */
type DayNumber = number;

export interface DayRange {
  start: DayNumber;
  end: DayNumber;
}

function localDay(nowMs: number, timeZone: string): DayNumber {
  const parts = dateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date(nowMs));
  return Date.parse(`${parts}T00:00:00Z`) / 86_400_000;
}

const ymd = (day: DayNumber) => {
  const d = new Date(day * 86_400_000);
  return { y: d.getUTCFullYear(), m: d.getUTCMonth() };
};
const monthStart = (y: number, m: number): DayNumber => Date.UTC(y, m, 1) / 86_400_000;

export function dayToDate(day: DayNumber): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** Epoch ms of local midnight of a day in a time zone. */
export function dayStartMs(day: DayNumber, timeZone: string): number {
  const utcMidnight = day * 86_400_000;
  // The zone's offset at that instant; one correction step handles DST edges well enough.
  const offset = (ms: number) => {
    const p = dateTimeFormat("en-US", { timeZone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit" }).formatToParts(new Date(ms));
    const get = (t: string) => Number(p.find((x) => x.type === t)?.value);
    return Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second")) - ms;
  };
  const first = utcMidnight - offset(utcMidnight);
  return utcMidnight - offset(first);
}

export function dateLiteralRange(literal: string, n: number | undefined, nowMs: number, timeZone: string): DayRange {
  const today = localDay(nowMs, timeZone);
  const weekStart = today - new Date(today * 86_400_000).getUTCDay();
  const { y, m } = ymd(today);
  const q = Math.floor(m / 3) * 3;
  const months = (start: number, count: number) => ({ start: monthStart(y, start), end: monthStart(y, start + count) });
  const name = literal.toUpperCase().replace(/:.*$/, "");
  const k = n ?? 0;
  switch (name) {
    case "TODAY": return { start: today, end: today + 1 };
    case "YESTERDAY": return { start: today - 1, end: today };
    case "TOMORROW": return { start: today + 1, end: today + 2 };
    case "LAST_WEEK": return { start: weekStart - 7, end: weekStart };
    case "THIS_WEEK": return { start: weekStart, end: weekStart + 7 };
    case "NEXT_WEEK": return { start: weekStart + 7, end: weekStart + 14 };
    case "LAST_MONTH": return months(m - 1, 1);
    case "THIS_MONTH": return months(m, 1);
    case "NEXT_MONTH": return months(m + 1, 1);
    case "LAST_90_DAYS": return { start: today - 90, end: today + 1 };
    case "NEXT_90_DAYS": return { start: today + 1, end: today + 91 };
    case "LAST_N_DAYS": return { start: today - k, end: today + 1 };
    case "NEXT_N_DAYS": return { start: today + 1, end: today + 1 + k };
    case "N_DAYS_AGO": return { start: today - k, end: today - k + 1 };
    case "LAST_N_WEEKS": return { start: weekStart - 7 * k, end: weekStart };
    case "NEXT_N_WEEKS": return { start: weekStart + 7, end: weekStart + 7 + 7 * k };
    case "N_WEEKS_AGO": return { start: weekStart - 7 * k, end: weekStart - 7 * k + 7 };
    case "LAST_N_MONTHS": return months(m - k, k);
    case "NEXT_N_MONTHS": return months(m + 1, k);
    case "N_MONTHS_AGO": return months(m - k, 1);
    case "THIS_QUARTER": case "THIS_FISCAL_QUARTER": return months(q, 3);
    case "LAST_QUARTER": case "LAST_FISCAL_QUARTER": return months(q - 3, 3);
    case "NEXT_QUARTER": case "NEXT_FISCAL_QUARTER": return months(q + 3, 3);
    case "LAST_N_QUARTERS": case "LAST_N_FISCAL_QUARTERS": return months(q - 3 * k, 3 * k);
    case "NEXT_N_QUARTERS": case "NEXT_N_FISCAL_QUARTERS": return months(q + 3, 3 * k);
    case "N_QUARTERS_AGO": case "N_FISCAL_QUARTERS_AGO": return months(q - 3 * k, 3);
    case "THIS_YEAR": case "THIS_FISCAL_YEAR": return { start: monthStart(y, 0), end: monthStart(y + 1, 0) };
    case "LAST_YEAR": case "LAST_FISCAL_YEAR": return { start: monthStart(y - 1, 0), end: monthStart(y, 0) };
    case "NEXT_YEAR": case "NEXT_FISCAL_YEAR": return { start: monthStart(y + 1, 0), end: monthStart(y + 2, 0) };
    case "LAST_N_YEARS": case "LAST_N_FISCAL_YEARS": return { start: monthStart(y - k, 0), end: monthStart(y, 0) };
    case "NEXT_N_YEARS": case "NEXT_N_FISCAL_YEARS": return { start: monthStart(y + 1, 0), end: monthStart(y + 1 + k, 0) };
    case "N_YEARS_AGO": case "N_FISCAL_YEARS_AGO": return { start: monthStart(y - k, 0), end: monthStart(y - k + 1, 0) };
    default:
      throw malformedQuery(`unsupported date literal: ${literal}`);
  }
}
