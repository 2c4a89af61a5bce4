/**
 * AMER Pooled AEs focus on cases, so they may own at most 15 active Ultimate
 * Upgrade opportunities at once. The check answers "may I take one more?": at 15
 * the answer is no. EMEA AEs own all their region's opportunities, so callers
 * apply this to AMER AEs only.
 */
import { isActiveUltimateUpgrade, type UpgradeCandidate } from "./ultimate-upgrade";

export const ULTIMATE_UPGRADE_CAP = 15;

export type UpgradeCapCheck =
  | { allowed: true; count: number; cap: number }
  | { allowed: false; count: number; cap: number; reason: string };

/**
 * Counts only what is really an active Ultimate Upgrade, so passing every
 * opportunity the AE owns gives the same answer as passing a pre-filtered list.
 */
export function upgradeCapCheck(openUpgradeOppsOfAe: readonly UpgradeCandidate[], cap = ULTIMATE_UPGRADE_CAP): UpgradeCapCheck {
  const count = openUpgradeOppsOfAe.filter(isActiveUltimateUpgrade).length;
  if (count < cap) return { allowed: true, count, cap };
  return {
    allowed: false,
    count,
    cap,
    reason: `You already own ${count} active Ultimate Upgrade opportunities; the limit is ${cap}. Close or hand one back before taking another.`,
  };
}
