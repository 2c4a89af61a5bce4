/**
 * Active Ultimate Upgrade opportunities owned by Pooled AEs: mine against the cap
 * (15 in AMER), and for the AMER Pooled ASM every AE's, with age and last
 * activity. One query; SOQL's LIKE pre-filters, the domain's isActiveUltimateUpgrade
 * decides (LIKE would also take "Ultimate pricing, then upgrade").
 */
import * as z from "zod";

import { isActiveUltimateUpgrade } from "../../domain/upgrade-cap";
import { sameId, toId18 } from "../../domain/salesforce-id";
import type { UpgradeOpportunity } from "../../messaging/pool";
import { queryUrl, type Subrequest } from "../composite";
import { soqlId } from "./case-guard";
import { nullable, OpportunityFields, OpportunityRecord, queryResult } from "./case-records";
import { UPGRADE_LIKE } from "./get-queue";

export const ASM_ROLE = "ASM";
const AE_ROLE = "AE";

export const UpgradeFields = `${OpportunityFields}, CloseDate, LastActivityDate, LastModifiedDate, AccountId, Account.Name`;

/** Mine, or (teamToo) every Pooled AE's in my region: the ASM's view. */
export function upgradesSubrequest(referenceId: string, meId: string, teamToo: { region: string } | null): Subrequest {
  const owners = teamToo
    ? `(OwnerId = ${soqlId(meId)} OR (Owner.Pooled_Role__c = '${AE_ROLE}' AND Owner.Pooled_Region__c = '${teamToo.region}'))`
    : `OwnerId = ${soqlId(meId)}`;
  return {
    referenceId,
    method: "GET",
    url: queryUrl(`SELECT ${UpgradeFields} FROM Opportunity WHERE IsClosed = false AND ${UPGRADE_LIKE} AND ${owners} ORDER BY CreatedDate ASC LIMIT 2000`),
  };
}

export const UpgradeRecord = OpportunityRecord.extend({
  CloseDate: nullable,
  LastActivityDate: nullable,
  LastModifiedDate: z.string(),
  AccountId: nullable,
  Account: z.object({ Name: nullable }).nullable().optional(),
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

/** The active Ultimate Upgrades of a query answer; split into mine and everyone's. */
export function toUpgrades(body: unknown, meId: string): { mine: UpgradeOpportunity[]; all: UpgradeOpportunity[] } {
  const all = queryResult(UpgradeRecord)
    .parse(body)
    .records.filter((record) => isActiveUltimateUpgrade({ name: record.Name, nextStep: record.NextStep, isClosed: record.IsClosed }))
    .map(toUpgradeOpportunity);
  return { mine: all.filter((opp) => sameId(opp.owner.id, meId)), all };
}
