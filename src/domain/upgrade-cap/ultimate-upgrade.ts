/**
 * The handbook marks an upgrade opportunity by annotating its mark in its Name
 * and Next Steps. The profile holds the mark and the fields;
 * people type it by hand, so any of those fields is enough, in any case and spacing.
 */
import type { UpgradePolicy } from "../org-profile";

export interface UpgradeCandidate {
  name: string | null;
  nextStep: string | null;
  isClosed: boolean;
}

const escaped = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The mark as a pattern: its words in order, any spacing between them, any case. */
export function upgradeMarkPattern(policy: Pick<UpgradePolicy, "mark">): RegExp {
  return new RegExp(policy.mark.trim().split(/\s+/).map(escaped).join("\\s+"), "i");
}

export function isUltimateUpgrade(opportunity: Pick<UpgradeCandidate, "name" | "nextStep">, policy: Pick<UpgradePolicy, "mark" | "markedIn">): boolean {
  const mark = upgradeMarkPattern(policy);
  return policy.markedIn.some((field) => mark.test((field === "Name" ? opportunity.name : opportunity.nextStep) ?? ""));
}

/** "Active" in the handbook: still open. */
export function isActiveUltimateUpgrade(opportunity: UpgradeCandidate, policy: Pick<UpgradePolicy, "mark" | "markedIn">): boolean {
  return !opportunity.isClosed && isUltimateUpgrade(opportunity, policy);
}
