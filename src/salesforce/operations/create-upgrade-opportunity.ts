/**
 * One click on the panel: an upgrade opportunity on the case's account, owned by
 * me, the profile's mark ("Ultimate Upgrade") in its Name and Next Step, at the
 * org's first open stage, closing in the profile's days. Two calls:
 *
 *   1. one Composite of reads: the case's account, my active upgrade opportunities
 *      (my pool's cap, 15 in AMER), the account's active upgrade opportunities (one
 *      AE per upgrade: a second one would be a conflict), the first open OpportunityStage;
 *   2. the POST, only when the cap and the account allow it.
 *
 * One past the cap is refused with the reason and the list of my open ones, so the
 * AE can pick one to close or hand back.
 */
import type { Connection } from "jsforce";
import * as z from "zod";

import { addDays, formatLocalDate, localDateOf } from "../../domain/business-hours";
import { sameId, toId18 } from "../../domain/salesforce-id";
import { workingPool } from "../../domain/pools";
import { isActiveUltimateUpgrade, upgradeCapCheck } from "../../domain/upgrade-cap";
import type { OrgContext } from "../../messaging/org-context";
import type { CreateUpgradeResult } from "../../messaging/pool";
import { compositeBodies, dataPath, queryUrl, type Subrequest } from "../composite";
import { upgradeLike } from "../query/pooled-soql";
import { soqlId } from "../query/soql";
import { nullable, queryResult } from "./case-records";
import { toUpgradeOpportunity, toUpgrades, UPGRADE_FIELDS, UpgradeRecord, upgradesSubrequest } from "./get-upgrade-opportunities";

/** Opportunity.Name holds 120 characters. */
const NAME_MAX = 120;

function createUpgradeReads(caseId: string, org: OrgContext): Subrequest[] {
  const policy = org.profile.policy.upgrade;
  return [
    { referenceId: "case", method: "GET", url: queryUrl(`SELECT Id, AccountId, Account.Name FROM Case WHERE Id = ${soqlId(caseId)}`) },
    upgradesSubrequest("mine", org.me.id, policy),
    {
      referenceId: "accountUpgrades",
      method: "GET",
      url: queryUrl(`SELECT ${UPGRADE_FIELDS} FROM Opportunity WHERE IsClosed = false AND ${upgradeLike(policy)} AND AccountId IN (SELECT AccountId FROM Case WHERE Id = ${soqlId(caseId)})`),
    },
    { referenceId: "stage", method: "GET", url: queryUrl("SELECT MasterLabel, ApiName FROM OpportunityStage WHERE IsActive = true AND IsClosed = false ORDER BY SortOrder ASC LIMIT 1") },
  ];
}

const CaseAccount = z.object({ AccountId: nullable, Account: z.object({ Name: nullable }).nullable().optional() });
const Stage = z.object({ MasterLabel: z.string(), ApiName: nullable });
const Created = z.object({ id: z.string(), success: z.literal(true) });

function upgradeName(accountName: string | null, mark: string): string {
  const suffix = ` - ${mark}`;
  return `${(accountName ?? "Account").slice(0, NAME_MAX - suffix.length)}${suffix}`;
}

export async function createUpgradeOpportunity(connection: Connection, caseId: string, org: OrgContext, now = new Date()): Promise<CreateUpgradeResult> {
  const policy = org.profile.policy.upgrade;
  const cap = workingPool(org).upgradeCap;
  const bodies = await compositeBodies(connection, createUpgradeReads(caseId, org));
  const { mine } = toUpgrades(bodies.get("mine"), org.me.id, policy);
  const refuse = (reason: string): CreateUpgradeResult => ({ outcome: "refused", reason, mine, cap });

  const theCase = queryResult(CaseAccount).parse(bodies.get("case")).records[0];
  if (!theCase) return refuse("The case was not found: it may have been deleted.");
  if (!theCase.AccountId) return refuse("This case has no account: add the customer's contact (which sets the account) first.");

  if (cap !== null) {
    const check = upgradeCapCheck(mine.map((opp) => ({ ...opp, isClosed: false })), cap, policy);
    if (!check.allowed) return refuse(check.reason);
  }
  const onAccount = queryResult(UpgradeRecord)
    .parse(bodies.get("accountUpgrades"))
    .records.filter((record) => isActiveUltimateUpgrade({ name: record.Name, nextStep: record.NextStep, isClosed: record.IsClosed }, policy))
    .filter((record) => !org.pooledOwnerUserIds.some((id) => sameId(id, record.OwnerId)))
    .map(toUpgradeOpportunity)[0];
  if (onAccount) {
    const who = sameId(onAccount.owner.id, org.me.id) ? "you already own" : `${onAccount.owner.name ?? "another AE"} owns`;
    return refuse(`${theCase.Account?.Name ?? "This account"} already has an active ${policy.mark} opportunity: ${who} "${onAccount.name ?? onAccount.id}".`);
  }
  const stage = queryResult(Stage).parse(bodies.get("stage")).records[0];
  if (!stage) return refuse("The org has no open opportunity stage to start the opportunity in.");

  const fields = {
    Name: upgradeName(theCase.Account?.Name ?? null, policy.mark),
    AccountId: toId18(theCase.AccountId),
    OwnerId: org.me.id,
    StageName: stage.ApiName ?? stage.MasterLabel,
    CloseDate: formatLocalDate(addDays(localDateOf(now, org.me.timeZone), policy.closeInDays)),
    NextStep: policy.mark,
  };
  const created = Created.parse(
    await connection.request({ method: "POST", url: dataPath("/sobjects/Opportunity"), body: JSON.stringify(fields), headers: { "Content-Type": "application/json" } }),
  );
  const at = now.toISOString();
  return {
    outcome: "created",
    opportunity: {
      id: toId18(created.id),
      name: fields.Name,
      nextStep: fields.NextStep,
      stageName: fields.StageName,
      createdDate: at,
      closeDate: fields.CloseDate,
      lastActivityDate: null,
      lastModifiedDate: at,
      account: { id: fields.AccountId, name: theCase.Account?.Name ?? null },
      owner: { id: org.me.id, name: org.me.name },
    },
    count: mine.length + 1,
    cap,
  };
}
