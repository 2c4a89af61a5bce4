/** Saves the case's Notes (the profile's field), refusing (412) if someone changed the case since the panel read it. */
import type { Connection } from "jsforce";

import type { SaveNotesRequest } from "../../messaging/case-work";
import { caseUpdateHeaders } from "../case-update-headers";
import { dataPath, SalesforceError } from "../composite";
import type { OrgNames } from "../query/org-names";

export async function saveNotes(connection: Connection, request: SaveNotesRequest, names: OrgNames): Promise<{ saved: true }> {
  const notesField = names.field("case.notes", "write");
  if (!notesField) throw new SalesforceError("NOTES_FIELD_MISSING", "This org has no Notes field the extension may edit (see the org check on the options page); your draft is kept.");
  await connection.request({
    method: "PATCH",
    url: dataPath(`/sobjects/Case/${request.caseId}`),
    body: JSON.stringify({ [notesField]: request.notes }),
    headers: { "Content-Type": "application/json", ...caseUpdateHeaders(request.lastModifiedDate) },
  });
  return { saved: true };
}
