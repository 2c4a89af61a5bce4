/**
 * Saves the case's Notes (the profile's field), refusing (412) if someone changed
 * the case since the panel read it, in ONE Composite (allOrNone false): the PATCH,
 * then the panel's parts read back (casePanelReadBack). Saved or refused, the answer
 * carries the case as it now is, so the panel redraws (or shows the new version to
 * check against) without a second call.
 */
import type { Connection } from "jsforce";

import type { SaveNotesRequest, SavedNotes } from "../../messaging/case-work";
import { caseUpdateHeaders } from "../case-update-headers";
import { composite, dataPath, firstError, SalesforceError } from "../composite";
import type { OrgNames } from "../query/org-names";
import { casePanelReadBack, readBackOf } from "./get-case-panel";

export async function saveNotes(connection: Connection, request: SaveNotesRequest, names: OrgNames): Promise<SavedNotes> {
  const notesField = names.field("case.notes", "write");
  if (!notesField) throw new SalesforceError("NOTES_FIELD_MISSING", "This org has no Notes field the extension may edit (see the org check on the options page); your draft is kept.");
  const results = await composite(
    connection,
    [
      { referenceId: "notes", method: "PATCH", url: dataPath(`/sobjects/Case/${request.caseId}`), body: { [notesField]: request.notes }, httpHeaders: caseUpdateHeaders(request.lastModifiedDate) },
      ...casePanelReadBack(request.caseId, names),
    ],
    false,
  );
  const write = results.get("notes");
  const panel = readBackOf(results, request.caseId, names);
  if (write && write.status < 300) return { saved: true, panel };
  if (write?.status === 412) return { saved: false, panel };
  throw firstError(new Map([["notes", write ?? { status: 500, body: null }]])) ?? new SalesforceError("UNKNOWN_EXCEPTION", "Salesforce did not answer the Notes save.");
}
