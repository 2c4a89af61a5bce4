/**
 * SOQL date functions (SOQL and SOSL Reference, "Date Functions" and "convertTimezone()").
 * A dateTime is evaluated in UTC, because that is what SOQL returns to a client, unless it is
 * wrapped in convertTimezone(), which converts it to the querying user's time zone. A date
 * field has no time zone. Weeks of the year and of the month are counted from day 1 in
 * blocks of seven (January 1-7 is week 1), DAY_IN_WEEK is 1 for Sunday, and the fiscal
 * functions follow the org default fiscal year, which starts in January.
 */
import { malformedQuery } from "../errors";
import { dateTimeFormat } from "../intl-cache";
import type { Value } from "../values";

export const DATE_FUNCTIONS = [
  "CALENDAR_MONTH",
  "CALENDAR_QUARTER",
  "CALENDAR_YEAR",
  "DAY_IN_MONTH",
  "DAY_IN_WEEK",
  "DAY_IN_YEAR",
  "DAY_ONLY",
  "FISCAL_MONTH",
  "FISCAL_QUARTER",
  "FISCAL_YEAR",
  "HOUR_IN_DAY",
  "WEEK_IN_MONTH",
  "WEEK_IN_YEAR",
] as const;

export type DateFunction = (typeof DATE_FUNCTIONS)[number];

export const isDateFunction = (name: string): name is DateFunction => (DATE_FUNCTIONS as readonly string[]).includes(name.toUpperCase());

/** DAY_ONLY and HOUR_IN_DAY only take dateTime fields. */
export const DATETIME_ONLY: ReadonlySet<DateFunction> = new Set(["DAY_ONLY", "HOUR_IN_DAY"]);

interface Parts {
  y: number;
  m: number;
  d: number;
  hour: number;
}

function partsOfInstant(ms: number, timeZone: string): Parts {
  const p = dateTimeFormat("en-US", { timeZone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit" }).formatToParts(new Date(ms));
  const get = (t: string) => Number(p.find((x) => x.type === t)?.value);
  return { y: get("year"), m: get("month"), d: get("day"), hour: get("hour") };
}

function partsOfDate(text: string): Parts {
  const [y, m, d] = text.split("-").map(Number);
  return { y: y!, m: m!, d: d!, hour: 0 };
}

const pad = (n: number, w = 2) => String(n).padStart(w, "0");

/**
 * The function's value for one field value. `timeZone` is the zone a dateTime is read in:
 * "UTC", or the user's zone under convertTimezone(). Null in, null out.
 */
export function applyDateFunction(fn: DateFunction, value: Value, fieldType: "date" | "datetime", timeZone: string): Value {
  if (value === null) return null;
  const p = fieldType === "datetime" ? partsOfInstant(Number(value), timeZone) : partsOfDate(String(value));
  const dayOfYear = (Date.UTC(p.y, p.m - 1, p.d) - Date.UTC(p.y, 0, 1)) / 86_400_000 + 1;
  switch (fn) {
    case "CALENDAR_MONTH":
    case "FISCAL_MONTH":
      return p.m;
    case "CALENDAR_QUARTER":
    case "FISCAL_QUARTER":
      return Math.floor((p.m - 1) / 3) + 1;
    case "CALENDAR_YEAR":
    case "FISCAL_YEAR":
      return p.y;
    case "DAY_IN_MONTH":
      return p.d;
    case "DAY_IN_WEEK":
      return new Date(Date.UTC(p.y, p.m - 1, p.d)).getUTCDay() + 1;
    case "DAY_IN_YEAR":
      return dayOfYear;
    case "DAY_ONLY":
      return `${pad(p.y, 4)}-${pad(p.m)}-${pad(p.d)}`;
    case "HOUR_IN_DAY":
      return p.hour;
    case "WEEK_IN_MONTH":
      return Math.floor((p.d - 1) / 7) + 1;
    case "WEEK_IN_YEAR":
      return Math.floor((dayOfYear - 1) / 7) + 1;
    default:
      throw malformedQuery(`unsupported date function ${String(fn)}`);
  }
}
