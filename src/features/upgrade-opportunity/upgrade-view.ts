/** Ages, last activity and the per-AE count against the cap, for the upgrade lists. */
import type { UpgradeOpportunity } from "../../messaging/pool";

const DAY_MS = 86_400_000;

/** Whole days from `since` to now, never negative. */
function daysSince(since: Date, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - since.getTime()) / DAY_MS));
}

export function ageInDays(createdDate: string, now: Date): number {
  return daysSince(new Date(createdDate), now);
}

export function lastActivityText(opp: UpgradeOpportunity, now: Date): string {
  if (!opp.lastActivityDate) return "no activity logged";
  const days = daysSince(new Date(`${opp.lastActivityDate}T12:00:00Z`), now);
  return days === 0 ? "activity today" : `last activity ${days} d ago`;
}

export interface AeUpgrades {
  owner: UpgradeOpportunity["owner"];
  opportunities: UpgradeOpportunity[];
  atCap: boolean;
}

/** The ASM's view: one group per AE, the most loaded first, each AE's stalest opportunity first. */
export function byAe(opportunities: readonly UpgradeOpportunity[], cap: number | null): AeUpgrades[] {
  const groups = new Map<string, AeUpgrades>();
  for (const opp of opportunities) {
    const group = groups.get(opp.owner.id) ?? { owner: opp.owner, opportunities: [], atCap: false };
    group.opportunities.push(opp);
    groups.set(opp.owner.id, group);
  }
  const stalest = (opp: UpgradeOpportunity) => opp.lastActivityDate ?? opp.createdDate.slice(0, 10);
  return [...groups.values()]
    .map((group) => ({ ...group, atCap: cap !== null && group.opportunities.length >= cap, opportunities: [...group.opportunities].sort((a, b) => stalest(a).localeCompare(stalest(b))) }))
    .sort((a, b) => b.opportunities.length - a.opportunities.length || (a.owner.name ?? "").localeCompare(b.owner.name ?? ""));
}
