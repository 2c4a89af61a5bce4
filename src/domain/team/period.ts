/**
 * The periods the team view reports on, in the viewer's time zone: this week
 * (since Monday), this month, and the last 30 days (today and the 29 before).
 * Salesforce groups DAY_ONLY(convertTimezone(...)) in the querying user's zone, so
 * the period's days are that user's days too; each ends now.
 */
import { addDays, formatLocalDate, instantAt, localDateOf, type LocalDate } from "../business-hours";
import { weekdayOf } from "../business-hours/zoned-time";

export const PERIOD_KINDS = ["this-week", "this-month", "last-30-days"] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

export const PERIOD_LABELS: Readonly<Record<PeriodKind, string>> = {
  "this-week": "This week",
  "this-month": "This month",
  "last-30-days": "Last 30 days",
};

export interface TeamPeriod {
  kind: PeriodKind;
  /** Local midnight of the first day. */
  start: Date;
  /** Now: the period is what has happened so far. */
  end: Date;
  /** Every local day from the first to today, "YYYY-MM-DD". */
  days: string[];
}

function firstDay(kind: PeriodKind, today: LocalDate): LocalDate {
  switch (kind) {
    case "this-week":
      // Monday starts the working week (weekdayOf: 0 is Sunday).
      return addDays(today, -((weekdayOf(today) + 6) % 7));
    case "this-month":
      return { ...today, day: 1 };
    case "last-30-days":
      return addDays(today, -29);
  }
}

export function teamPeriod(kind: PeriodKind, now: Date, timeZone: string): TeamPeriod {
  const today = localDateOf(now, timeZone);
  const first = firstDay(kind, today);
  const days: string[] = [];
  for (let day = first; formatLocalDate(day) <= formatLocalDate(today); day = addDays(day, 1)) days.push(formatLocalDate(day));
  return { kind, start: instantAt(first, 0, timeZone), end: now, days };
}
