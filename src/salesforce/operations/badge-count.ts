/**
 * The toolbar badge: how many cases wait in my pool that need attention now (the
 * high priority, or SLA at risk or breached). One API call per refresh: a plain
 * query of a few small fields a row; when the AE asked to hear of cadence steps
 * due today, a Composite that also reads my open cases as the popup does. The
 * waiting cases and my cases are handed to the notifications (no call of their own).
 */
import type { Connection } from "jsforce";
import * as z from "zod";

import { toId18 } from "../../domain/salesforce-id";
import type { WaitingFact } from "../../domain/work-alerts";
import type { OrgContext } from "../../messaging/org-context";
import type { MyCaseRow } from "../../messaging/pool";
import { compositeBodies, queryUrl } from "../composite";
import { textOf, type OrgNames } from "../query/org-names";
import { poolCaseFilter } from "../query/pooled-soql";
import { selectList } from "../query/soql";
import { nullable, queryResult } from "./case-records";
import { myCasesSubrequests, toMyCaseRows } from "./get-my-cases";
import { needsAttention, poolClock, slaSnapshot } from "./pool-sla";

const BadgeCaseRecord = z.object({ Id: z.string(), CaseNumber: z.string(), Subject: nullable, Priority: nullable, CreatedDate: z.string() }).passthrough();

export interface BadgeRead {
  count: number;
  waiting: WaitingFact[];
  /** My open cases, when asked for; else null. */
  mine: MyCaseRow[] | null;
}

export async function badgeRead(connection: Connection, org: OrgContext, names: OrgNames, options: { myCases: boolean }, now = new Date()): Promise<BadgeRead> {
  const clock = poolClock(org, now);
  const firstResponded = names.field("case.firstResponded");
  const soql = `SELECT ${selectList(["Id", "CaseNumber", "Subject", "Priority", "CreatedDate", firstResponded])} FROM Case WHERE ${poolCaseFilter(clock.pool, org.me.id)} LIMIT 2000`;
  const bodies = options.myCases
    ? await compositeBodies(connection, [{ referenceId: "badge", method: "GET", url: queryUrl(soql) }, ...myCasesSubrequests(org.me.id, names)])
    : new Map([["badge", await connection.request(queryUrl(soql))]]);
  const rows = queryResult(BadgeCaseRecord)
    .parse(bodies.get("badge"))
    .records.map((record) => ({ record, sla: slaSnapshot(record.CreatedDate, textOf(record, firstResponded), clock, now) }));
  return {
    count: rows.filter(({ record, sla }) => needsAttention({ priority: record.Priority, sla }, clock.highPriority)).length,
    waiting: rows.map(({ record, sla }) => ({ id: toId18(record.Id), caseNumber: record.CaseNumber, subject: record.Subject, priority: record.Priority, slaState: sla.state })),
    mine: options.myCases ? toMyCaseRows({ cases: bodies.get("myCases"), contacts: bodies.get("myContacts") }, clock, names, now) : null,
  };
}

export async function badgeCount(connection: Connection, org: OrgContext, names: OrgNames, now = new Date()): Promise<number> {
  return (await badgeRead(connection, org, names, { myCases: false }, now)).count;
}
