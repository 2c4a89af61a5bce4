/**
 * What the queue, My cases and the toolbar badge share: which pool I work (region
 * from my User record; AMER's shared queue, or in EMEA the cases of my own
 * regional pool), the SLA clock of a case with the org's business hours, and
 * "needs attention" (High Priority, or SLA at risk or breached). Pure: the worker
 * computes it once, so the badge and the popup can never disagree.
 */
import { poolCalendar as orgOrRegionCalendar, pooledRegionOf, type BusinessCalendar, type PooledRegion } from "../../domain/business-hours";
import { slaClock } from "../../domain/sla";
import type { OrgContext } from "../../messaging/case-panel-data";
import type { SlaSnapshot } from "../../messaging/pool";

/** The queues of the org's assignment rule (ORG-SCHEMA.md): one per region. */
const POOL_QUEUES: Readonly<Record<PooledRegion, string>> = { AMER: "Pooled_Sales_Queue", EMEA: "EMEA_Pooled_Sales_Queue" };

export interface Pool {
  region: PooledRegion;
  queueDeveloperName: string;
  /** Only the cases of accounts I own (EMEA: each AE works their own regional pool). */
  ownAccountsOnly: boolean;
}

/** AMER unless my User record says EMEA: AMER is the shared pool the handbook starts from. */
export function poolOf(region: string | null): Pool {
  const pooled = pooledRegionOf(region);
  return { region: pooled, queueDeveloperName: POOL_QUEUES[pooled], ownAccountsOnly: pooled === "EMEA" };
}

/** The org's default business hours (recurring holidays in the years around `around`); the region's policy when the org has none or they don't parse. */
export function poolCalendar(org: Pick<OrgContext, "businessHours" | "holidays">, region: PooledRegion, around: Date = new Date()): BusinessCalendar {
  return orgOrRegionCalendar(org, region, around).calendar;
}

export function slaSnapshot(createdDate: string, firstRespondedDate: string | null, calendar: BusinessCalendar, now: Date): SlaSnapshot {
  const clock = slaClock({ enteredQueueAt: new Date(createdDate), respondedAt: firstRespondedDate ? new Date(firstRespondedDate) : null, now, calendar });
  return {
    state: clock.state,
    dueAt: clock.dueAt.toISOString(),
    remainingBusinessMs: clock.state === "on-track" || clock.state === "at-risk" ? clock.remainingBusinessMs : null,
    breachedByBusinessMs: clock.state === "breached" ? clock.breachedByBusinessMs : null,
  };
}

/** The badge's rule: High Priority, or the SLA at risk or already breached. */
export function needsAttention(row: { priority: string | null; sla: Pick<SlaSnapshot, "state"> }): boolean {
  return (row.priority ?? "").trim().toLowerCase() === "high" || row.sla.state === "at-risk" || row.sla.state === "breached";
}
