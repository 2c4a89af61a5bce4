/**
 * The queue of my pool, for the popup: its open cases (two subrequests of the
 * popup's one Composite) and, per account, whether another AE already works it
 * (the handbook's conflicts: an open pooled case owned by an AE, or an active
 * upgrade opportunity owned by an AE).
 *
 * The queue is found by its DeveloperName (a semi-join on Group), not by a cached
 * id; the accounts query takes the queue's id from the first case by reference,
 * so an empty queue leaves it unresolved, which simply means "no conflicts".
 */
import * as z from "zod";

import { findConflicts, transferTarget, type TransferTarget } from "../../domain/conflicts";
import type { OrgProfile, Pool } from "../../domain/org-profile";
import { toId18 } from "../../domain/salesforce-id";
import type { QueueRow } from "../../messaging/pool";
import { queryUrl, queryUrlWithReference, type Subrequest } from "../composite";
import { textOf, type OrgNames } from "../query/org-names";
import { poolCaseFilter, upgradeLike } from "../query/pooled-soql";
import { selectList } from "../query/soql";
import { childRecords, isQueueOwner, nullable, OwnerRecord, queryResult } from "./case-records";
import { needsAttention, slaSnapshot, type PoolClock } from "./pool-sla";

/** How many waiting cases the popup reads; more is flagged as truncated (the pool gets ~80 a month). */
export const QUEUE_WINDOW = 200;

const QUEUE_REF = "@{queue.records[0].OwnerId}";

/**
 * The open cases and open opportunities (only those the upgrade LIKE keeps, when
 * `upgradesOnly`) of the accounts of the cases matching `caseWhere`: where conflicts are found.
 */
export function accountWorkSoql(caseWhere: string, upgradesOnly: boolean, profile: OrgProfile): string {
  return (
    `SELECT Id, (SELECT Id, CaseNumber, IsClosed, OwnerId, Owner.Name, Owner.Type, RecordType.DeveloperName FROM Cases WHERE IsClosed = false ORDER BY CreatedDate ASC), ` +
    `(SELECT Id, Name, NextStep, IsClosed, OwnerId, Owner.Name FROM Opportunities WHERE IsClosed = false${upgradesOnly ? ` AND ${upgradeLike(profile.policy.upgrade)}` : ""} ORDER BY CreatedDate ASC) ` +
    `FROM Account WHERE Id IN (SELECT AccountId FROM Case WHERE ${caseWhere})`
  );
}

export function queueSubrequests(pool: Pool, meId: string, names: OrgNames): Subrequest[] {
  const fields = selectList(["Id", "CaseNumber", "Subject", "Origin", "Priority", "CreatedDate", "LastModifiedDate", "OwnerId", names.field("case.firstResponded"), "AccountId", "Account.Name"]);
  return [
    {
      referenceId: "queue",
      method: "GET",
      url: queryUrl(`SELECT ${fields} FROM Case WHERE ${poolCaseFilter(pool, meId)} ORDER BY CreatedDate ASC LIMIT ${QUEUE_WINDOW + 1}`),
    },
    {
      referenceId: "queueAccounts",
      method: "GET",
      url: queryUrlWithReference(accountWorkSoql(`IsClosed = false AND OwnerId = '${QUEUE_REF}'`, true, names.profile), QUEUE_REF),
    },
  ];
}

const QueueCaseRecord = z
  .object({
    Id: z.string(),
    CaseNumber: z.string(),
    Subject: nullable,
    Origin: nullable,
    Priority: nullable,
    CreatedDate: z.string(),
    LastModifiedDate: z.string(),
    OwnerId: z.string(),
    AccountId: nullable,
    Account: z.object({ Name: nullable }).nullable().optional(),
  })
  .passthrough();

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
export function accountTransferTarget(caseId: string, account: AccountWorkRecord | undefined, pooledOwnerUserIds: readonly string[], profile: OrgProfile): TransferTarget | null {
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
    }),
  );
}

function conflictOf(caseId: string, account: AccountWorkRecord | undefined, pooledOwnerUserIds: readonly string[], profile: OrgProfile): QueueRow["conflict"] {
  const target = accountTransferTarget(caseId, account, pooledOwnerUserIds, profile);
  return target ? { kind: target.because.kind, label: target.because.label, transferTo: { id: target.id, name: target.name || null } } : null;
}

export interface QueueContext {
  pooledOwnerUserIds: readonly string[];
  clock: PoolClock;
  names: OrgNames;
  now: Date;
}

export function toQueueRows(bodies: { queue: unknown; accounts: unknown }, context: QueueContext): { rows: QueueRow[]; truncated: boolean } {
  const cases = queryResult(QueueCaseRecord).parse(bodies.queue).records;
  // An empty queue leaves the accounts query's reference unresolved: no rows, no conflicts.
  const accounts = cases.length && bodies.accounts !== undefined ? queryResult(AccountWork).parse(bodies.accounts).records : [];
  const byAccount = new Map(accounts.map((account) => [toId18(account.Id), account]));
  const firstResponded = context.names.field("case.firstResponded");
  const rows = cases.slice(0, QUEUE_WINDOW).map((record): QueueRow => {
    const id = toId18(record.Id);
    const accountId = record.AccountId ? toId18(record.AccountId) : null;
    const sla = slaSnapshot(record.CreatedDate, textOf(record, firstResponded), context.clock, context.now);
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
      conflict: accountId ? conflictOf(id, byAccount.get(accountId), context.pooledOwnerUserIds, context.names.profile) : null,
    };
  });
  return { rows, truncated: cases.length > QUEUE_WINDOW };
}
