/** How the outreach controls write dates: a Task's date ("Thu, Nov 19") and when something was logged, in the AE's zone. */
export function formatTaskDate(date: string): string {
  // Noon UTC is the same calendar day in every zone people work in.
  return new Date(`${date}T12:00:00Z`).toLocaleDateString("en-US", { weekday: "short", month: "short", day: "numeric", timeZone: "UTC" });
}

export function formatLoggedAt(at: Date, timeZone: string): string {
  return at.toLocaleString("en-US", { month: "short", day: "numeric", hour: "numeric", minute: "2-digit", timeZone, timeZoneName: "short" });
}
