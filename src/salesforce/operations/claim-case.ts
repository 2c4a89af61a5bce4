/**
 * Claim: Owner = me, Status = the profile's in-progress status, in ONE Composite (allOrNone false):
 *
 *   guard   Account query whose child subquery yields this case only while it still
 *           has the owner the panel showed and is open, and whose two anti-joins
 *           drop the account when it has an open Pooled case owned by another AE or
 *           an open upgrade opportunity owned by another AE (the handbook's
 *           conflicts; what I own there makes the case mine to claim). No row = no claim.
 *   claim   PATCH /sobjects/Case/@{guard.records[0].Cases.records[0].Id} with
 *           If-Unmodified-Since (the version the panel read) and Sforce-Auto-Assign:
 *           FALSE (else the assignment rule sends the case back to the queue).
 *   panelCase, panelContact, panelAccount
 *           the panel's parts read after it (casePanelReadBack): the answer carries
 *           them, so the panel redraws without a second call; they also say who has
 *           the case now (for "now owned by X"), and the account's open cases and
 *           opportunities read fresh turn a conflict that appeared since the panel
 *           loaded into the transfer offer.
 *
 * allOrNone is false on purpose: the PATCH is the only write, so there is nothing
 * to roll back, and with allOrNone true a failed PATCH would turn the read-backs
 * into PROCESSING_HALTED, costing a second round trip to say who has the case.
 *
 * SOQL rules kept (SOQL and SOSL Reference, "Semi-Joins with IN and Anti-Joins with
 * NOT IN"): no semi/anti-join from Case into Case (hence the outer Account), at most
 * two of them per WHERE, none under OR or NOT, none nested; 4 queries of the 5 a
 * composite allows. A case without an account cannot conflict: its guard is a plain
 * Case query that also requires AccountId = null.
 */
import type { Connection } from "jsforce";

import type { OrgProfile } from "../../domain/org-profile";
import { toId18 } from "../../domain/salesforce-id";
import type { CaseVersion, ClaimResult } from "../../messaging/case-actions";
import { caseUpdateHeaders } from "../case-update-headers";
import { composite, dataPath, queryUrl, type Subrequest } from "../composite";
import { orgNames, type OrgNames } from "../query/org-names";
import { notPooledOwner, pooledRecordType, upgradeLike } from "../query/pooled-soql";
import { soqlId } from "../query/soql";
import { GUARDED_CASE_REF, guardedWriteOutcome, readCaseNow, sameCaseSubquery } from "./case-guard";
import { queryResult } from "./case-records";
import { casePanelReadBack, READ_BACK, readBackOf } from "./get-case-panel";
import { accountTransferTarget, AccountWork } from "./get-queue";

export interface Claimant {
  meId: string;
  pooledOwnerUserIds: readonly string[];
  profile: OrgProfile;
  /** The org's field names for the read-back (default: the profile's). */
  names?: OrgNames;
}

/** Anti-joins that keep the account only while nobody else works it (my own records send the case to me). */
function noConflictFilter(caseId: string, claimant: Claimant): string {
  const notPooled = `${notPooledOwner(claimant.pooledOwnerUserIds)} AND OwnerId != ${soqlId(toId18(claimant.meId))}`;
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

function claimSubrequests(version: CaseVersion, claimant: Claimant, names: OrgNames): Subrequest[] {
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
    ...casePanelReadBack(version.caseId, names),
  ];
}

export async function claimCase(connection: Connection, version: CaseVersion, claimant: Claimant): Promise<ClaimResult> {
  const names = claimant.names ?? orgNames(claimant.profile, null);
  const results = await composite(connection, claimSubrequests(version, claimant, names), false);
  const outcome = guardedWriteOutcome(results, "claim");
  const panel = readBackOf(results, version.caseId, names);
  if (outcome === "written") return { outcome: "claimed", panel };
  const now = readCaseNow(results, READ_BACK.case);
  const unchanged = now !== null && toId18(now.owner.id) === toId18(version.ownerId) && !now.isClosed;
  if (outcome === "guard-empty" && unchanged) {
    const account = queryResult(AccountWork).parse(results.get(READ_BACK.account)?.body).records[0];
    const target = accountTransferTarget(version.caseId, account, claimant.pooledOwnerUserIds, claimant.profile, claimant.meId);
    if (target) {
      const { because } = target;
      return { outcome: "conflict", transferTo: { id: target.id, name: target.name || null }, because: { kind: because.kind, recordId: because.recordId, label: because.label }, panel };
    }
  }
  return { outcome: "changed", now, panel };
}
