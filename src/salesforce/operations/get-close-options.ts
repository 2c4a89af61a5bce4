/**
 * What the close dialog offers besides the org's closed statuses (already in the
 * panel data): the Resolution Action picklist values (describe of Case) and the
 * closed opportunity stages (OpportunityStage records). One Composite, once per
 * session, like the org context.
 */
import type { Connection } from "jsforce";
import * as z from "zod";

import { CloseOptionsSchema, type CloseOptions } from "../../messaging/case-actions";
import { compositeBodies, dataPath, queryUrl } from "../composite";
import { cachedForSession, sessionCacheKey } from "../session-cache";
import { queryResult } from "./case-records";

export const RESOLUTION_ACTION_FIELD = "Resolution_Action__c";

const DescribeSchema = z.object({
  fields: z.array(
    z.object({
      name: z.string(),
      picklistValues: z.array(z.object({ value: z.string(), label: z.string().nullable(), active: z.boolean() })).optional(),
    }),
  ),
});

export async function loadCloseOptions(connection: Connection): Promise<CloseOptions> {
  const bodies = await compositeBodies(connection, [
    { referenceId: "describe", method: "GET", url: dataPath("/sobjects/Case/describe") },
    { referenceId: "stages", method: "GET", url: queryUrl("SELECT MasterLabel, ApiName, SortOrder FROM OpportunityStage WHERE IsActive = true AND IsClosed = true ORDER BY SortOrder") },
  ]);
  const field = DescribeSchema.parse(bodies.get("describe")).fields.find((f) => f.name === RESOLUTION_ACTION_FIELD);
  return CloseOptionsSchema.parse({
    resolutionActions: (field?.picklistValues ?? []).filter((p) => p.active).map((p) => ({ value: p.value, label: p.label ?? p.value })),
    // StageName takes the stage's API name; MasterLabel is what people read (the same unless translated).
    closedStages: queryResult(z.object({ MasterLabel: z.string(), ApiName: z.string().nullable().optional() }))
      .parse(bodies.get("stages"))
      .records.map((stage) => stage.ApiName ?? stage.MasterLabel),
  });
}

export async function getCloseOptions(connection: Connection, session: { instanceUrl: string; accessToken: string }): Promise<CloseOptions> {
  const key = await sessionCacheKey("close-options", session.instanceUrl, session.accessToken);
  return cachedForSession(key, () => loadCloseOptions(connection), (value) => CloseOptionsSchema.parse(value));
}
