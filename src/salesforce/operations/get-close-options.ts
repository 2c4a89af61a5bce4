/**
 * What the close dialog offers besides the org's closed statuses (already in the
 * panel data): the Resolution Action picklist values (describe of Case) and the
 * closed opportunity stages (OpportunityStage records). One Composite, once per
 * session, like the org context.
 */
import type { Connection } from "jsforce";
import * as z from "zod";

import { CloseOptionsSchema, type CloseOptions } from "../../messaging/case-actions";
import { compositeBodies, queryUrl } from "../composite";
import { cachedForSession, sessionCacheKey } from "../session-cache";
import { activePicklist, CASE_DESCRIBE_URL, DescribeSchema } from "./case-describe";
import { queryResult } from "./case-records";

const RESOLUTION_ACTION_FIELD = "Resolution_Action__c";

async function loadCloseOptions(connection: Connection): Promise<CloseOptions> {
  const bodies = await compositeBodies(connection, [
    { referenceId: "describe", method: "GET", url: CASE_DESCRIBE_URL },
    { referenceId: "stages", method: "GET", url: queryUrl("SELECT MasterLabel, ApiName, SortOrder FROM OpportunityStage WHERE IsActive = true AND IsClosed = true ORDER BY SortOrder") },
  ]);
  return CloseOptionsSchema.parse({
    resolutionActions: activePicklist(DescribeSchema.parse(bodies.get("describe")), RESOLUTION_ACTION_FIELD),
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
