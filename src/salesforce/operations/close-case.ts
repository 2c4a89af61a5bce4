/**
 * Close: the case (closed Status, Resolution Action where the org has the field) and its related opportunity
 * (a closed stage) in ONE Composite with allOrNone true, so a validation rule, a
 * locked row or a lost session on either leaves both as they were. The case PATCH
 * carries If-Unmodified-Since (the version the dialog was opened on) and
 * Sforce-Auto-Assign: FALSE. The panel's parts are read back after both writes in
 * the same request, so the panel redraws from the answer; a rollback halts them
 * too, and the panel then reads the case itself.
 *
 * The case PATCH is guarded by values too, as claim is (case-guard.ts): its URL
 * takes the id from a guard query that yields the case only while it still has the
 * owner and Status the dialog was opened on and is open. If-Unmodified-Since compares
 * at second precision, so someone else's change in the same second as the version
 * read (a reassignment, a status change) would slip through it; the values cannot.
 * An empty guard leaves the PATCH unresolved, which rolls the whole request back.
 */
import type { Connection } from "jsforce";

import type { CloseRequest, CloseResult } from "../../messaging/case-actions";
import { caseUpdateHeaders } from "../case-update-headers";
import { composite, dataPath, firstError, queryUrl, type Subrequest } from "../composite";
import type { OrgNames } from "../query/org-names";
import { soqlId, soqlString } from "../query/soql";
import { guardedWriteOutcome } from "./case-guard";
import { casePanelReadBack, readBackOf } from "./get-case-panel";

export type CloseInput = Omit<CloseRequest, "type">;

function closeSubrequests(input: CloseInput, names: OrgNames): Subrequest[] {
  const resolutionField = names.field("case.resolutionAction", "write");
  const sameStatus = input.fromStatus === null ? "Status = null" : `Status = ${soqlString(input.fromStatus)}`;
  const subrequests: Subrequest[] = [
    {
      referenceId: "guard",
      method: "GET",
      url: queryUrl(`SELECT Id FROM Case WHERE Id = ${soqlId(input.caseId)} AND OwnerId = ${soqlId(input.ownerId)} AND IsClosed = false AND ${sameStatus}`),
    },
    {
      referenceId: "case",
      method: "PATCH",
      url: dataPath("/sobjects/Case/@{guard.records[0].Id}"),
      body: { Status: input.status, ...(resolutionField && input.resolutionAction ? { [resolutionField]: input.resolutionAction } : {}) },
      httpHeaders: caseUpdateHeaders(input.lastModifiedDate),
    },
  ];
  if (input.opportunity) {
    subrequests.push({ referenceId: "opportunity", method: "PATCH", url: dataPath(`/sobjects/Opportunity/${input.opportunity.id}`), body: { StageName: input.opportunity.stageName } });
  }
  return [...subrequests, ...casePanelReadBack(input.caseId, names)];
}

export async function closeCase(connection: Connection, input: CloseInput, names: OrgNames): Promise<CloseResult> {
  const results = await composite(connection, closeSubrequests(input, names), true);
  const outcome = guardedWriteOutcome(results, "case");
  // Rolled back: nothing of this request was read; the panel reads the case itself.
  if (outcome !== "written") return { outcome: "changed", now: null, panel: null };
  const error = firstError(results);
  if (error) throw error;
  return { outcome: "closed", panel: readBackOf(results, input.caseId, names) };
}
