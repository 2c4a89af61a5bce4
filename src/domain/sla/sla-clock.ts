/**
 * The handbook SLA: a case is "picked up and responded to within 24 hours (8
 * business hours) of entering the queue". The clock counts business time only;
 * the response is the moment the case first went In Progress (Salesforce stamps
 * First_Responded_Date__c then), which the caller passes as respondedAt.
 */
import { HOUR_MS, addBusinessTime, businessTimeBetween, type BusinessCalendar } from "../business-hours";

export const SLA_BUDGET_MS = 8 * HOUR_MS;
export const SLA_AT_RISK_WHEN_REMAINING_MS = 2 * HOUR_MS;

export interface SlaInput {
  enteredQueueAt: Date;
  respondedAt: Date | null;
  now: Date;
  calendar: BusinessCalendar;
  budgetMs?: number;
  atRiskWhenRemainingMs?: number;
}

export type SlaClock =
  | { state: "on-track" | "at-risk"; dueAt: Date; remainingBusinessMs: number }
  | { state: "met"; dueAt: Date; metAt: Date }
  /** respondedAt is set when the response came, late; null while still waiting. */
  | { state: "breached"; dueAt: Date; breachedByBusinessMs: number; respondedAt: Date | null };

export function slaClock({
  enteredQueueAt,
  respondedAt,
  now,
  calendar,
  budgetMs = SLA_BUDGET_MS,
  atRiskWhenRemainingMs = SLA_AT_RISK_WHEN_REMAINING_MS,
}: SlaInput): SlaClock {
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
