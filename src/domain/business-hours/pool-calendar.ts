/**
 * The SLA calendar of a pool: the org's BusinessHours record the profile names
 * for it (or the org's default), else the pool's policy hours from the profile
 * when the org has none or they don't parse. One choice for the panel, the popup
 * and the badge, so they can never disagree.
 */
import type { FallbackHours } from "../org-profile";
import { WEEKDAYS, type BusinessCalendar, type OpeningHours, type Weekday } from "./calendar";
import { calendarFromBusinessHoursRecord, type BusinessHoursRecord, type HolidayRecord } from "./salesforce-business-hours";

export interface OrgBusinessHours {
  /** The pool's BusinessHours record as read; null when the org has none for it. */
  businessHours: BusinessHoursRecord | null;
  holidays: readonly HolidayRecord[];
}

const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** The profile's policy hours as a calendar. They know no holidays: public holidays differ by country, and a wrong guess would move deadlines. */
export function calendarFromPolicy(hours: FallbackHours): BusinessCalendar {
  const weekly = Object.fromEntries(
    WEEKDAYS.map((day): [Weekday, OpeningHours | null] => {
      const opening = hours[day];
      return [day, opening ? { startMinute: minutesOf(opening[0]), endMinute: minutesOf(opening[1]) } : null];
    }),
  ) as Record<Weekday, OpeningHours | null>;
  return { timeZone: hours.timeZone, weekly, holidays: [] };
}

/** `around` picks the years the org's recurring holidays are expanded into (see calendarFromBusinessHoursRecord). */
export function poolCalendar(org: OrgBusinessHours, policy: FallbackHours, around: Date): { calendar: BusinessCalendar; source: "org" | "policy" } {
  let fromOrg: BusinessCalendar | null = null;
  try {
    fromOrg = org.businessHours ? calendarFromBusinessHoursRecord(org.businessHours, org.holidays, around) : null;
  } catch {
    fromOrg = null;
  }
  return fromOrg ? { calendar: fromOrg, source: "org" } : { calendar: calendarFromPolicy(policy), source: "policy" };
}
