import { formatDateTime, formatDay } from "../../shared/format";

/** How the outreach controls write dates: a Task's date ("Thu, Nov 19") and when something was logged, in the AE's zone. */
export function formatTaskDate(date: string): string {
  // A Task's date is a calendar day, not an instant: the same day in every zone.
  return formatDay(date, "UTC");
}

export function formatLoggedAt(at: Date, timeZone: string): string {
  return formatDateTime(at, timeZone);
}
