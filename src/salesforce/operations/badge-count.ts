/**
 * The toolbar badge: how many cases wait in my pool that need attention now (High
 * Priority, or SLA at risk or breached). One plain query per refresh (one API
 * call), four small fields a row; the org context comes from the session cache.
 */
import type { Connection } from "jsforce";
import * as z from "zod";

import type { OrgContext } from "../../messaging/case-panel-data";
import { queryUrl } from "../composite";
import { nullable, queryResult } from "./case-records";
import { poolCaseFilter } from "./get-queue";
import { needsAttention, poolCalendar, poolOf, slaSnapshot } from "./pool-sla";

const BadgeCaseRecord = z.object({ Priority: nullable, CreatedDate: z.string(), First_Responded_Date__c: nullable });

function badgeCountSoql(org: OrgContext): string {
  return `SELECT Priority, CreatedDate, First_Responded_Date__c FROM Case WHERE ${poolCaseFilter(poolOf(org.me.region), org.me.id)} LIMIT 2000`;
}

function countNeedingAttention(body: unknown, org: OrgContext, now: Date): number {
  const calendar = poolCalendar(org, poolOf(org.me.region).region, now);
  return queryResult(BadgeCaseRecord)
    .parse(body)
    .records.filter((record) => needsAttention({ priority: record.Priority, sla: slaSnapshot(record.CreatedDate, record.First_Responded_Date__c, calendar, now) })).length;
}

export async function badgeCount(connection: Connection, org: OrgContext, now = new Date()): Promise<number> {
  return countNeedingAttention(await connection.request(queryUrl(badgeCountSoql(org))), org, now);
}
