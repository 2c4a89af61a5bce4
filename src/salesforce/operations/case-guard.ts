/**
 * What claim and transfer share: the "guard" query whose single row the PATCH's
 * URL references, the read-back of who has the case now, and the reading of a
 * composite answer into "done", "412" or "the guard found nothing".
 *
 * Why a guard and If-Unmodified-Since both: If-Unmodified-Since compares at
 * second precision, so a change made in the same second as the version the panel
 * read would slip through it; the guard compares values (owner, open, account)
 * and cannot be fooled by timing. The composite is not one transaction, so the
 * guard alone could race with a concurrent write between its query and the
 * PATCH; the precondition then catches it (412). Together a lost race needs both
 * a same-second earlier change and a write between two subrequests.
 */
import * as z from "zod/v4-mini";

import { toId18 } from "../../domain/salesforce-id";
import type { CaseNow } from "../../messaging/case-actions";
import { firstError, queryUrl, type CompositeResults, type Subrequest } from "../composite";
import { soqlId } from "../query/soql";
import { isQueueOwner, nullable, OwnerRecord, queryResult } from "./case-records";

/** The child-subquery that yields this case only while it still has the owner the panel showed and is open. */
export function sameCaseSubquery(caseId: string, ownerId: string, fields = "Id"): string {
  return `(SELECT ${fields} FROM Cases WHERE Id = ${soqlId(caseId)} AND OwnerId = ${soqlId(ownerId)} AND IsClosed = false)`;
}

/** Where the guarded PATCH gets its case id: the guard's only row, or nothing (and then no PATCH). */
export const GUARDED_CASE_REF = "@{guard.records[0].Cases.records[0].Id}";

const CASE_NOW_REF = "now";

export function caseNowSubrequest(caseId: string): Subrequest {
  return {
    referenceId: CASE_NOW_REF,
    method: "GET",
    url: queryUrl(`SELECT Id, OwnerId, Owner.Name, Owner.Type, Status, IsClosed FROM Case WHERE Id = ${soqlId(caseId)}`),
  };
}

const CaseNowRecord = z.object({
  OwnerId: z.string(),
  Owner: OwnerRecord,
  Status: nullable,
  IsClosed: z.boolean(),
});

/** Who has the case, from a query of it in the composite (the "now" subrequest, or another that reads the same fields). */
export function readCaseNow(results: CompositeResults, referenceId: string = CASE_NOW_REF): CaseNow | null {
  const answer = results.get(referenceId);
  if (!answer || answer.status >= 400) return null;
  const record = queryResult(CaseNowRecord).parse(answer.body).records[0];
  if (!record) return null;
  const ownerId = toId18(record.OwnerId);
  return {
    owner: { id: ownerId, name: record.Owner?.Name ?? null, isQueue: isQueueOwner(ownerId, record.Owner) },
    status: record.Status,
    isClosed: record.IsClosed,
  };
}

export type GuardedWrite = "written" | "precondition-failed" | "guard-empty";

/**
 * How the guarded PATCH ended. Anything else Salesforce refused (a validation
 * rule, a locked row, no access) is thrown with Salesforce's own code and message.
 */
export function guardedWriteOutcome(results: CompositeResults, writeRef: string): GuardedWrite {
  const write = results.get(writeRef);
  if (write && write.status < 300) return "written";
  if (write?.status === 412) return "precondition-failed";
  // With allOrNone true every other subrequest answers PROCESSING_HALTED too: the write's own answer says why.
  const own = write ? firstError(new Map([[writeRef, write]])) : null;
  if (own?.errorCode === "PROCESSING_HALTED" && /invalid reference/i.test(own.message)) return "guard-empty";
  const error = firstError(results);
  // A guard with no row leaves the PATCH unresolved: PROCESSING_HALTED, "Invalid reference specified".
  const unresolved = error?.referenceId === writeRef && (error.errorCode === "PROCESSING_HALTED" || /invalid reference/i.test(error.message));
  if (!error || unresolved) return "guard-empty";
  throw error;
}
