/**
 * AMER Pooled AEs focus on cases, so they may own at most 15 active Ultimate
 * Upgrade opportunities at once (the cap is the pool's, in the profile; EMEA's
 * pools have none). The check answers "may I take one more?": at the cap the
 * answer is no.
 */
import type { UpgradePolicy } from "../org-profile";
import { isActiveUltimateUpgrade, type UpgradeCandidate } from "./ultimate-upgrade";

export type UpgradeCapCheck =
  | { allowed: true; count: number; cap: number }
  | { allowed: false; count: number; cap: number; reason: string };

/**
 * Counts only what is really an active upgrade, so passing every opportunity the
 * AE owns gives the same answer as passing a pre-filtered list.
 */
export function upgradeCapCheck(openUpgradeOppsOfAe: readonly UpgradeCandidate[], cap: number, policy: Pick<UpgradePolicy, "mark" | "markedIn">): UpgradeCapCheck {
  const count = openUpgradeOppsOfAe.filter((opportunity) => isActiveUltimateUpgrade(opportunity, policy)).length;
  if (count < cap) return { allowed: true, count, cap };
  return {
    allowed: false,
    count,
    cap,
    reason: `You already own ${count} active ${policy.mark} opportunities; the limit is ${cap}. Close or hand one back before taking another.`,
  };
}
