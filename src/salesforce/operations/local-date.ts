/**
 * The AE's calendar date for stamps written into Salesforce text (notes, Next Step):
 * their own time zone's date, not UTC's, which is already tomorrow on a US evening.
 */
import { formatLocalDate, localDateOf } from "../../domain/business-hours";

/** When the org context has no time zone for the user (the handbook's AMER default). */
export const FALLBACK_TIME_ZONE = "America/New_York";

/** YYYY-MM-DD of `now` in `timeZone` (the user's TimeZoneSidKey), falling back to New York. */
export function localDateStamp(now: Date, timeZone: string | null | undefined): string {
  try {
    return formatLocalDate(localDateOf(now, timeZone || FALLBACK_TIME_ZONE));
  } catch {
    return formatLocalDate(localDateOf(now, FALLBACK_TIME_ZONE));
  }
}
