/**
 * The handbook marks an Ultimate Upgrade opportunity by annotating "Ultimate
 * Upgrade" in its Name and Next Steps. People type it by hand, so either field is
 * enough, in any case and spacing.
 */
const MARK = /ultimate\s+upgrade/i;

export interface UpgradeCandidate {
  name: string | null;
  nextStep: string | null;
  isClosed: boolean;
}

export function isUltimateUpgrade(opportunity: Pick<UpgradeCandidate, "name" | "nextStep">): boolean {
  return MARK.test(opportunity.name ?? "") || MARK.test(opportunity.nextStep ?? "");
}

/** "Active" in the handbook: still open. */
export function isActiveUltimateUpgrade(opportunity: UpgradeCandidate): boolean {
  return !opportunity.isClosed && isUltimateUpgrade(opportunity);
}
