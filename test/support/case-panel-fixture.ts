import type { AccountCase, CasePanelData } from "../../src/messaging/case-panel-data";
import type { OrgContext } from "../../src/messaging/org-context";
import { caseSummaryFixture } from "./case-summary-fixture";
import { FIXTURE_ME as ME, orgContextFixture } from "./org-context-fixture";

/** A queue-owned Contact Us case with its org context; override what a test is about. */
export function casePanelFixture(
  overrides: Partial<Omit<CasePanelData, "case" | "org">> & { case?: Partial<CasePanelData["case"]>; org?: Partial<OrgContext> } = {},
): CasePanelData {
  const { case: caseOverrides, org, ...rest } = overrides;
  return {
    case: {
      ...caseSummaryFixture(),
      reason: null,
      notes: null,
      resolutionAction: null,
      webFormDetails: "Company: Northwind\nHow can we help?: We need 20 more seats.",
      firstRespondedDate: null,
      closedDate: null,
      claimedAt: null,
      relatedOpportunity: null,
      ownerHistory: { changes: [], truncated: false },
      ...caseOverrides,
    },
    activities: [],
    account: { id: "001A0000006Vm9rIAC", name: "Northwind Traders", carr: 3200, region: "AMER", type: "Customer", owner: { id: "0058X00000F1YFqQAN", name: "Pooled Sales User" } },
    otherCases: [],
    opportunities: [],
    queueCases: [],
    ...rest,
    org: orgContextFixture(org),
  };
}

export const FIXTURE_ME = ME;

/**
 * The worker as the panel sees it for this data: "org/context" answers its org,
 * "case/panel" its case records; anything else goes to `other` (or is refused).
 */
export function panelWorker(data: CasePanelData, other?: (message: { type: string }) => unknown) {
  const { org, ...answer } = data;
  const sent: Array<{ type: string }> = [];
  const transport = async (message: unknown) => {
    const request = message as { type: string };
    sent.push(request);
    if (request.type === "org/context") return { ok: true, data: org };
    if (request.type === "case/panel") return { ok: true, data: answer };
    return other ? other(request) : { ok: false, error: { kind: "bad-request", message: `not expected: ${request.type}` } };
  };
  return { transport, sent };
}

/** Another open Pooled case on the account, owned by this AE: the handbook's conflict. */
export function accountCaseFixture(owner: { id: string; name: string }): AccountCase {
  return {
    id: "5008X0000000013QAA",
    caseNumber: "00000024",
    subject: null,
    status: "In Progress",
    isClosed: false,
    isPooled: true,
    createdDate: "2026-11-20T10:00:00.000+0000",
    owner: { ...owner, isQueue: false },
  };
}
