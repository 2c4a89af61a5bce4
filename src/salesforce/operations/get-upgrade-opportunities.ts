/**
 * Active upgrade opportunities owned by Pooled AEs: mine against my pool's cap
 * (15 in AMER), and for the Pooled ASM every AE's of the pool, with age and last
 * activity. One query; SOQL's LIKE pre-filters, the domain's isActiveUltimateUpgrade
 * decides (LIKE would also take "Ultimate pricing, then upgrade").
 */
import * as z from "zod/v4-mini";

import type { UpgradePolicy } from "../../domain/org-profile";
import { sameId, toId18 } from "../../domain/salesforce-id";
import { isActiveUltimateUpgrade } from "../../domain/upgrade-cap";
import type { UpgradeOpportunity } from "../../messaging/pool";
import { queryUrl, type Subrequest } from "../composite";
import { upgradeLike } from "../query/pooled-soql";
import { soqlId, soqlList } from "../query/soql";
import { nullable, OPPORTUNITY_FIELDS, OpportunityRecord, queryResult } from "./case-records";

export const UPGRADE_FIELDS = `${OPPORTUNITY_FIELDS}, CloseDate, LastActivityDate, LastModifiedDate, AccountId, Account.Name`;

/** The active upgrades of these owners (a SOQL condition on OwnerId). */
export function upgradesOfSubrequest(referenceId: string, owners: string, policy: UpgradePolicy): Subrequest {
  return {
    referenceId,
    method: "GET",
    url: queryUrl(`SELECT ${UPGRADE_FIELDS} FROM Opportunity WHERE IsClosed = false AND ${upgradeLike(policy)} AND ${owners} ORDER BY CreatedDate ASC, Id ASC LIMIT 2000`),
  };
}

/** Mine, and when `team` is given those of these users too. */
export function upgradesSubrequest(referenceId: string, meId: string, policy: UpgradePolicy, team: readonly string[] = []): Subrequest {
  return upgradesOfSubrequest(referenceId, `OwnerId IN ${soqlList([meId, ...team.filter((id) => !sameId(id, meId))], soqlId)}`, policy);
}

export const UpgradeRecord = z.extend(OpportunityRecord, {
  CloseDate: nullable,
  LastActivityDate: nullable,
  LastModifiedDate: z.string(),
  AccountId: nullable,
  Account: z.optional(z.nullable(z.object({ Name: nullable }))),
});

export function toUpgradeOpportunity(record: z.infer<typeof UpgradeRecord>): UpgradeOpportunity {
  return {
    id: toId18(record.Id),
    name: record.Name,
    nextStep: record.NextStep,
    stageName: record.StageName,
    createdDate: record.CreatedDate,
    closeDate: record.CloseDate,
    lastActivityDate: record.LastActivityDate,
    lastModifiedDate: record.LastModifiedDate,
    account: record.AccountId ? { id: toId18(record.AccountId), name: record.Account?.Name ?? null } : null,
    owner: { id: toId18(record.OwnerId), name: record.Owner?.Name ?? null },
  };
}

/** The active upgrades of a query answer; split into mine and everyone's. */
export function toUpgrades(body: unknown, meId: string, policy: UpgradePolicy): { mine: UpgradeOpportunity[]; all: UpgradeOpportunity[] } {
  const all = queryResult(UpgradeRecord)
    .parse(body)
    .records.filter((record) => isActiveUltimateUpgrade({ name: record.Name, nextStep: record.NextStep, isClosed: record.IsClosed }, policy))
    .map(toUpgradeOpportunity);
  return { mine: all.filter((opp) => sameId(opp.owner.id, meId)), all };
}
