/**
 * Where a case is in the handbook's flow, read from its fields. "closing" is an
 * open case that already has a Resolution Action: the AE has started to wrap up.
 */
import { isFilled } from "../close-readiness";

export type CaseStep = "unclaimed" | "in-progress" | "closing" | "closed";

export interface CaseStepFacts {
  isClosed: boolean;
  ownerIsQueue: boolean;
  /** The Pooled Sales User owns AMER Pooled records by default: that is not a claim. */
  ownerIsPooledUser: boolean;
  resolutionAction: string | null;
}

export function caseStep(facts: CaseStepFacts): CaseStep {
  if (facts.isClosed) return "closed";
  if (facts.ownerIsQueue || facts.ownerIsPooledUser) return "unclaimed";
  return isFilled(facts.resolutionAction) ? "closing" : "in-progress";
}
