/**
 * One click on the panel: an upgrade opportunity on the case's account, owned by
 * me, the profile's mark ("Ultimate Upgrade") in its Name and Next Step, at the
 * org's first open stage, closing in the profile's days. Two calls:
 *
 *   1. one Composite of reads: the case's account, my active upgrade opportunities
 *      (my pool's cap, 15 in AMER), the account's active upgrade opportunities (one
 *      AE per upgrade: a second one would be a conflict), the first open OpportunityStage.
 *      One past the cap, or an account another AE works, is refused here without writing.
 *   2. one Composite that creates and verifies: the POST, then my active upgrades read
 *      after it. A count read before a create cannot hold the cap against another tab
 *      or browser creating at the same moment, so the create is checked afterwards:
 *      every creator ranks the AE's open upgrades by CreatedDate then Id (capPlace), the
 *      first `cap` keep their place, and a new one ranked past them is deleted in a
 *      third call, the only one, and only for the loser of such a race.
 *
 * Why not one call: a Composite cannot make a POST depend on a count (SOQL filters
 * no aggregate in WHERE, and a reference fails only when its row is absent), so a
 * single call would create and delete an opportunity at every refusal the AE can
 * already see coming (triggers, notifications and the Recycle Bin included).
 * The worker also runs one create per AE at a time (background/upgrade-creates.ts).
 */
import type { Connection } from "jsforce";
import * as z from "zod/v4-mini";

import { addDays, formatLocalDate, localDateOf } from "../../domain/business-hours";
import { sameId, toId18 } from "../../domain/salesforce-id";
import { workingPool } from "../../domain/pools";
import { capOrder, capPlace, isActiveUltimateUpgrade, upgradeCapCheck } from "../../domain/upgrade-cap";
import type { OrgContext } from "../../messaging/org-context";
import type { CreateUpgradeResult, UpgradeOpportunity } from "../../messaging/pool";
import { composite, compositeBodies, dataPath, firstError, queryUrl, SalesforceError, type Subrequest } from "../composite";
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

const CaseAccount = z.object({ AccountId: nullable, Account: z.optional(z.nullable(z.object({ Name: nullable }))) });
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
  const opportunity = (id: string, at: string): UpgradeOpportunity => ({
    id: toId18(id),
    name: fields.Name,
    nextStep: fields.NextStep,
    stageName: fields.StageName,
    createdDate: at,
    closeDate: fields.CloseDate,
    lastActivityDate: null,
    lastModifiedDate: at,
    account: { id: fields.AccountId, name: theCase.Account?.Name ?? null },
    owner: { id: org.me.id, name: org.me.name },
  });

  const written = await composite(connection, [{ referenceId: "create", method: "POST", url: dataPath("/sobjects/Opportunity"), body: fields }, upgradesSubrequest("mineAfter", org.me.id, policy)], false);
  const post = written.get("create");
  if (!post || post.status >= 300) throw firstError(written) ?? new SalesforceError("UNKNOWN_EXCEPTION", "Salesforce did not answer the create.");
  const created = Created.parse(post.body);
  const after = written.get("mineAfter");
  // The create stands; only its count could not be read back (rare): say what is known.
  if (!after || after.status >= 300) return { outcome: "created", opportunity: opportunity(created.id, now.toISOString()), count: mine.length + 1, cap };
  const mineAfter = capOrder(toUpgrades(after.body, org.me.id, policy).mine);
  const mineNow = mineAfter.find((opp) => sameId(opp.id, created.id));
  const made = mineNow ?? opportunity(created.id, now.toISOString());
  if (cap === null) return { outcome: "created", opportunity: made, count: mineAfter.length, cap };
  const place = capPlace(mineAfter, created.id, cap);
  // Read past the cap, the ones behind mine are other creators' to take back: they will.
  if (place.keeps) return { outcome: "created", opportunity: made, count: Math.min(mineAfter.length, cap), cap };
  return takeBack(connection, made, mineAfter, mine, cap, policy.mark);
}

/** The loser of a race for the last place: its opportunity is deleted, and the AE is told who took the place. */
async function takeBack(
  connection: Connection,
  made: UpgradeOpportunity,
  mineAfter: UpgradeOpportunity[],
  mineBefore: UpgradeOpportunity[],
  cap: number,
  mark: string,
): Promise<CreateUpgradeResult> {
  const others = mineAfter.filter((opp) => !sameId(opp.id, made.id));
  const raced = others.some((opp) => !mineBefore.some((before) => sameId(before.id, opp.id)));
  const why = raced ? "; another tab or browser created one a moment ago" : "";
  try {
    await connection.request({ method: "DELETE", url: dataPath(`/sobjects/Opportunity/${made.id}`) });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      outcome: "over-cap",
      opportunity: made,
      reason: `“${made.name ?? made.id}” was created past your limit of ${cap} active ${mark} opportunities${why}, and Salesforce refused to delete it (${message}). Close one of them or hand it back.`,
      mine: mineAfter,
      cap,
    };
  }
  return { outcome: "refused", reason: `you already have ${others.length} active ${mark} opportunities, the limit is ${cap}${why}.`, mine: others, cap };
}
