/** Saves the case's Notes, refusing (412) if someone changed the case since the panel read it. */
import type { Connection } from "jsforce";

import type { SaveNotesRequest } from "../../messaging/case-work";
import { caseUpdateHeaders } from "../case-update-headers";
import { dataPath } from "../composite";

export async function saveNotes(connection: Connection, request: SaveNotesRequest): Promise<{ saved: true }> {
  await connection.request({
    method: "PATCH",
    url: dataPath(`/sobjects/Case/${request.caseId}`),
    body: JSON.stringify({ Notes__c: request.notes }),
    headers: { "Content-Type": "application/json", ...caseUpdateHeaders(request.lastModifiedDate) },
  });
  return { saved: true };
}
