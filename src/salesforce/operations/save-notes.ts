/**
 * Saves the case's Notes (the profile's field), refusing (412) if someone changed
 * the case since the panel read it, in ONE Composite (allOrNone false): the Notes
 * read just before the write, the PATCH, then the panel's parts read back
 * (casePanelReadBack). Saved or refused, the answer carries the case as it now is,
 * so the panel redraws (or shows the new version to check against) without a second call.
 *
 * Same-second changes. If-Unmodified-Since compares LastModifiedDate, which has
 * second resolution: someone else's save in the same second as the version the
 * panel read passes it. Claim guards by values in a query (case-guard.ts), but
 * Notes is a long text area, and SOQL WHERE takes "any field except a long text
 * area" (SOQL reference, fieldExpression), nor can a Composite compare a value it
 * read with one we send. So the value is compared in the worker: the Composite reads
 * Notes right before the PATCH; when they are no longer the Notes the AE started
 * from, the PATCH overwrote a same-second change, and one more call, only then, puts
 * their text back (conditional on our own write being the latest) and reads the case
 * again. The AE is told the Notes changed and keeps the draft.
 * What is left: a write landing between the read and the PATCH of this Composite
 * (no transaction holds across them) passes If-Unmodified-Since only if it is in the
 * same second as the panel's version, i.e. the AE read and saved within that second;
 * any later second answers 412.
 */
import type { Connection } from "jsforce";
import * as z from "zod/v4-mini";

import type { SaveNotesRequest, SavedNotes } from "../../messaging/case-work";
import { caseUpdateHeaders } from "../case-update-headers";
import { composite, dataPath, firstError, queryUrl, SalesforceError, type CompositeResults, type Subrequest } from "../composite";
import type { OrgNames } from "../query/org-names";
import { soqlId } from "../query/soql";
import { nullable, queryResult } from "./case-records";
import { casePanelReadBack, readBackOf } from "./get-case-panel";

const BEFORE = "notesBefore";

/** The case's Notes read in the same Composite right before a write that replaces them. */
export function notesBeforeSubrequest(caseId: string, notesField: string): Subrequest {
  return { referenceId: BEFORE, method: "GET", url: queryUrl(`SELECT Id, ${notesField} FROM Case WHERE Id = ${soqlId(caseId)}`) };
}

/** The Notes the write replaced; undefined when the read did not answer (the write then stands on its precondition alone). */
export function notesBefore(results: CompositeResults, notesField: string): string | null | undefined {
  const answer = results.get(BEFORE);
  if (!answer || answer.status >= 400) return undefined;
  const row = queryResult(z.object({ [notesField]: nullable })).parse(answer.body).records[0];
  return row ? ((row[notesField] as string | null) ?? null) : undefined;
}

/** Notes as Salesforce compares them: empty and absent are the same. */
export const sameNotes = (a: string | null | undefined, b: string | null | undefined) => (a ?? "") === (b ?? "");

/** Puts Notes back (someone's same-second text our write replaced), only while our write is the latest, and reads the case again. */
export async function restoreNotes(connection: Connection, caseId: string, notes: string | null, ourVersion: string | undefined, names: OrgNames, notesField: string): Promise<CompositeResults> {
  return composite(
    connection,
    [
      { referenceId: "restore", method: "PATCH", url: dataPath(`/sobjects/Case/${caseId}`), body: { [notesField]: notes }, httpHeaders: caseUpdateHeaders(ourVersion) },
      ...casePanelReadBack(caseId, names),
    ],
    false,
  );
}

export async function saveNotes(connection: Connection, request: SaveNotesRequest, names: OrgNames): Promise<SavedNotes> {
  const notesField = names.field("case.notes", "write");
  if (!notesField) throw new SalesforceError("NOTES_FIELD_MISSING", "This org has no Notes field the extension may edit (see the org check on the options page); your draft is kept.");
  const results = await composite(
    connection,
    [
      notesBeforeSubrequest(request.caseId, notesField),
      { referenceId: "notes", method: "PATCH", url: dataPath(`/sobjects/Case/${request.caseId}`), body: { [notesField]: request.notes }, httpHeaders: caseUpdateHeaders(request.lastModifiedDate) },
      ...casePanelReadBack(request.caseId, names),
    ],
    false,
  );
  const write = results.get("notes");
  const panel = readBackOf(results, request.caseId, names);
  if (write?.status === 412) return { saved: false, panel };
  if (!write || write.status >= 300) {
    throw firstError(new Map([["notes", write ?? { status: 500, body: null }]])) ?? new SalesforceError("UNKNOWN_EXCEPTION", "Salesforce did not answer the Notes save.");
  }
  const replaced = notesBefore(results, notesField);
  if (replaced === undefined || sameNotes(replaced, request.notesFrom) || sameNotes(replaced, request.notes)) return { saved: true, panel };
  // A same-second change the precondition could not see: theirs goes back, the AE's draft stays in the panel.
  const restored = await restoreNotes(connection, request.caseId, replaced, panel?.case.lastModifiedDate, names, notesField);
  return { saved: false, panel: readBackOf(restored, request.caseId, names) };
}
