/**
 * Which pool a user works and the calendar a pool's clocks run on, from the
 * profile's pools and what the org says about them (members, business hours).
 * Pure, so the panel, the popup and the badge all answer the same.
 */
import { poolCalendar, type BusinessCalendar, type BusinessHoursRecord, type HolidayRecord } from "../business-hours";
import type { OrgProfile, Pool } from "../org-profile";
import { sameId } from "../salesforce-id";

export interface PoolFacts {
  profile: Pick<OrgProfile, "pools">;
  poolMembers: Readonly<Record<string, readonly string[]>>;
  poolQueues: Readonly<Record<string, string | null>>;
}

/** The pool whose queue this is; null for any other owner. */
export function poolOfQueue(facts: PoolFacts, queueId: string): Pool | null {
  return facts.profile.pools.find((pool) => {
    const id = facts.poolQueues[pool.key];
    return id ? sameId(id, queueId) : false;
  }) ?? null;
}

/** The first pool of the profile's order whose members include the user; null when none does. */
export function poolOfUser(facts: PoolFacts, userId: string): Pool | null {
  return facts.profile.pools.find((pool) => (facts.poolMembers[pool.key] ?? []).some((id) => sameId(id, userId))) ?? null;
}

/** My pool, or the profile's first when I am in none (the panel says so). */
export function workingPool(facts: PoolFacts & { me: { poolKey: string | null } }): Pool {
  const pools = facts.profile.pools;
  return pools.find((pool) => pool.key === facts.me.poolKey) ?? pools[0]!;
}

export interface CalendarFacts {
  businessHours: Readonly<Record<string, BusinessHoursRecord | null>>;
  holidays: readonly HolidayRecord[];
}

/** The pool's SLA calendar: its BusinessHours in the org, else its policy hours. */
export function calendarOfPool(facts: CalendarFacts, pool: Pool, around: Date): { calendar: BusinessCalendar; source: "org" | "policy" } {
  return poolCalendar({ businessHours: facts.businessHours[pool.key] ?? null, holidays: facts.holidays }, pool.fallbackHours, around);
}
