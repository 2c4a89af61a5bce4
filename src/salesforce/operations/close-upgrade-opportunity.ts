/**
 * The AMER Pooled ASM closes an Ultimate Upgrade opportunity that is not valid:
 * one click with a reason. Two calls: a Composite of reads (my role, the
 * opportunity as it is now, the org's first closed-lost stage), then the PATCH,
 * conditional on the version the ASM saw (If-Unmodified-Since), so an AE's update
 * in the meantime is not overwritten. The reason goes to Next Step, which keeps
 * the "Ultimate Upgrade" mark so reports still find it.
 */
import type { Connection } from "jsforce";
import * as z from "zod";

import { isUltimateUpgrade } from "../../domain/upgrade-cap";
import type { CloseUpgradeRequest, CloseUpgradeResult } from "../../messaging/pool";
import { ifUnmodifiedSince } from "../case-update-headers";
import { composite, compositeBodies, dataPath, firstError, queryUrl } from "../composite";
import { soqlId } from "./case-guard";
import { localDateStamp } from "./local-date";
import { nullable, queryResult } from "./case-records";
import { ASM_ROLE } from "./get-upgrade-opportunities";

/** Opportunity.NextStep holds 255 characters. */
const NEXT_STEP_MAX = 255;

const Me = z.object({ Pooled_Role__c: nullable });
const Opp = z.object({ Name: nullable, NextStep: nullable, IsClosed: z.boolean() });
const Stage = z.object({ MasterLabel: z.string(), ApiName: nullable });

function closedNextStep(reason: string, by: string | null, today: string): string {
  return `Ultimate Upgrade closed as not valid by ${by ?? "the ASM"} on ${today}: ${reason.trim()}`.slice(0, NEXT_STEP_MAX);
}

export async function closeUpgradeOpportunity(
  connection: Connection,
  input: Omit<CloseUpgradeRequest, "type">,
  me: { id: string; name: string | null; timeZone: string | null },
  now = new Date(),
): Promise<CloseUpgradeResult> {
  const bodies = await compositeBodies(connection, [
    { referenceId: "me", method: "GET", url: dataPath(`/sobjects/User/${me.id}?fields=Pooled_Role__c`) },
    { referenceId: "opp", method: "GET", url: queryUrl(`SELECT Id, Name, NextStep, IsClosed FROM Opportunity WHERE Id = ${soqlId(input.opportunityId)}`) },
    { referenceId: "stage", method: "GET", url: queryUrl("SELECT MasterLabel, ApiName FROM OpportunityStage WHERE IsActive = true AND IsClosed = true AND IsWon = false ORDER BY SortOrder ASC LIMIT 1") },
  ]);
  if (Me.parse(bodies.get("me")).Pooled_Role__c !== ASM_ROLE) return { outcome: "refused", reason: "Only the Pooled ASM closes other AEs' Ultimate Upgrade opportunities." };
  const opp = queryResult(Opp).parse(bodies.get("opp")).records[0];
  if (!opp) return { outcome: "refused", reason: "The opportunity was not found: it may have been deleted." };
  if (opp.IsClosed) return { outcome: "refused", reason: "The opportunity is already closed." };
  if (!isUltimateUpgrade({ name: opp.Name, nextStep: opp.NextStep })) return { outcome: "refused", reason: "This is not an Ultimate Upgrade opportunity." };
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
        body: { StageName: stageName, NextStep: closedNextStep(input.reason, me.name, localDateStamp(now, me.timeZone)) },
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
