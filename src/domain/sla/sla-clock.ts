/**
 * The handbook SLA: a case is "picked up and responded to within 24 hours (8
 * business hours) of entering the queue". The clock counts business time only;
 * the response is the moment the case first went In Progress (Salesforce stamps
 * the First Responded field then), which the caller passes as respondedAt.
 */
import { HOUR_MS, addBusinessTime, businessTimeBetween, type BusinessCalendar } from "../business-hours";

/** The profile's SLA policy, in hours of business time. */
export interface SlaPolicy {
  businessHours: number;
  atRiskHours: number;
}

export interface SlaInput {
  enteredQueueAt: Date;
  respondedAt: Date | null;
  now: Date;
  calendar: BusinessCalendar;
  policy: SlaPolicy;
}

export type SlaClock =
  | { state: "on-track" | "at-risk"; dueAt: Date; remainingBusinessMs: number }
  | { state: "met"; dueAt: Date; metAt: Date }
  /** respondedAt is set when the response came, late; null while still waiting. */
  | { state: "breached"; dueAt: Date; breachedByBusinessMs: number; respondedAt: Date | null };

export function slaClock({ enteredQueueAt, respondedAt, now, calendar, policy }: SlaInput): SlaClock {
  const budgetMs = policy.businessHours * HOUR_MS;
  const atRiskWhenRemainingMs = policy.atRiskHours * HOUR_MS;
  const dueAt = addBusinessTime(calendar, enteredQueueAt, budgetMs);
  if (respondedAt) {
    // Responding exactly at the deadline is still "within".
    if (respondedAt.getTime() <= dueAt.getTime()) return { state: "met", dueAt, metAt: respondedAt };
    return { state: "breached", dueAt, breachedByBusinessMs: businessTimeBetween(calendar, dueAt, respondedAt), respondedAt };
  }
  // Compared on the wall clock, not in business time: a deadline of 17:00 is missed
  // at 17:30 even though no business time has passed since (breached by 0 min).
  if (now.getTime() > dueAt.getTime()) {
    return { state: "breached", dueAt, breachedByBusinessMs: businessTimeBetween(calendar, dueAt, now), respondedAt: null };
  }
  const elapsed = Math.max(0, businessTimeBetween(calendar, enteredQueueAt, now));
  const remainingBusinessMs = Math.max(0, budgetMs - elapsed);
  return { state: remainingBusinessMs <= atRiskWhenRemainingMs ? "at-risk" : "on-track", dueAt, remainingBusinessMs };
}
