/**
 * The toolbar badge: how many cases wait in my pool that need attention now (the
 * high priority, or SLA at risk or breached). One plain query per refresh (one API
 * call), a few small fields a row; the org context comes from the session cache.
 */
import type { Connection } from "jsforce";
import * as z from "zod";

import type { OrgContext } from "../../messaging/org-context";
import { queryUrl } from "../composite";
import { textOf, type OrgNames } from "../query/org-names";
import { poolCaseFilter } from "../query/pooled-soql";
import { selectList } from "../query/soql";
import { nullable, queryResult } from "./case-records";
import { needsAttention, poolClock, slaSnapshot } from "./pool-sla";

const BadgeCaseRecord = z.object({ Priority: nullable, CreatedDate: z.string() }).passthrough();

export async function badgeCount(connection: Connection, org: OrgContext, names: OrgNames, now = new Date()): Promise<number> {
  const clock = poolClock(org, now);
  const firstResponded = names.field("case.firstResponded");
  const soql = `SELECT ${selectList(["Priority", "CreatedDate", firstResponded])} FROM Case WHERE ${poolCaseFilter(clock.pool, org.me.id)} LIMIT 2000`;
  return queryResult(BadgeCaseRecord)
    .parse(await connection.request(queryUrl(soql)))
    .records.filter((record) => needsAttention({ priority: record.Priority, sla: slaSnapshot(record.CreatedDate, textOf(record, firstResponded), clock, now) }, clock.highPriority)).length;
}
