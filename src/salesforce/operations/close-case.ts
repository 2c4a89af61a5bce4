/**
 * Close: the case (closed Status, Resolution Action where the org has the field) and its related opportunity
 * (a closed stage) in ONE Composite with allOrNone true, so a validation rule, a
 * locked row or a lost session on either leaves both as they were. The case PATCH
 * carries If-Unmodified-Since (the version the dialog was opened on) and
 * Sforce-Auto-Assign: FALSE.
 */
import type { Connection } from "jsforce";

import type { CloseRequest, CloseResult } from "../../messaging/case-actions";
import { caseUpdateHeaders } from "../case-update-headers";
import { composite, dataPath, firstError, type Subrequest } from "../composite";
import type { OrgNames } from "../query/org-names";

export type CloseInput = Omit<CloseRequest, "type">;

function closeSubrequests(input: CloseInput, resolutionField: string | null): Subrequest[] {
  const subrequests: Subrequest[] = [
    {
      referenceId: "case",
      method: "PATCH",
      url: dataPath(`/sobjects/Case/${input.caseId}`),
      body: { Status: input.status, ...(resolutionField && input.resolutionAction ? { [resolutionField]: input.resolutionAction } : {}) },
      httpHeaders: caseUpdateHeaders(input.lastModifiedDate),
    },
  ];
  if (input.opportunity) {
    subrequests.push({ referenceId: "opportunity", method: "PATCH", url: dataPath(`/sobjects/Opportunity/${input.opportunity.id}`), body: { StageName: input.opportunity.stageName } });
  }
  return subrequests;
}

export async function closeCase(connection: Connection, input: CloseInput, names: OrgNames): Promise<CloseResult> {
  const results = await composite(connection, closeSubrequests(input, names.field("case.resolutionAction", "write")), true);
  if (results.get("case")?.status === 412) return { outcome: "changed", now: null };
  const error = firstError(results);
  if (error) throw error;
  return { outcome: "closed" };
}
