/**
 * What the queue, My cases and the toolbar badge share: the pool I work and its
 * calendar (from the session's org context), the SLA clock of a case with the
 * profile's policy, and "needs attention" (the high priority, or SLA at risk or
 * breached). The worker computes it once, so the badge and the popup can never disagree.
 */
import type { BusinessCalendar } from "../../domain/business-hours";
import type { Pool } from "../../domain/org-profile";
import { calendarOfPool, workingPool } from "../../domain/pools";
import { isHighPriority } from "../../domain/queue";
import { slaClock, type SlaPolicy } from "../../domain/sla";
import type { OrgContext } from "../../messaging/org-context";
import type { SlaSnapshot } from "../../messaging/pool";

export interface PoolClock {
  pool: Pool;
  calendar: BusinessCalendar;
  sla: SlaPolicy;
  highPriority: string;
}

/** My pool (the profile's first when I am in none), its calendar around `now`, and the SLA policy. */
export function poolClock(org: OrgContext, now: Date): PoolClock {
  const pool = workingPool({ ...org, profile: org.profile });
  return { pool, calendar: calendarOfPool(org, pool, now).calendar, sla: org.profile.policy.sla, highPriority: org.profile.case.highPriority };
}

export function slaSnapshot(enteredQueueAt: string, firstRespondedDate: string | null, clock: Pick<PoolClock, "calendar" | "sla">, now: Date): SlaSnapshot {
  const sla = slaClock({ enteredQueueAt: new Date(enteredQueueAt), respondedAt: firstRespondedDate ? new Date(firstRespondedDate) : null, now, calendar: clock.calendar, policy: clock.sla });
  return {
    state: sla.state,
    dueAt: sla.dueAt.toISOString(),
    remainingBusinessMs: sla.state === "on-track" || sla.state === "at-risk" ? sla.remainingBusinessMs : null,
    breachedByBusinessMs: sla.state === "breached" ? sla.breachedByBusinessMs : null,
  };
}

/** The badge's rule: the high priority, or the SLA at risk or already breached. */
export function needsAttention(row: { priority: string | null; sla: Pick<SlaSnapshot, "state"> }, highPriority: string): boolean {
  return isHighPriority(row.priority, highPriority) || row.sla.state === "at-risk" || row.sla.state === "breached";
}
