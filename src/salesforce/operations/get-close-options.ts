/**
 * What the close dialog offers besides the org's closed statuses (already in the
 * org context): the Resolution Action picklist values (describe of Case; none where
 * the org has no such field) and the
 * closed opportunity stages (OpportunityStage records). One Composite, once per
 * session, like the org context.
 */
import type { Connection } from "jsforce";
import * as z from "zod/v4-mini";

import { CloseOptionsSchema, type CloseOptions } from "../../messaging/case-actions";
import { compositeBodies, queryUrl } from "../composite";
import type { OrgNames } from "../query/org-names";
import { cachedForSession, sessionCacheKey } from "../session-cache";
import { activePicklist, CASE_DESCRIBE_URL, DescribeSchema } from "./case-describe";
import { queryResult } from "./case-records";

async function loadCloseOptions(connection: Connection, resolutionField: string | null): Promise<CloseOptions> {
  const bodies = await compositeBodies(connection, [
    { referenceId: "describe", method: "GET", url: CASE_DESCRIBE_URL },
    { referenceId: "stages", method: "GET", url: queryUrl("SELECT MasterLabel, ApiName, SortOrder FROM OpportunityStage WHERE IsActive = true AND IsClosed = true ORDER BY SortOrder") },
  ]);
  return CloseOptionsSchema.parse({
    resolutionActions: resolutionField ? activePicklist(DescribeSchema.parse(bodies.get("describe")), resolutionField) : [],
    // StageName takes the stage's API name; MasterLabel is what people read (the same unless translated).
    closedStages: queryResult(z.object({ MasterLabel: z.string(), ApiName: z.optional(z.nullable(z.string())) }))
      .parse(bodies.get("stages"))
      .records.map((stage) => stage.ApiName ?? stage.MasterLabel),
  });
}

export async function getCloseOptions(connection: Connection, session: { instanceUrl: string; accessToken: string }, names: OrgNames): Promise<CloseOptions> {
  const resolutionField = names.field("case.resolutionAction", "write");
  const key = await sessionCacheKey(`close-options:${resolutionField ?? "-"}`, session.instanceUrl, session.accessToken);
  return cachedForSession(key, () => loadCloseOptions(connection, resolutionField), (value) => CloseOptionsSchema.parse(value));
}
