/**
 * What must be true before a case is closed, from the handbook: the end-user
 * contact is on the case, the Case Reason is set, the Status is one of the closed
 * options with a Resolution Action, and the related opportunity (if any) is closed
 * too. Every line carries its fix so the panel can say what is missing, not only
 * that something is.
 */
export type CloseCheckId = "contact" | "reason" | "closed-status" | "resolution-action" | "related-opportunity";

/** A closed CaseStatus: `value` (its ApiName) is what Case.Status holds; `label` (MasterLabel) is what people read. */
export interface ClosedStatusOption {
  value: string;
  label: string;
}

export interface CloseReadinessInput {
  contactSet: boolean;
  reasonSet: boolean;
  resolutionAction: string | null;
  /** False where the org has no Resolution Action field: the line is left out rather than impossible to meet. */
  hasResolutionAction?: boolean;
  /** The status the AE is closing with (its API value). */
  closedStatus: string | null;
  /** The org's closed CaseStatus values (four in the handbook). */
  closedStatuses: readonly ClosedStatusOption[];
  relatedOpportunity: null | {
    isClosed: boolean;
    /** The stage the AE picked to close it with, if closing it now. */
    chosenStage: string | null;
    closedStages: readonly string[];
  };
}

export interface CloseReadinessLine {
  id: CloseCheckId;
  label: string;
  ok: boolean;
  /** What to do; null when the line is fine. */
  fix: string | null;
}

export interface CloseReadiness {
  ready: boolean;
  lines: CloseReadinessLine[];
}

export function isFilled(value: string | null | undefined): boolean {
  return (value ?? "").trim().length > 0;
}

/** Whether `status` (a Case.Status value) is one of the org's closed statuses. */
export function isClosedStatus(status: string | null, closedStatuses: readonly ClosedStatusOption[]): boolean {
  return status !== null && closedStatuses.some((option) => option.value === status);
}

/** How to fix a status that is not closed: the closed options, by label. */
export function closedStatusFix(closedStatuses: readonly ClosedStatusOption[]): string {
  return `Set Status to one of the closed options: ${closedStatuses.map((status) => status.label).join(", ")}.`;
}

/**
 * The closed statuses to offer: those the profile names (in the org's order), or every
 * closed CaseStatus of the org when it names none.
 */
export function closedStatusesOf(statuses: ReadonlyArray<ClosedStatusOption & { isClosed: boolean }>, offered: readonly string[] | null = null): ClosedStatusOption[] {
  return statuses.filter((status) => status.isClosed && (offered === null || offered.includes(status.value))).map(({ value, label }) => ({ value, label }));
}

export function closeReadiness(input: CloseReadinessInput): CloseReadiness {
  const line = (id: CloseCheckId, label: string, ok: boolean, fix: string): CloseReadinessLine => ({ id, label, ok, fix: ok ? null : fix });
  const lines = [
    line("contact", "End-user contact on the case", input.contactSet, "Add the end-user contact you worked with to the Contact field."),
    line("reason", "Case Reason set", input.reasonSet, "Set the Case Reason to match the customer's request."),
    line("closed-status", "Closed status chosen", isClosedStatus(input.closedStatus, input.closedStatuses), closedStatusFix(input.closedStatuses)),
    ...(input.hasResolutionAction === false ? [] : [line("resolution-action", "Resolution Action set", isFilled(input.resolutionAction), "Choose a Resolution Action.")]),
  ];
  const opportunity = input.relatedOpportunity;
  if (opportunity) {
    const closing = opportunity.chosenStage !== null && opportunity.closedStages.includes(opportunity.chosenStage);
    lines.push(
      line(
        "related-opportunity",
        "Related opportunity closed",
        opportunity.isClosed || closing,
        `Close the related opportunity too: set its stage to one of ${opportunity.closedStages.join(", ")}.`,
      ),
    );
  }
  return { ready: lines.every((l) => l.ok), lines };
}
