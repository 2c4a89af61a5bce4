/**
 * The handbook's field-update cheat sheet per step. Each line is checked against
 * the case, so the same sheet tells the AE what to update and whether it is done.
 */
import { closedStatusFix, isClosedStatus, isFilled, type ClosedStatusOption } from "../close-readiness";
import { sameId } from "../salesforce-id";
import type { CaseStep } from "./case-step";

export interface CaseFacts {
  ownerId: string;
  currentUserId: string;
  status: string | null;
  /** The profile's in-progress CaseStatus (claiming sets it; Salesforce then stamps First Responded), by value and label. */
  inProgress: ClosedStatusOption;
  reason: string | null;
  contactId: string | null;
  notes: string | null;
  /** Logged activities (Tasks) on the case, its contact or account. */
  activityCount: number;
  resolutionAction: string | null;
  /** Compared by value (Case.Status holds the ApiName), shown by label. */
  closedStatuses: readonly ClosedStatusOption[];
  relatedOpportunity: null | { isClosed: boolean };
  /** Lines about fields this org does not have: left out, not shown as impossible to-dos. */
  fieldsOff?: ReadonlyArray<"notes" | "resolution-action">;
}

export type CheatSheetLineId =
  | "owner"
  | "status-in-progress"
  | "reason"
  | "contact"
  | "notes"
  | "activities"
  | "closed-status"
  | "resolution-action"
  | "related-opportunity";

export interface CheatSheetLine {
  id: CheatSheetLineId;
  field: string;
  instruction: string;
  ok: boolean;
}

export function cheatSheet(step: CaseStep, facts: CaseFacts): CheatSheetLine[] {
  const off = new Set<CheatSheetLineId>(facts.fieldsOff ?? []);
  return linesOf(step, facts).filter((line) => !off.has(line.id));
}

function linesOf(step: CaseStep, facts: CaseFacts): CheatSheetLine[] {
  const line = (id: CheatSheetLineId, field: string, instruction: string, ok: boolean): CheatSheetLine => ({ id, field, instruction, ok });
  switch (step) {
    case "unclaimed":
      return [
        line("owner", "Case Owner", "Change the Case Owner to yourself.", sameId(facts.ownerId, facts.currentUserId)),
        line("status-in-progress", "Status", `Set Status to ${facts.inProgress.label}.`, facts.status === facts.inProgress.value),
      ];
    case "in-progress":
      return [
        line("reason", "Case Reason", "Set the Case Reason to match the customer's request.", isFilled(facts.reason)),
        line("contact", "Contact", "Add the end-user contact you are engaging with to the Contact field.", isFilled(facts.contactId)),
        line("notes", "Notes", "Write the case's next steps in Notes.", isFilled(facts.notes)),
        line("activities", "Activities", "Log your emails and calls as activities on the contact or account.", facts.activityCount > 0),
      ];
    case "closing":
    case "closed": {
      const lines = [
        line("closed-status", "Status", closedStatusFix(facts.closedStatuses), isClosedStatus(facts.status, facts.closedStatuses)),
        line("resolution-action", "Resolution Action", "Choose the Resolution Action.", isFilled(facts.resolutionAction)),
      ];
      if (facts.relatedOpportunity) {
        lines.push(line("related-opportunity", "Related opportunity", "Close the related opportunity too.", facts.relatedOpportunity.isClosed));
      }
      return lines;
    }
  }
}
