/**
 * Transfer to the AE who already works the account: OwnerId = that AE and a line
 * appended to the case's Notes field (where the org has one) saying why, in ONE Composite (allOrNone false) shaped like
 * the claim's (see claim-case.ts and case-guard.ts):
 *
 *   guard    Account query whose child subquery yields this case only while it still
 *            has the owner the panel showed and is open, and whose semi-join keeps
 *            the account only while the conflicting record is still open and still
 *            owned by that AE. No row = no transfer.
 *   transfer PATCH /sobjects/Case/@{guard...} with If-Unmodified-Since (which also
 *            protects the Notes the new line is appended to) and Sforce-Auto-Assign: FALSE.
 *   panelCase, panelContact, panelAccount
 *            the panel's parts read after it (casePanelReadBack): the panel redraws
 *            from the answer, and the case read says who has it now.
 *
 * The note is appended to the Notes the panel read, and If-Unmodified-Since cannot
 * see a change made in the same second as that version (second resolution). Notes is
 * a long text area, which SOQL cannot filter on, so the guard cannot hold it: the
 * guard's case row also reads Notes, right before the PATCH, and when they are not
 * the ones the panel sent, one more call, only then, writes the note onto
 * their text instead (conditional on the transfer being the latest write). The
 * transfer itself stood: its owner and conflict were guarded by values.
 */
import type { Connection } from "jsforce";
import * as z from "zod/v4-mini";

import { toId18 } from "../../domain/salesforce-id";
import type { TransferRequest, TransferResult } from "../../messaging/case-actions";
import { caseUpdateHeaders } from "../case-update-headers";
import { composite, dataPath, queryUrl, SalesforceError, type CompositeResults, type Subrequest } from "../composite";
import type { OrgNames } from "../query/org-names";
import { soqlId } from "../query/soql";
import { nullable, queryResult } from "./case-records";
import { GUARDED_CASE_REF, guardedWriteOutcome, readCaseNow, sameCaseSubquery } from "./case-guard";
import { casePanelReadBack, READ_BACK, readBackOf } from "./get-case-panel";
import { restoreNotes, sameNotes } from "./save-notes";
import { localDateStamp } from "./local-date";

export type TransferInput = Omit<TransferRequest, "type">;

/** Who transfers: their name for the note, their time zone (TimeZoneSidKey) for its date. */
export interface TransferBy {
  name: string | null;
  timeZone: string | null;
}

/** The line the case's Notes get, so the next reader knows why the case moved. Dated in the AE's time zone. */
export function transferNote(input: TransferInput, by: TransferBy, on: Date, upgradeMark: string): string {
  const byName = by.name;
  const why = input.because.kind === "open-case" ? `they own open Pooled ${input.because.label} on this account` : `they own the open ${upgradeMark} opportunity "${input.because.label}" on this account`;
  return `${localDateStamp(on, by.timeZone)}: transferred to ${input.to.name ?? "the account's AE"}${byName ? ` by ${byName}` : ""} (Pooled Case Copilot): ${why}.`;
}

function appendNote(notes: string | null, line: string): string {
  return notes && notes.trim() ? `${notes.replace(/\s+$/, "")}\n${line}` : line;
}

function transferSubrequests(input: TransferInput, note: string, names: OrgNames): Subrequest[] {
  const notesField = names.field("case.notes", "write");
  if (!input.accountId) throw new SalesforceError("INVALID_INPUT", "A case without an account has no one to transfer to.");
  const conflictObject = input.because.kind === "open-case" ? "Case" : "Opportunity";
  const guard =
    `SELECT Id, ${sameCaseSubquery(input.caseId, input.ownerId, notesField ? `Id, ${notesField}` : "Id")} FROM Account WHERE Id = ${soqlId(input.accountId)} ` +
    `AND Id IN (SELECT AccountId FROM ${conflictObject} WHERE Id = ${soqlId(input.because.recordId)} AND OwnerId = ${soqlId(input.to.id)} AND IsClosed = false)`;
  return [
    { referenceId: "guard", method: "GET", url: queryUrl(guard) },
    {
      referenceId: "transfer",
      method: "PATCH",
      url: dataPath(`/sobjects/Case/${GUARDED_CASE_REF}`),
      body: { OwnerId: toId18(input.to.id), ...(notesField ? { [notesField]: appendNote(input.notes, note) } : {}) },
      httpHeaders: caseUpdateHeaders(input.lastModifiedDate),
    },
    ...casePanelReadBack(input.caseId, names),
  ];
}

/** The Notes the guard's case row held right before the PATCH; undefined when it did not say. */
function guardedNotes(results: CompositeResults, notesField: string): string | null | undefined {
  const guard = results.get("guard");
  if (!guard || guard.status >= 400) return undefined;
  const CaseRow = z.object({ [notesField]: z.optional(nullable) });
  const row = queryResult(z.object({ Cases: z.nullable(queryResult(CaseRow)) })).parse(guard.body).records[0]?.Cases?.records[0];
  return row && notesField in row ? ((row[notesField] as string | null) ?? null) : undefined;
}

export async function transferCase(connection: Connection, input: TransferInput, by: TransferBy, names: OrgNames, now: Date = new Date()): Promise<TransferResult> {
  const note = transferNote(input, by, now, names.profile.policy.upgrade.mark);
  const results = await composite(connection, transferSubrequests(input, note, names), false);
  const outcome = guardedWriteOutcome(results, "transfer");
  const panel = readBackOf(results, input.caseId, names);
  if (outcome === "written") {
    const notesField = names.field("case.notes", "write");
    const replaced = notesField ? guardedNotes(results, notesField) : undefined;
    if (!notesField || replaced === undefined || sameNotes(replaced, input.notes)) return { outcome: "transferred", to: input.to, panel };
    // Someone's same-second Notes were replaced by the panel's copy plus the note: put the note on theirs.
    const repaired = await restoreNotes(connection, input.caseId, appendNote(replaced, note), panel?.case.lastModifiedDate, names, notesField);
    return { outcome: "transferred", to: input.to, panel: readBackOf(repaired, input.caseId, names) ?? panel };
  }
  const caseNow = readCaseNow(results, READ_BACK.case);
  const unchanged = caseNow !== null && toId18(caseNow.owner.id) === toId18(input.ownerId) && !caseNow.isClosed;
  return outcome === "guard-empty" && unchanged ? { outcome: "conflict-gone", panel } : { outcome: "changed", now: caseNow, panel };
}
