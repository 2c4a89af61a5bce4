/**
 * The pool read: the cases waiting in my pool that the toolbar badge counts and
 * notifications watch. Two queries in one Composite (one API call), one per tier of
 * the handbook's order: every High Priority case (each needs attention), and the
 * oldest of the rest (an SLA runs out oldest first, so every case at risk or
 * breached is among them). Each tier is capped: past a hundred the badge says 99+.
 * The panel's own read of a case carries the same two queries when the badge is due,
 * so the badge rides on it instead of polling. When the AE asked to hear of cadence
 * steps due today, the badge's own read takes my open cases along, as the popup
 * reads them (still one call); the notifications get both.
 */
import type { Connection } from "jsforce";
import * as z from "zod/v4-mini";

import { isHighPriority } from "../../domain/queue";
import { toId18 } from "../../domain/salesforce-id";
import type { OrgContext } from "../../messaging/org-context";
import type { MyCaseRow, SlaSnapshot } from "../../messaging/pool";
import { compositeBodies, queryUrl, type Subrequest } from "../composite";
import { textOf, type OrgNames } from "../query/org-names";
import { poolCaseFilter } from "../query/pooled-soql";
import { selectList, soqlString } from "../query/soql";
import { childRecords, nullable, queryResult } from "./case-records";
import { HistoryRecord } from "./get-case-panel";
import { myCasesSubrequests, toMyCaseRows } from "./get-my-cases";
import { caseSlaSnapshot, LATEST_OWNER_CHANGES, needsAttention, poolClock, WAITING_OWNER_HISTORY_ROWS, type PoolClock } from "./pool-sla";

/** Rows read per tier. */
export const POOL_READ_ROWS = 100;

/** A case waiting in my pool, with its SLA now and whether it needs attention (the badge's rule). */
export interface WaitingPoolCase {
  id: string;
  caseNumber: string;
  subject: string | null;
  priority: string | null;
  createdDate: string;
  accountId: string | null;
  sla: SlaSnapshot;
  needsAttention: boolean;
}

const TIERS = { high: "poolHigh", rest: "poolRest" } as const;

export function poolReadSubrequests(clock: PoolClock, meId: string, names: OrgNames): Subrequest[] {
  // With the latest owner change of each: when it entered the queue (its SLA's start), in the same query.
  const fields = selectList(["Id", "CaseNumber", "Subject", "Priority", "CreatedDate", "OwnerId", "AccountId", names.field("case.firstResponded"), LATEST_OWNER_CHANGES]);
  const high = soqlString(clock.highPriority);
  const tier = (referenceId: string, condition: string): Subrequest => ({
    referenceId,
    method: "GET",
    url: queryUrl(`SELECT ${fields} FROM Case WHERE ${poolCaseFilter(clock.pool, meId)} AND ${condition} ORDER BY CreatedDate ASC, Id ASC LIMIT ${POOL_READ_ROWS}`),
  });
  return [tier(TIERS.high, `Priority = ${high}`), tier(TIERS.rest, `(Priority != ${high} OR Priority = null)`)];
}

const WaitingRecord = z.looseObject({ Id: z.string(), CaseNumber: z.string(), Subject: nullable, Priority: nullable, CreatedDate: z.string(), OwnerId: nullable, AccountId: nullable, Histories: childRecords(HistoryRecord) });

/** The two tiers' rows, in the handbook's order (High first, each tier oldest first). */
export function toWaitingPoolCases(bodies: Map<string, unknown>, clock: PoolClock, names: OrgNames, now: Date): WaitingPoolCase[] {
  const firstResponded = names.field("case.firstResponded");
  return [TIERS.high, TIERS.rest].flatMap((tier) =>
    queryResult(WaitingRecord)
      .parse(bodies.get(tier))
      .records.map((record) => {
        const sla = caseSlaSnapshot(
          { createdDate: record.CreatedDate, firstResponded: textOf(record, firstResponded), hasFirstResponded: firstResponded !== null, ownerId: record.OwnerId, histories: record.Histories, historyLimit: WAITING_OWNER_HISTORY_ROWS },
          clock,
          now,
        );
        return {
          id: toId18(record.Id),
          caseNumber: record.CaseNumber,
          subject: record.Subject,
          priority: record.Priority,
          createdDate: record.CreatedDate,
          accountId: record.AccountId ? toId18(record.AccountId) : null,
          sla,
          needsAttention: needsAttention({ priority: record.Priority, sla }, clock.highPriority),
        };
      }),
  );
}

export interface PoolRead {
  waiting: WaitingPoolCase[];
  /** My open cases, when asked for; else null. */
  mine: MyCaseRow[] | null;
}

/** The pool read's subrequests (with my open cases when asked) and how to read their bodies: on its own, or riding on a panel read. */
export function poolReadParts(clock: PoolClock, meId: string, names: OrgNames, options: { myCases: boolean }, now: Date): { subrequests: Subrequest[]; read(bodies: Map<string, unknown>): PoolRead } {
  return {
    subrequests: [...poolReadSubrequests(clock, meId, names), ...(options.myCases ? myCasesSubrequests(meId, names) : [])],
    read: (bodies) => ({
      waiting: toWaitingPoolCases(bodies, clock, names, now),
      mine: options.myCases ? toMyCaseRows({ cases: bodies.get("myCases"), contacts: bodies.get("myContacts") }, clock, names, now) : null,
    }),
  };
}

/** The pool read on its own (the badge's poll): one API call, with my open cases when asked. */
export async function readWaitingPoolCases(connection: Connection, org: OrgContext, names: OrgNames, options: { myCases: boolean } = { myCases: false }, now = new Date()): Promise<PoolRead> {
  const parts = poolReadParts(poolClock(org, now), org.me.id, names, options, now);
  return parts.read(await compositeBodies(connection, parts.subrequests));
}

/**
 * The first other case of each tier (High, then the rest), as the panel's claim
 * check needs them, when the pool read covers the case's queue: the pool works its
 * whole queue, and that queue owns the case. Null when it does not say.
 */
export function queueHeadsFromPool(waiting: readonly WaitingPoolCase[], caseId: string, clock: PoolClock): Array<Pick<WaitingPoolCase, "id" | "caseNumber" | "subject" | "priority" | "createdDate">> {
  const others = waiting.filter((row) => toId18(row.id) !== toId18(caseId));
  const heads = [others.find((row) => isHighPriority(row.priority, clock.highPriority)), others.find((row) => !isHighPriority(row.priority, clock.highPriority))];
  return heads.filter((row): row is WaitingPoolCase => row !== undefined).map(({ id, caseNumber, subject, priority, createdDate }) => ({ id, caseNumber, subject, priority, createdDate }));
}
