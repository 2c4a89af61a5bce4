/**
 * Claim: Owner = me, Status = the profile's in-progress status, in ONE Composite (allOrNone false):
 *
 *   guard   Account query whose child subquery yields this case only while it still
 *           has the owner the panel showed and is open, and whose two anti-joins
 *           drop the account when it has an open Pooled case owned by an AE or an
 *           open upgrade opportunity owned by an AE (the handbook's
 *           conflicts). No row = no claim.
 *   claim   PATCH /sobjects/Case/@{guard.records[0].Cases.records[0].Id} with
 *           If-Unmodified-Since (the version the panel read) and Sforce-Auto-Assign:
 *           FALSE (else the assignment rule sends the case back to the queue).
 *   now     who has the case after it (for "now owned by X").
 *   account the account's open cases and opportunities, read fresh, so a conflict
 *           that appeared since the panel loaded becomes the transfer offer.
 *
 * allOrNone is false on purpose: the PATCH is the only write, so there is nothing
 * to roll back, and with allOrNone true a failed PATCH would turn the read-backs
 * into PROCESSING_HALTED, costing a second round trip to say who has the case.
 *
 * SOQL rules kept (SOQL and SOSL Reference, "Semi-Joins with IN and Anti-Joins with
 * NOT IN"): no semi/anti-join from Case into Case (hence the outer Account), at most
 * two of them per WHERE, none under OR or NOT, none nested; 3 queries of the 5 a
 * composite allows. A case without an account cannot conflict: its guard is a plain
 * Case query that also requires AccountId = null.
 */
import type { Connection } from "jsforce";

import type { OrgProfile } from "../../domain/org-profile";
import { toId18 } from "../../domain/salesforce-id";
import type { CaseVersion, ClaimResult } from "../../messaging/case-actions";
import { caseUpdateHeaders } from "../case-update-headers";
import { composite, dataPath, queryUrl, type Subrequest } from "../composite";
import { notPooledOwner, pooledRecordType, upgradeLike } from "../query/pooled-soql";
import { soqlId } from "../query/soql";
import { caseNowSubrequest, GUARDED_CASE_REF, guardedWriteOutcome, readCaseNow, sameCaseSubquery } from "./case-guard";
import { queryResult } from "./case-records";
import { accountTransferTarget, accountWorkSoql, AccountWork } from "./get-queue";

export interface Claimant {
  meId: string;
  pooledOwnerUserIds: readonly string[];
  profile: OrgProfile;
}

/** Anti-joins that keep the account only while nobody else works it. */
function noConflictFilter(caseId: string, claimant: Claimant): string {
  const notPooled = notPooledOwner(claimant.pooledOwnerUserIds);
  return (
    `Id NOT IN (SELECT AccountId FROM Case WHERE IsClosed = false AND ${pooledRecordType(claimant.profile)} ` +
    `AND Owner.Type = 'User' AND Id != ${soqlId(caseId)}${notPooled}) ` +
    `AND Id NOT IN (SELECT AccountId FROM Opportunity WHERE IsClosed = false ` +
    `AND ${upgradeLike(claimant.profile.policy.upgrade)}${notPooled})`
  );
}

function guardSubrequest(version: CaseVersion, claimant: Claimant): { guard: Subrequest; caseRef: string } {
  const soql = version.accountId
    ? `SELECT Id, ${sameCaseSubquery(version.caseId, version.ownerId)} FROM Account ` +
      `WHERE Id = ${soqlId(version.accountId)} AND ${noConflictFilter(version.caseId, claimant)}`
    : `SELECT Id FROM Case WHERE Id = ${soqlId(version.caseId)} AND OwnerId = ${soqlId(version.ownerId)} AND IsClosed = false AND AccountId = null`;
  return {
    guard: { referenceId: "guard", method: "GET", url: queryUrl(soql) },
    caseRef: version.accountId ? GUARDED_CASE_REF : "@{guard.records[0].Id}",
  };
}

function claimSubrequests(version: CaseVersion, claimant: Claimant): Subrequest[] {
  const { guard, caseRef } = guardSubrequest(version, claimant);
  return [
    guard,
    {
      referenceId: "claim",
      method: "PATCH",
      url: dataPath(`/sobjects/Case/${caseRef}`),
      body: { OwnerId: toId18(claimant.meId), Status: claimant.profile.case.inProgressStatus },
      httpHeaders: caseUpdateHeaders(version.lastModifiedDate),
    },
    caseNowSubrequest(version.caseId),
    {
      referenceId: "account",
      method: "GET",
      url: queryUrl(accountWorkSoql(`Id = ${soqlId(version.caseId)}`, false, claimant.profile)),
    },
  ];
}

export async function claimCase(connection: Connection, version: CaseVersion, claimant: Claimant): Promise<ClaimResult> {
  const results = await composite(connection, claimSubrequests(version, claimant), false);
  const outcome = guardedWriteOutcome(results, "claim");
  if (outcome === "written") return { outcome: "claimed" };
  const now = readCaseNow(results);
  const unchanged = now !== null && toId18(now.owner.id) === toId18(version.ownerId) && !now.isClosed;
  if (outcome === "guard-empty" && unchanged) {
    const account = queryResult(AccountWork).parse(results.get("account")?.body).records[0];
    const target = accountTransferTarget(version.caseId, account, claimant.pooledOwnerUserIds, claimant.profile);
    if (target) {
      const { because } = target;
      return { outcome: "conflict", transferTo: { id: target.id, name: target.name || null }, because: { kind: because.kind, recordId: because.recordId, label: because.label } };
    }
  }
  return { outcome: "changed", now };
}
