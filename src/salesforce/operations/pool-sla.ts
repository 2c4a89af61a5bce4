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
import { sameId } from "../../domain/salesforce-id";
import { ownerChangesOf, poolQueueTest, queueEntry, slaClock, slaResponse, type SlaPolicy } from "../../domain/sla";
import type { OrgContext } from "../../messaging/org-context";
import type { SlaSnapshot } from "../../messaging/pool";

export interface PoolClock {
  pool: Pool;
  calendar: BusinessCalendar;
  sla: SlaPolicy;
  highPriority: string;
  /** Which owners are the pools' queues and the pooled owner users: where a case's SLA clock starts, and what answers it. */
  owners: { isPoolQueue(ownerId: string): boolean; isPooledOwner(ownerId: string): boolean };
}

/** My pool (the profile's first when I am in none), its calendar around `now`, and the SLA policy. */
export function poolClock(org: OrgContext, now: Date): PoolClock {
  const pool = workingPool({ ...org, profile: org.profile });
  return {
    pool,
    calendar: calendarOfPool(org, pool, now).calendar,
    sla: org.profile.policy.sla,
    highPriority: org.profile.case.highPriority,
    owners: { isPoolQueue: poolQueueTest(Object.values(org.poolQueues)), isPooledOwner: (id) => org.pooledOwnerUserIds.some((pooled) => sameId(pooled, id)) },
  };
}

/**
 * Owner history rows a waiting case's SLA start needs: its latest change is its entry
 * into the queue that owns it (two rows a change: ids and names), with room for a tie.
 */
export const WAITING_OWNER_HISTORY_ROWS = 4;
export const LATEST_OWNER_CHANGES = `(SELECT Field, OldValue, NewValue, CreatedDate FROM Histories WHERE Field = 'Owner' ORDER BY CreatedDate DESC LIMIT ${WAITING_OWNER_HISTORY_ROWS})`;

export interface CaseSlaFacts {
  createdDate: string;
  firstResponded: string | null;
  /** The org has a First Responded field. */
  hasFirstResponded: boolean;
  /** Null when only "not a pool queue" is known (my own cases). */
  ownerId: string | null;
  /** Its Histories rows (Field = 'Owner') as read, and the read's row limit. */
  histories: ReadonlyArray<{ OldValue?: unknown; NewValue?: unknown; CreatedDate: string }>;
  historyLimit: number;
}

/** A case's SLA as the panel counts it: from its latest entry into a pool queue (domain/sla queue-entry). */
export function caseSlaSnapshot(facts: CaseSlaFacts, clock: Pick<PoolClock, "calendar" | "sla" | "owners">, now: Date): SlaSnapshot {
  const changes = ownerChangesOf(facts.histories.map((row) => ({ oldValue: row.OldValue, newValue: row.NewValue, at: row.CreatedDate })));
  const entry = queueEntry({ createdAt: new Date(facts.createdDate), changes, truncated: facts.histories.length >= facts.historyLimit, currentOwnerId: facts.ownerId, isPoolQueue: clock.owners.isPoolQueue });
  const respondedAt = slaResponse({
    entry,
    firstRespondedAt: facts.firstResponded ? new Date(facts.firstResponded) : null,
    hasFirstResponded: facts.hasFirstResponded,
    isPooledOwner: clock.owners.isPooledOwner,
  });
  return slaSnapshot(entry.at.toISOString(), respondedAt?.toISOString() ?? null, clock, now);
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
