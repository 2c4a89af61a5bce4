import { closeReadiness, type CloseReadinessInput } from "./close-readiness";

// Case.Status holds the CaseStatus ApiName; one here differs from its label, as after a rename.
const CLOSED_STATUSES = [
  { value: "Closed_Resolved", label: "Closed - Resolved" },
  { value: "Closed - Customer Unresponsive", label: "Closed - Customer Unresponsive" },
  { value: "Closed - Duplicate", label: "Closed - Duplicate" },
  { value: "Closed - Transferred", label: "Closed - Transferred" },
];
const CLOSED_STAGES = ["Closed Won", "8-Closed Lost", "9-Unqualified"];

const ready: CloseReadinessInput = {
  contactSet: true,
  reasonSet: true,
  resolutionAction: "Question Answered",
  closedStatus: "Closed_Resolved",
  closedStatuses: CLOSED_STATUSES,
  relatedOpportunity: null,
};
const opp = (isClosed: boolean, chosenStage: string | null) => ({ isClosed, chosenStage, closedStages: CLOSED_STAGES });

describe("closeReadiness", () => {
  it.each<[string, Partial<CloseReadinessInput>, string[]]>([
    ["everything in place", {}, []],
    ["no contact", { contactSet: false }, ["contact"]],
    ["no reason", { reasonSet: false }, ["reason"]],
    ["no status chosen", { closedStatus: null }, ["closed-status"]],
    ["an open status", { closedStatus: "In Progress" }, ["closed-status"]],
    ["a closed status's label instead of its API value", { closedStatus: "Closed - Resolved" }, ["closed-status"]],
    ["a blank resolution action", { resolutionAction: "  " }, ["resolution-action"]],
    ["an open opportunity left open", { relatedOpportunity: opp(false, null) }, ["related-opportunity"]],
    ["an open opportunity given an open stage", { relatedOpportunity: opp(false, "5-Negotiating") }, ["related-opportunity"]],
    ["an open opportunity being closed now", { relatedOpportunity: opp(false, "Closed Won") }, []],
    ["an opportunity already closed", { relatedOpportunity: opp(true, null) }, []],
    ["several gaps at once", { contactSet: false, resolutionAction: null }, ["contact", "resolution-action"]],
  ])("%s", (_name, overrides, failing) => {
    const result = closeReadiness({ ...ready, ...overrides });
    expect(result.ready).toBe(failing.length === 0);
    expect(result.lines.filter((l) => !l.ok).map((l) => l.id)).toEqual(failing);
    for (const line of result.lines) expect(line.fix === null).toBe(line.ok);
  });

  it("has an opportunity line only when there is a related opportunity", () => {
    expect(closeReadiness(ready).lines.map((l) => l.id)).toEqual(["contact", "reason", "closed-status", "resolution-action"]);
    expect(closeReadiness({ ...ready, relatedOpportunity: opp(true, null) }).lines.map((l) => l.id)).toContain("related-opportunity");
  });

  it("names the closed options in the fix", () => {
    const line = closeReadiness({ ...ready, closedStatus: null }).lines.find((l) => l.id === "closed-status");
    expect(line?.fix).toContain("Closed - Customer Unresponsive");
  });

  it("names the closed options by label, not by API value", () => {
    const line = closeReadiness({ ...ready, closedStatus: null }).lines.find((l) => l.id === "closed-status");
    expect(line?.fix).toBe("Set Status to one of the closed options: Closed - Resolved, Closed - Customer Unresponsive, Closed - Duplicate, Closed - Transferred.");
  });
});
