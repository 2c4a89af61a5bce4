/**
 * The Pooled ASM closes an upgrade opportunity that is not valid: one click with a
 * reason. Two calls: a Composite of reads (the opportunity as it is now, the org's
 * first closed-lost stage; that I am the ASM comes from the org context), then the
 * PATCH, conditional on the version the ASM saw (If-Unmodified-Since), so an AE's
 * update in the meantime is not overwritten. The reason goes to Next Step, which
 * keeps the upgrade mark so reports still find it.
 */
import type { Connection } from "jsforce";
import * as z from "zod/v4-mini";

import { isUltimateUpgrade } from "../../domain/upgrade-cap";
import type { OrgContext } from "../../messaging/org-context";
import type { CloseUpgradeRequest, CloseUpgradeResult } from "../../messaging/pool";
import { ifUnmodifiedSince } from "../case-update-headers";
import { composite, compositeBodies, dataPath, firstError, queryUrl } from "../composite";
import { soqlId } from "../query/soql";
import { localDateStamp } from "./local-date";
import { nullable, queryResult } from "./case-records";

/** Opportunity.NextStep holds 255 characters. */
const NEXT_STEP_MAX = 255;

const Opp = z.object({ Name: nullable, NextStep: nullable, IsClosed: z.boolean() });
const Stage = z.object({ MasterLabel: z.string(), ApiName: nullable });

function closedNextStep(mark: string, reason: string, by: string | null, today: string): string {
  return `${mark} closed as not valid by ${by ?? "the ASM"} on ${today}: ${reason.trim()}`.slice(0, NEXT_STEP_MAX);
}

export async function closeUpgradeOpportunity(
  connection: Connection,
  input: Omit<CloseUpgradeRequest, "type">,
  org: Pick<OrgContext, "me" | "profile">,
  now = new Date(),
): Promise<CloseUpgradeResult> {
  const { me } = org;
  const policy = org.profile.policy.upgrade;
  if (!me.isManager) return { outcome: "refused", reason: `Only the Pooled ASM closes other AEs' ${policy.mark} opportunities.` };
  const bodies = await compositeBodies(connection, [
    { referenceId: "opp", method: "GET", url: queryUrl(`SELECT Id, Name, NextStep, IsClosed FROM Opportunity WHERE Id = ${soqlId(input.opportunityId)}`) },
    { referenceId: "stage", method: "GET", url: queryUrl("SELECT MasterLabel, ApiName FROM OpportunityStage WHERE IsActive = true AND IsClosed = true AND IsWon = false ORDER BY SortOrder ASC LIMIT 1") },
  ]);
  const opp = queryResult(Opp).parse(bodies.get("opp")).records[0];
  if (!opp) return { outcome: "refused", reason: "The opportunity was not found: it may have been deleted." };
  if (opp.IsClosed) return { outcome: "refused", reason: "The opportunity is already closed." };
  if (!isUltimateUpgrade({ name: opp.Name, nextStep: opp.NextStep }, policy)) return { outcome: "refused", reason: `This is not an ${policy.mark} opportunity.` };
  const stage = queryResult(Stage).parse(bodies.get("stage")).records[0];
  if (!stage) return { outcome: "refused", reason: "The org has no closed-lost opportunity stage." };

  const stageName = stage.ApiName ?? stage.MasterLabel;
  const results = await composite(
    connection,
    [
      {
        referenceId: "close",
        method: "PATCH",
        url: dataPath(`/sobjects/Opportunity/${input.opportunityId}`),
        body: { StageName: stageName, NextStep: closedNextStep(policy.mark, input.reason, me.name, localDateStamp(now, me.timeZone)) },
        httpHeaders: ifUnmodifiedSince(input.lastModifiedDate),
      },
    ],
    false,
  );
  if (results.get("close")?.status === 412) return { outcome: "refused", reason: "The AE changed this opportunity since your list loaded: nothing was closed. Refresh and look again." };
  const error = firstError(results);
  if (error) throw error;
  return { outcome: "closed", stageName };
}
