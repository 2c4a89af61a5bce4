/**
 * Take next: claim the first case of the queue, in the handbook's order, with the
 * panel's race-safe claim (claim-case.ts: guard + If-Unmodified-Since +
 * Sforce-Auto-Assign: FALSE, one Composite a try). A case someone took a moment
 * ago, or that belongs with another AE, is skipped and reported, and the next one
 * is tried. The claim is passed in, so this file never writes to Salesforce itself.
 */
import { sameId } from "../../domain/salesforce-id";
import type { CaseVersion, ClaimResult } from "../../messaging/case-actions";
import type { SkippedCase, TakeNextCandidate, TakeNextResult } from "../../messaging/pool";

export type ClaimFn = (version: CaseVersion) => Promise<ClaimResult>;

/** `meId` reads a claim whose answer was lost: the case read again afterwards says whether it is mine. */
export async function takeNext(candidates: readonly TakeNextCandidate[], claim: ClaimFn, meId: string): Promise<Omit<TakeNextResult, "openedInTab">> {
  const skipped: SkippedCase[] = [];
  for (const { caseNumber, ...version } of candidates) {
    const result = await claim(version);
    if (result.outcome === "claimed") return { claimed: { id: version.caseId, caseNumber }, skipped };
    if (result.outcome === "answer-lost") {
      const owner = result.panel.case.owner;
      if (sameId(owner.id, meId)) return { claimed: { id: version.caseId, caseNumber }, skipped };
      // Still in the queue after a lost answer: not claimed, and not tried again (the claim may yet land).
      skipped.push({ caseId: version.caseId, caseNumber, reason: owner.isQueue ? "changed" : "taken", who: owner.isQueue ? null : owner.name });
      break;
    }
    if (result.outcome === "conflict") {
      skipped.push({ caseId: version.caseId, caseNumber, reason: "conflict", who: result.transferTo.name });
    } else {
      const waiting = result.now !== null && result.now.owner.isQueue && !result.now.isClosed;
      skipped.push({ caseId: version.caseId, caseNumber, reason: waiting ? "changed" : "taken", who: waiting ? null : (result.now?.owner.name ?? null) });
    }
  }
  return { claimed: null, skipped };
}
