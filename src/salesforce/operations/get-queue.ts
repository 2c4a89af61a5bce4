/**
 * The queue of my pool, for the popup: a page of its open cases in the handbook's
 * order, from the query itself (High first, then oldest: Case.Priority sorts by its
 * picklist's defined order, High first), whatever the queue's size; and whether
 * another AE already works a row's account (the handbook's conflicts: an open
 * pooled case owned by an AE, or an active upgrade opportunity owned by an AE).
 *
 * Conflicts come from what the pools' AEs own (their open pooled cases here, their
 * upgrade opportunities from the popup's upgrades query), matched to the rows by
 * account: bounded by the team's work, not by the queue's size. A person asks for
 * more rows (a bigger page); nothing reads rows nobody sees.
 */
import * as z from "zod/v4-mini";

import { findConflicts, transferTarget, type TransferTarget } from "../../domain/conflicts";
import type { OrgProfile, Pool } from "../../domain/org-profile";
import { toId18 } from "../../domain/salesforce-id";
import type { QueueRow } from "../../messaging/pool";
import { queryUrl, type Subrequest } from "../composite";
import { textOf, type OrgNames } from "../query/org-names";
import { notPooledOwner, poolCaseFilter, pooledRecordType } from "../query/pooled-soql";
import { selectList, soqlId, soqlList } from "../query/soql";
import { childRecords, isQueueOwner, nullable, OwnerRecord, queryResult } from "./case-records";
import { HistoryRecord } from "./get-case-panel";
import { caseSlaSnapshot, LATEST_OWNER_CHANGES, needsAttention, WAITING_OWNER_HISTORY_ROWS, type PoolClock } from "./pool-sla";

/** The rows of the popup's first page; a person asks for more. */
export const QUEUE_PAGE = 25;
/** The most rows a read may ask for (SOQL's largest batch). */
export const QUEUE_PAGE_MAX = 2000;
/** The handbook's order from the query: Case.Priority sorts by its picklist order (High first), then the oldest; the id breaks ties. */
export const QUEUE_ORDER = "ORDER BY Priority ASC NULLS LAST, CreatedDate ASC, Id ASC";

const pageOf = (rows: number | undefined) => Math.min(Math.max(rows ?? QUEUE_PAGE, 1), QUEUE_PAGE_MAX - 1);

/** Who may own a conflicting record: the pools' members, or (when the org names none) any user but the pooled owner. */
export function teamOwnerFilter(members: readonly string[], pooledOwnerUserIds: readonly string[]): string {
  return members.length ? `OwnerId IN ${soqlList(members, soqlId)}` : `Owner.Type = 'User'${notPooledOwner(pooledOwnerUserIds)}`;
}

export interface QueueReadContext {
  pool: Pool;
  meId: string;
  /** Every pool's members: the AEs whose open cases can be conflicts. */
  members: readonly string[];
  pooledOwnerUserIds: readonly string[];
  names: OrgNames;
  /** How many rows the page shows (default QUEUE_PAGE). */
  rows?: number;
}

export function queueSubrequests({ pool, meId, members, pooledOwnerUserIds, names, rows }: QueueReadContext): Subrequest[] {
  const fields = selectList(["Id", "CaseNumber", "Subject", "Origin", "Priority", "CreatedDate", "LastModifiedDate", "OwnerId", names.field("case.firstResponded"), "AccountId", "Account.Name"]);
  return [
    // One more than the page: whether more wait.
    // The latest owner change of each row: when it entered the queue (its SLA's start), in the same query.
    { referenceId: "queue", method: "GET", url: queryUrl(`SELECT ${fields}, ${LATEST_OWNER_CHANGES} FROM Case WHERE ${poolCaseFilter(pool, meId)} ${QUEUE_ORDER} LIMIT ${pageOf(rows) + 1}`) },
    {
      referenceId: "teamCases",
      method: "GET",
      url: queryUrl(
        `SELECT Id, CaseNumber, IsClosed, AccountId, OwnerId, Owner.Name, Owner.Type, RecordType.DeveloperName FROM Case ` +
          `WHERE IsClosed = false AND AccountId != null AND ${pooledRecordType(names.profile)} AND ${teamOwnerFilter(members, pooledOwnerUserIds)} ` +
          `ORDER BY CreatedDate ASC LIMIT ${QUEUE_PAGE_MAX}`,
      ),
    },
  ];
}

const QueueCaseRecord = z.looseObject({
  Id: z.string(),
  CaseNumber: z.string(),
  Subject: nullable,
  Origin: nullable,
  Priority: nullable,
  CreatedDate: z.string(),
  LastModifiedDate: z.string(),
  OwnerId: z.string(),
  AccountId: nullable,
  Account: z.optional(z.nullable(z.object({ Name: nullable }))),
  Histories: childRecords(HistoryRecord),
});

const WorkCase = z.object({
  Id: z.string(),
  CaseNumber: z.string(),
  IsClosed: z.boolean(),
  OwnerId: z.string(),
  Owner: OwnerRecord,
  RecordType: z.optional(z.nullable(z.object({ DeveloperName: nullable }))),
});

const TeamCase = z.extend(WorkCase, { AccountId: z.string() });

/** An account's open cases and opportunities, as an Account query with those two child subqueries reads them. */
export const AccountWork = z.object({
  Id: z.string(),
  Cases: childRecords(WorkCase),
  Opportunities: childRecords(z.object({ Id: z.string(), Name: nullable, NextStep: nullable, IsClosed: z.boolean(), OwnerId: z.string(), Owner: OwnerRecord })),
});

type AccountWorkRecord = z.infer<typeof AccountWork>;

/**
 * Whom the case goes to because another AE works its account (the handbook's
 * conflicts); null when nobody does. What `meId` works there sends it to no one else.
 */
export function accountTransferTarget(
  caseId: string,
  account: AccountWorkRecord | undefined,
  pooledOwnerUserIds: readonly string[],
  profile: OrgProfile,
  meId: string | null = null,
): TransferTarget | null {
  if (!account) return null;
  return transferTarget(
    findConflicts({
      caseId,
      otherCases: account.Cases.map((other) => ({
        id: toId18(other.Id),
        caseNumber: other.CaseNumber,
        isClosed: other.IsClosed,
        isPooled: other.RecordType?.DeveloperName === profile.case.recordType,
        owner: { id: toId18(other.OwnerId), name: other.Owner?.Name ?? "", isQueue: isQueueOwner(other.OwnerId, other.Owner) },
      })),
      opportunities: account.Opportunities.map((opp) => ({
        id: toId18(opp.Id),
        name: opp.Name ?? "",
        nextStep: opp.NextStep,
        isClosed: opp.IsClosed,
        owner: { id: toId18(opp.OwnerId), name: opp.Owner?.Name ?? "" },
      })),
      pooledOwnerUserIds,
      upgrade: profile.policy.upgrade,
      meId,
    }),
  );
}

function conflictOf(caseId: string, account: AccountWorkRecord | undefined, context: QueueContext): QueueRow["conflict"] {
  const target = accountTransferTarget(caseId, account, context.pooledOwnerUserIds, context.names.profile, context.meId);
  return target ? { kind: target.because.kind, label: target.because.label, transferTo: { id: target.id, name: target.name || null } } : null;
}

/** An open upgrade opportunity an AE of the pools owns: a conflict on its account. */
export interface TeamOpportunity {
  id: string;
  name: string | null;
  nextStep: string | null;
  accountId: string | null;
  owner: { id: string; name: string | null };
}

/** What the team owns, by account: where a row's conflicts are found. */
function teamWorkByAccount(teamCases: unknown, opportunities: readonly TeamOpportunity[]): Map<string, AccountWorkRecord> {
  const byAccount = new Map<string, AccountWorkRecord>();
  const accountOf = (id: string) => {
    const key = toId18(id);
    const work = byAccount.get(key) ?? { Id: key, Cases: [], Opportunities: [] };
    byAccount.set(key, work);
    return work;
  };
  for (const { AccountId, ...other } of queryResult(TeamCase).parse(teamCases).records) accountOf(AccountId).Cases.push(other);
  for (const opp of opportunities) {
    if (opp.accountId) accountOf(opp.accountId).Opportunities.push({ Id: opp.id, Name: opp.name, NextStep: opp.nextStep, IsClosed: false, OwnerId: opp.owner.id, Owner: { Name: opp.owner.name, Type: "User" } });
  }
  return byAccount;
}

export interface QueueContext {
  pooledOwnerUserIds: readonly string[];
  /** Who reads the queue: a row on an account they already work is theirs, no conflict. */
  meId?: string | null;
  clock: PoolClock;
  names: OrgNames;
  now: Date;
  /** The page the read asked for (default QUEUE_PAGE). */
  rows?: number;
}

export function toQueueRows(bodies: { queue: unknown; teamCases: unknown; opportunities: readonly TeamOpportunity[] }, context: QueueContext): { rows: QueueRow[]; truncated: boolean } {
  const page = pageOf(context.rows);
  const cases = queryResult(QueueCaseRecord).parse(bodies.queue).records;
  const byAccount = teamWorkByAccount(bodies.teamCases, bodies.opportunities);
  const firstResponded = context.names.field("case.firstResponded");
  const rows = cases.slice(0, page).map((record): QueueRow => {
    const id = toId18(record.Id);
    const accountId = record.AccountId ? toId18(record.AccountId) : null;
    const sla = caseSlaSnapshot(
      { createdDate: record.CreatedDate, firstResponded: textOf(record, firstResponded), hasFirstResponded: firstResponded !== null, ownerId: record.OwnerId, histories: record.Histories, historyLimit: WAITING_OWNER_HISTORY_ROWS },
      context.clock,
      context.now,
    );
    return {
      id,
      caseNumber: record.CaseNumber,
      subject: record.Subject,
      origin: record.Origin,
      priority: record.Priority,
      createdDate: record.CreatedDate,
      lastModifiedDate: record.LastModifiedDate,
      ownerId: toId18(record.OwnerId),
      account: accountId ? { id: accountId, name: record.Account?.Name ?? null } : null,
      sla,
      needsAttention: needsAttention({ priority: record.Priority, sla }, context.clock.highPriority),
      conflict: accountId ? conflictOf(id, byAccount.get(accountId), context) : null,
    };
  });
  return { rows, truncated: cases.length > page };
}
