/**
 * The SLA calendar of a pool: the org's default business hours, or the region's
 * policy when the org has none or they don't parse. One choice for the panel, the
 * popup and the badge, so they can never disagree.
 */
import type { BusinessCalendar } from "./calendar";
import {
  calendarFor,
  calendarFromBusinessHoursRecord,
  type BusinessHoursRecord,
  type HolidayRecord,
  type PooledRegion,
} from "./salesforce-business-hours";

export interface OrgBusinessHours {
  businessHours: BusinessHoursRecord | null;
  holidays: readonly HolidayRecord[];
}

/** A User's or Account's Pooled_Region__c as a pool: EMEA when it says so (any case, any spaces), else AMER. */
export function pooledRegionOf(region: string | null | undefined): PooledRegion {
  return region?.trim().toUpperCase() === "EMEA" ? "EMEA" : "AMER";
}

/** `around` picks the years the org's recurring holidays are expanded into (see calendarFromBusinessHoursRecord). */
export function poolCalendar(
  org: OrgBusinessHours,
  region: string | null | undefined,
  around: Date,
): { calendar: BusinessCalendar; source: "org" | "region" } {
  let fromOrg: BusinessCalendar | null = null;
  try {
    fromOrg = org.businessHours ? calendarFromBusinessHoursRecord(org.businessHours, org.holidays, around) : null;
  } catch {
    fromOrg = null;
  }
  return { calendar: calendarFor(fromOrg, pooledRegionOf(region)), source: fromOrg ? "org" : "region" };
}
