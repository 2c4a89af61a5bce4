/**
 * The queue of my pool, for the popup: its open cases (two subrequests of the
 * popup's one Composite) and, per account, whether another AE already works it
 * (the handbook's conflicts: an open pooled case owned by an AE, or an active
 * Ultimate Upgrade opportunity owned by an AE).
 *
 * The queue is found by its DeveloperName (a semi-join on Group), not by a cached
 * id; the accounts query takes the queue's id from the first case by reference,
 * so an empty queue leaves it unresolved, which simply means "no conflicts".
 */
import * as z from "zod";

import { findConflicts, transferTarget, type TransferTarget } from "../../domain/conflicts";
import { toId18 } from "../../domain/salesforce-id";
import type { QueueRow } from "../../messaging/pool";
import { queryUrl, queryUrlWithReference, type Subrequest } from "../composite";
import { soqlId } from "./case-guard";
import { childRecords, isQueueOwner, nullable, OwnerRecord, queryResult } from "./case-records";
import { POOLED_RECORD_TYPE } from "./get-case-panel";
import { needsAttention, slaSnapshot, type Pool } from "./pool-sla";
import type { BusinessCalendar } from "../../domain/business-hours";

/** How many waiting cases the popup reads; more is flagged as truncated (the pool gets ~80 a month). */
export const QUEUE_WINDOW = 200;

/** The handbook's Ultimate Upgrade mark as SOQL can pre-filter it; the domain decides exactly. */
export const UPGRADE_LIKE = "(Name LIKE '%Ultimate%Upgrade%' OR NextStep LIKE '%Ultimate%Upgrade%')";

const QUEUE_REF = "@{queue.records[0].OwnerId}";

/** The WHERE of "the open cases waiting in my pool". */
export function poolCaseFilter(pool: Pool, meId: string): string {
  const queue = `OwnerId IN (SELECT Id FROM Group WHERE Type = 'Queue' AND DeveloperName = '${pool.queueDeveloperName}')`;
  const own = pool.ownAccountsOnly ? ` AND (Account.OwnerId = ${soqlId(meId)} OR AccountId = null)` : "";
  return `IsClosed = false AND ${queue}${own}`;
}

/**
 * The open cases and open opportunities (only those the Ultimate Upgrade LIKE keeps, when
 * `upgradesOnly`) of the accounts of the cases matching `caseWhere`: where conflicts are found.
 */
export function accountWorkSoql(caseWhere: string, upgradesOnly: boolean): string {
  return (
    `SELECT Id, (SELECT Id, CaseNumber, IsClosed, OwnerId, Owner.Name, Owner.Type, RecordType.DeveloperName FROM Cases WHERE IsClosed = false ORDER BY CreatedDate ASC), ` +
    `(SELECT Id, Name, NextStep, IsClosed, OwnerId, Owner.Name FROM Opportunities WHERE IsClosed = false${upgradesOnly ? ` AND ${UPGRADE_LIKE}` : ""} ORDER BY CreatedDate ASC) ` +
    `FROM Account WHERE Id IN (SELECT AccountId FROM Case WHERE ${caseWhere})`
  );
}

export function queueSubrequests(pool: Pool, meId: string): Subrequest[] {
  return [
    {
      referenceId: "queue",
      method: "GET",
      url: queryUrl(
        `SELECT Id, CaseNumber, Subject, Origin, Priority, CreatedDate, LastModifiedDate, OwnerId, First_Responded_Date__c, AccountId, Account.Name ` +
          `FROM Case WHERE ${poolCaseFilter(pool, meId)} ORDER BY CreatedDate ASC LIMIT ${QUEUE_WINDOW + 1}`,
      ),
    },
    {
      referenceId: "queueAccounts",
      method: "GET",
      url: queryUrlWithReference(accountWorkSoql(`IsClosed = false AND OwnerId = '${QUEUE_REF}'`, true), QUEUE_REF),
    },
  ];
}

const QueueCaseRecord = z.object({
  Id: z.string(),
  CaseNumber: z.string(),
  Subject: nullable,
  Origin: nullable,
  Priority: nullable,
  CreatedDate: z.string(),
  LastModifiedDate: z.string(),
  OwnerId: z.string(),
  First_Responded_Date__c: nullable,
  AccountId: nullable,
  Account: z.object({ Name: nullable }).nullable().optional(),
});

/** An account as accountWorkSoql reads it. */
export const AccountWork = z.object({
  Id: z.string(),
  Cases: childRecords(
    z.object({
      Id: z.string(),
      CaseNumber: z.string(),
      IsClosed: z.boolean(),
      OwnerId: z.string(),
      Owner: OwnerRecord,
      RecordType: z.object({ DeveloperName: nullable }).nullable().optional(),
    }),
  ),
  Opportunities: childRecords(z.object({ Id: z.string(), Name: nullable, NextStep: nullable, IsClosed: z.boolean(), OwnerId: z.string(), Owner: OwnerRecord })),
});

type AccountWorkRecord = z.infer<typeof AccountWork>;

/** Whom the case goes to because another AE works its account (the handbook's conflicts); null when nobody does. */
export function accountTransferTarget(caseId: string, account: AccountWorkRecord | undefined, pooledOwnerUserIds: readonly string[]): TransferTarget | null {
  if (!account) return null;
  return transferTarget(
    findConflicts({
      caseId,
      otherCases: account.Cases.map((other) => ({
        id: toId18(other.Id),
        caseNumber: other.CaseNumber,
        isClosed: other.IsClosed,
        isPooled: other.RecordType?.DeveloperName === POOLED_RECORD_TYPE,
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
    }),
  );
}

function conflictOf(caseId: string, account: AccountWorkRecord | undefined, pooledOwnerUserIds: readonly string[]): QueueRow["conflict"] {
  const target = accountTransferTarget(caseId, account, pooledOwnerUserIds);
  return target ? { kind: target.because.kind, label: target.because.label, transferTo: { id: target.id, name: target.name || null } } : null;
}

export interface QueueContext {
  pooledOwnerUserIds: readonly string[];
  calendar: BusinessCalendar;
  now: Date;
}

export function toQueueRows(bodies: { queue: unknown; accounts: unknown }, context: QueueContext): { rows: QueueRow[]; truncated: boolean } {
  const cases = queryResult(QueueCaseRecord).parse(bodies.queue).records;
  // An empty queue leaves the accounts query's reference unresolved: no rows, no conflicts.
  const accounts = cases.length && bodies.accounts !== undefined ? queryResult(AccountWork).parse(bodies.accounts).records : [];
  const byAccount = new Map(accounts.map((account) => [toId18(account.Id), account]));
  const rows = cases.slice(0, QUEUE_WINDOW).map((record): QueueRow => {
    const id = toId18(record.Id);
    const accountId = record.AccountId ? toId18(record.AccountId) : null;
    const sla = slaSnapshot(record.CreatedDate, record.First_Responded_Date__c, context.calendar, context.now);
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
      needsAttention: needsAttention({ priority: record.Priority, sla }),
      conflict: accountId ? conflictOf(id, byAccount.get(accountId), context.pooledOwnerUserIds) : null,
    };
  });
  return { rows, truncated: cases.length > QUEUE_WINDOW };
}
