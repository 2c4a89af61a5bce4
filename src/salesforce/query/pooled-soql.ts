/**
 * The SOQL fragments of the handbook's rules, written from the profile: the
 * pooled record type, a pool's queue, the upgrade mark as LIKE can pre-filter it
 * (the domain then decides exactly), "not the pooled owner user".
 */
import type { OrgProfile, Pool, UpgradePolicy } from "../../domain/org-profile";
import { soqlId, soqlLikeWords, soqlList, soqlString } from "./soql";

/** `(Name LIKE '%Ultimate%Upgrade%' OR NextStep LIKE '%Ultimate%Upgrade%')` for the profile's mark and fields. */
export function upgradeLike(policy: Pick<UpgradePolicy, "mark" | "markedIn">): string {
  const pattern = soqlLikeWords(policy.mark.trim().split(/\s+/));
  return `(${policy.markedIn.map((field) => `${field} LIKE ${pattern}`).join(" OR ")})`;
}

export function pooledRecordType(profile: Pick<OrgProfile, "case">): string {
  return `RecordType.DeveloperName = ${soqlString(profile.case.recordType)}`;
}

/** The records a pool's queue owns (found by its DeveloperName, never by a cached id). */
export function ownedByPoolQueue(pool: Pool): string {
  return `OwnerId IN (SELECT Id FROM Group WHERE Type = 'Queue' AND DeveloperName = ${soqlString(pool.queue)})`;
}

/** The open cases waiting in my pool: its queue's, and in a regional pool only those of the accounts I own. */
export function poolCaseFilter(pool: Pool, meId: string): string {
  const own = pool.scope === "own-accounts" ? ` AND (Account.OwnerId = ${soqlId(meId)} OR AccountId = null)` : "";
  return `IsClosed = false AND ${ownedByPoolQueue(pool)}${own}`;
}

/** ` AND OwnerId NOT IN (...)` for the pooled owner users, or "" when the org has none. */
export function notPooledOwner(pooledOwnerUserIds: readonly string[]): string {
  return pooledOwnerUserIds.length ? ` AND OwnerId NOT IN ${soqlList(pooledOwnerUserIds, soqlId)}` : "";
}
