/**
 * "A Pooled AE should look to resolve/close a case within 7 days of it being
 * opened." Seven calendar days, not business days, and not 168 hours: the due
 * moment is the same local wall-clock time a week later in the AE's zone, so a
 * DST change in between does not move it by an hour.
 */
import { MINUTE_MS, addDays, daysBetween, instantAt, localDateOf, localMinuteOf } from "../business-hours";

export type ResolutionState = "on-track" | "due-today" | "overdue" | "resolved-in-time" | "resolved-late";

export interface ResolutionInput {
  openedAt: Date;
  closedAt: Date | null;
  now: Date;
  /** The AE's zone: "today" is the AE's today. */
  timeZone: string;
  /** The profile's resolution target in calendar days (the handbook's 7). */
  days: number;
}

export interface ResolutionClock {
  dueAt: Date;
  state: ResolutionState;
  /** Calendar days until the due date (0 on it); null once overdue or resolved. */
  daysLeft: number | null;
  /**
   * Calendar days from the due date to today (or to the close), at least 1: late on
   * the due day itself already counts as a day. null unless overdue or resolved late.
   */
  overdueByDays: number | null;
}

export function resolutionDueAt(openedAt: Date, timeZone: string, days: number): Date {
  const dueDate = addDays(localDateOf(openedAt, timeZone), days);
  const subMinuteMs = openedAt.getTime() % MINUTE_MS;
  const minute = Math.floor(localMinuteOf(openedAt, timeZone));
  return new Date(instantAt(dueDate, minute, timeZone).getTime() + subMinuteMs);
}

export function resolutionClock({ openedAt, closedAt, now, timeZone, days }: ResolutionInput): ResolutionClock {
  const dueAt = resolutionDueAt(openedAt, timeZone, days);
  const dueDate = localDateOf(dueAt, timeZone);
  const lateBy = (moment: Date) => Math.max(1, daysBetween(dueDate, localDateOf(moment, timeZone)));

  if (closedAt) {
    return closedAt.getTime() <= dueAt.getTime()
      ? { dueAt, state: "resolved-in-time", daysLeft: null, overdueByDays: null }
      : { dueAt, state: "resolved-late", daysLeft: null, overdueByDays: lateBy(closedAt) };
  }
  if (now.getTime() > dueAt.getTime()) return { dueAt, state: "overdue", daysLeft: null, overdueByDays: lateBy(now) };
  const daysLeft = daysBetween(localDateOf(now, timeZone), dueDate);
  return { dueAt, state: daysLeft === 0 ? "due-today" : "on-track", daysLeft, overdueByDays: null };
}
