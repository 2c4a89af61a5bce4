/**
 * Everything the case panel shows, in one Composite request: the case with its
 * activities and claim history, its contact's activities, and its account with
 * the account's open cases and opportunities (for conflicts). Semi-joins on the
 * case id keep the queries independent, so a case without a contact or an
 * account simply returns no rows instead of a broken reference. The org's own
 * field names come from the profile (OrgNames); a field the org lacks is not asked
 * for and its part of the panel says it is off.
 *
 * Every child list has a LIMIT and a filter to the rows the panel uses, so a case
 * with a thousand activities or an account with hundreds of cases costs what the
 * panel shows, not what the org holds. Writes read the same parts back
 * (casePanelReadBack) so the panel redraws from their answer.
 */
import type { Connection } from "jsforce";
import * as z from "zod/v4-mini";

import { toId18 } from "../../domain/salesforce-id";
import { ownerChangesOf } from "../../domain/sla";
import type { Activity, CasePanelAnswer, CasePanelRefresh, WaitingCase } from "../../messaging/case-panel-data";
import { bodiesOrThrow, composite, queryUrl, queryUrlWithReference, type CompositeResults, type Subrequest } from "../composite";
import { numberOf, textOf, type OrgNames } from "../query/org-names";
import { pooledRecordType, upgradeLike } from "../query/pooled-soql";
import { selectList, soqlId, soqlLikeWords, soqlList, soqlString } from "../query/soql";
import { CaseNotFound, toCaseSummary } from "./case-summary";
import {
  CASE_RECORD_FIELDS,
  CaseRecordSchema,
  childRecords,
  isQueueOwner,
  nullable,
  OPPORTUNITY_FIELDS,
  OpportunityRecord,
  OwnerRecord,
  queryResult,
  TASK_FIELDS,
  TaskRecordSchema,
} from "./case-records";

/** Activities older than this cannot tick a step of a cadence that is still relevant. */
const ACTIVITY_WINDOW_DAYS = 60;
/**
 * The most recent completed activities read per case and per contact. The cadence
 * has four steps in seven days; twenty recent ones hold every step of any cadence
 * still running, however long the record's history.
 */
export const RECENT_ACTIVITIES = 20;
/**
 * Owner history rows read per case, the latest first (two rows per change: ids and
 * names): the SLA clock starts at the latest entry into a pool queue, and the claim
 * is the first move from a queue to a user among them.
 */
export const OWNER_HISTORY_ROWS = 20;
/** Rows of each kind read per account: the open cases and opportunities conflicts and the related opportunity can come from. */
export const ACCOUNT_ROWS = 5;

export const HistoryRecord = z.object({ Field: z.string(), OldValue: z.unknown(), NewValue: z.unknown(), CreatedDate: z.string() });

/**
 * A case's most recent completed activities and its latest owner changes (Day 1 of the
 * cadence is when it left the queue; the SLA runs from when it last entered one), as
 * child subqueries.
 */
export const CASE_ACTIVITY_SUBQUERIES =
  `(SELECT ${TASK_FIELDS} FROM Tasks WHERE IsClosed = true ORDER BY CreatedDate DESC LIMIT ${RECENT_ACTIVITIES}), ` +
  `(SELECT Field, OldValue, NewValue, CreatedDate FROM Histories WHERE Field = 'Owner' ORDER BY CreatedDate DESC LIMIT ${OWNER_HISTORY_ROWS})`;

/**
 * The most recent completed activities of the contacts of the cases matching
 * `caseWhere`. With `elsewhereThan` (one case), only those on other records: the
 * case's own are in its Tasks already, and reading them twice made a busy case's
 * answer grow with its history (SOQL's != keeps a null WhatId).
 */
export function contactActivitiesSoql(caseWhere: string, elsewhereThan?: string): string {
  const elsewhere = elsewhereThan ? ` AND WhatId != ${elsewhereThan}` : "";
  return (
    `SELECT Id, (SELECT ${TASK_FIELDS} FROM Tasks WHERE IsClosed = true AND CreatedDate = LAST_N_DAYS:${ACTIVITY_WINDOW_DAYS}${elsewhere} ORDER BY CreatedDate DESC LIMIT ${RECENT_ACTIVITIES}) ` +
    `FROM Contact WHERE Id IN (SELECT ContactId FROM Case WHERE ${caseWhere})`
  );
}

export const ContactTasks = z.object({ Id: z.string(), Tasks: childRecords(TaskRecordSchema) });

const RelatedOpportunity = z.object({ Id: z.string(), Name: nullable, StageName: nullable, IsClosed: z.boolean() });

const PanelCaseSchema = z.looseObject(z.extend(CaseRecordSchema, {
  Reason: nullable,
  ClosedDate: nullable,
  Tasks: childRecords(TaskRecordSchema),
  Histories: childRecords(HistoryRecord),
}).shape);

const AccountCase = z.object({
  Id: z.string(),
  CaseNumber: z.string(),
  Subject: nullable,
  Status: nullable,
  IsClosed: z.boolean(),
  CreatedDate: z.string(),
  OwnerId: z.string(),
  Owner: OwnerRecord,
  RecordType: z.optional(z.nullable(z.object({ DeveloperName: nullable }))),
});

const AccountWithRelated = z.looseObject({
  Id: z.string(),
  Name: nullable,
  Type: nullable,
  OwnerId: z.string(),
  Owner: OwnerRecord,
  Cases: childRecords(AccountCase),
  Opportunities: childRecords(OpportunityRecord),
});

const QueueCaseRecord = z.object({ Id: z.string(), CaseNumber: z.string(), Subject: nullable, Priority: nullable, CreatedDate: z.string() });

const CASE_OWNER_REF = "@{case.records[0].OwnerId}";

/** The reference ids of the parts every write reads back, apart from its own subrequests. */
export const READ_BACK = { case: "panelCase", contact: "panelContact", account: "panelAccount" } as const;
const PANEL_REFS = { case: "case", contact: "contact", account: "account" } as const;
type PartRefs = { case: string; contact: string; account: string };

/**
 * The account's open cases that can be a conflict (pooled, owned by a user other
 * than the pooled owner, oldest first) and its open opportunities that can be one
 * (the upgrade mark) or the related opportunity (the profile's name rule).
 */
function accountSoql(caseWhere: string, names: OrgNames): string {
  const { profile } = names;
  const accountFields = selectList(["Id", "Name", "Type", "OwnerId", "Owner.Name", names.field("account.carr"), names.field("account.region")]);
  const notPooledOwner = profile.pooledOwner.names.length ? ` AND Owner.Name NOT IN ${soqlList(profile.pooledOwner.names)}` : "";
  const source = profile.case.opportunity;
  const related = source.kind === "account-open-opportunity" ? ` OR Name LIKE ${soqlLikeWords([source.nameContains.trim()])}` : "";
  return (
    `SELECT ${accountFields}, ` +
    `(SELECT Id, CaseNumber, Subject, Status, IsClosed, CreatedDate, OwnerId, Owner.Name, Owner.Type, RecordType.DeveloperName FROM Cases ` +
    `WHERE IsClosed = false AND ${pooledRecordType(profile)} AND Owner.Type = 'User'${notPooledOwner} ORDER BY CreatedDate ASC LIMIT ${ACCOUNT_ROWS}), ` +
    `(SELECT ${OPPORTUNITY_FIELDS} FROM Opportunities WHERE IsClosed = false AND (${upgradeLike(profile.policy.upgrade)}${related}) ORDER BY CreatedDate ASC LIMIT ${ACCOUNT_ROWS}) ` +
    `FROM Account WHERE Id IN (SELECT AccountId FROM Case WHERE ${caseWhere})`
  );
}

/** The case, its contact's activities and its account: what the panel shows of one case, under the given reference ids. */
function casePartsSubrequests(caseId: string, names: OrgNames, refs: PartRefs): Subrequest[] {
  const id = soqlId(toId18(caseId));
  const opportunity = names.relationship("case.opportunity");
  const caseFields = selectList([
    CASE_RECORD_FIELDS,
    "Reason",
    "ClosedDate",
    names.field("case.notes"),
    names.field("case.resolutionAction"),
    names.field("case.webFormDetails"),
    names.field("case.firstResponded"),
    ...(opportunity ? ["Id", "Name", "StageName", "IsClosed"].map((field) => `${opportunity}.${field}`) : []),
  ]);
  return [
    { referenceId: refs.case, method: "GET", url: queryUrl(`SELECT ${caseFields}, ${CASE_ACTIVITY_SUBQUERIES} FROM Case WHERE Id = ${id} LIMIT 1`) },
    { referenceId: refs.contact, method: "GET", url: queryUrl(contactActivitiesSoql(`Id = ${id}`, id)) },
    { referenceId: refs.account, method: "GET", url: queryUrl(accountSoql(`Id = ${id}`, names)) },
  ];
}

/** The panel's parts read again after a write in the same Composite (three queries). */
export function casePanelReadBack(caseId: string, names: OrgNames): Subrequest[] {
  return casePartsSubrequests(caseId, names, READ_BACK);
}

/**
 * The first other waiting case of each tier of the handbook's order (High, then
 * the rest, each oldest first) in the queue that owns this case: all the claim's
 * order check compares with. Owner.Type = 'Queue' makes both empty once a user
 * owns the case. SOQL refuses a semi-join on Case from Case, so the owner comes
 * from the first answer by reference.
 */
function queueHeadSubrequests(caseId: string, names: OrgNames): Subrequest[] {
  const high = soqlString(names.profile.case.highPriority);
  const head = (referenceId: string, tier: string): Subrequest => ({
    referenceId,
    method: "GET",
    url: queryUrlWithReference(
      `SELECT Id, CaseNumber, Subject, Priority, CreatedDate FROM Case WHERE OwnerId = '${CASE_OWNER_REF}' AND Owner.Type = 'Queue' AND IsClosed = false ` +
        `AND Id != ${soqlId(toId18(caseId))} AND ${tier} ORDER BY CreatedDate ASC, Id ASC LIMIT 1`,
      CASE_OWNER_REF,
    ),
  });
  return [head("queueHigh", `Priority = ${high}`), head("queueRest", `(Priority != ${high} OR Priority = null)`)];
}

function casePanelSubrequests(caseId: string, names: OrgNames): Subrequest[] {
  return [...casePartsSubrequests(caseId, names, PANEL_REFS), ...queueHeadSubrequests(caseId, names)];
}

function activityOf(task: z.infer<typeof TaskRecordSchema>, on: Activity["on"]): Activity {
  // Salesforce always fills TaskSubtype ("Task" for a plain task), so a call logged as a
  // plain task with Type "Call" is known by its Type.
  const kindOf = (value: string | null) => (value?.toLowerCase() === "email" ? "email" : value?.toLowerCase() === "call" ? "call" : null);
  return {
    id: toId18(task.Id),
    kind: kindOf(task.TaskSubtype) ?? kindOf(task.Type) ?? "other",
    subject: task.Subject,
    // When it happened: completion time, else the activity date, else when it was logged.
    at: task.CompletedDateTime ?? (task.ActivityDate ? `${task.ActivityDate}T12:00:00.000Z` : task.CreatedDate),
    on,
    by: task.Owner?.Name ?? null,
    outcome: task.CallDisposition,
  };
}

/** The case's and its contact's activities, each once, oldest first. */
export function mergedActivities(caseTasks: z.infer<typeof TaskRecordSchema>[], contactTasks: z.infer<typeof TaskRecordSchema>[]): Activity[] {
  const seen = new Set<string>();
  return [...caseTasks.map((task) => activityOf(task, "case")), ...contactTasks.map((task) => activityOf(task, "contact"))]
    .filter((activity) => !seen.has(activity.id) && seen.add(activity.id) !== undefined)
    .sort((a, b) => a.at.localeCompare(b.at));
}

/** Day 1 of the cadence: the first owner change from a queue to a user (of those read); else the first-response stamp. */
export function claimedAt(histories: z.infer<typeof HistoryRecord>[], firstResponded: string | null, ownerIsQueue: boolean): string | null {
  if (ownerIsQueue) return null;
  const oldestFirst = [...histories].sort((a, b) => Date.parse(a.CreatedDate) - Date.parse(b.CreatedDate));
  const claim = oldestFirst.find((row) => typeof row.OldValue === "string" && row.OldValue.startsWith("00G") && typeof row.NewValue === "string" && row.NewValue.startsWith("005"));
  return claim?.CreatedDate ?? firstResponded;
}

/** The owner changes the SLA's start is read from, with ids in the 18-character form; truncated when the row limit was reached. */
export function ownerHistoryOf(histories: z.infer<typeof HistoryRecord>[]): CasePanelAnswer["case"]["ownerHistory"] {
  const changes = ownerChangesOf(histories.map((row) => ({ oldValue: row.OldValue, newValue: row.NewValue, at: row.CreatedDate })));
  return {
    changes: changes.map((change) => ({ at: change.at.toISOString(), from: change.from && toId18(change.from), to: change.to && toId18(change.to) })),
    truncated: histories.length >= OWNER_HISTORY_ROWS,
  };
}

type AccountRecord = z.infer<typeof AccountWithRelated>;

/** The related opportunity: the case's lookup, or (by the profile's rule) the account's oldest open opportunity matching it. */
function relatedOpportunity(caseRecord: Record<string, unknown>, account: AccountRecord | undefined, names: OrgNames): CasePanelAnswer["case"]["relatedOpportunity"] {
  const source = names.profile.case.opportunity;
  if (source.kind === "lookup") {
    const relationship = names.relationship("case.opportunity");
    const related = relationship ? z.optional(z.nullable(RelatedOpportunity)).parse(caseRecord[relationship]) : null;
    return related ? { id: toId18(related.Id), name: related.Name, stageName: related.StageName, isClosed: related.IsClosed } : null;
  }
  if (source.kind === "none") return null;
  const wanted = source.nameContains.trim().toLowerCase();
  const match = account?.Opportunities.find((opp) => (opp.Name ?? "").toLowerCase().includes(wanted));
  return match ? { id: toId18(match.Id), name: match.Name, stageName: match.StageName, isClosed: match.IsClosed } : null;
}

/** The panel's parts from their bodies; throws CaseNotFound when the case query found nothing. */
function toCaseParts(bodies: Map<string, unknown>, caseId: string, names: OrgNames, refs: PartRefs): CasePanelRefresh {
  const caseRecord = queryResult(PanelCaseSchema).parse(bodies.get(refs.case)).records[0];
  if (!caseRecord) throw new CaseNotFound(caseId);
  const summary = toCaseSummary(caseRecord);
  const contact = queryResult(ContactTasks).parse(bodies.get(refs.contact)).records[0];
  const account = queryResult(AccountWithRelated).parse(bodies.get(refs.account)).records[0];
  const firstResponded = textOf(caseRecord, names.field("case.firstResponded"));

  return {
    case: {
      ...summary,
      reason: caseRecord.Reason,
      notes: textOf(caseRecord, names.field("case.notes")),
      resolutionAction: textOf(caseRecord, names.field("case.resolutionAction")),
      webFormDetails: textOf(caseRecord, names.field("case.webFormDetails")),
      firstRespondedDate: firstResponded,
      closedDate: caseRecord.ClosedDate,
      claimedAt: claimedAt(caseRecord.Histories, firstResponded, summary.owner.isQueue),
      relatedOpportunity: relatedOpportunity(caseRecord, account, names),
      ownerHistory: ownerHistoryOf(caseRecord.Histories),
    },
    activities: mergedActivities(caseRecord.Tasks, contact?.Tasks ?? []),
    account: account
      ? {
        id: toId18(account.Id),
        name: account.Name,
        carr: numberOf(account, names.field("account.carr")),
        region: textOf(account, names.field("account.region")),
        type: account.Type,
        owner: { id: toId18(account.OwnerId), name: account.Owner?.Name ?? null },
      }
      : null,
    otherCases: (account?.Cases ?? [])
      .filter((other) => toId18(other.Id) !== summary.id)
      .map((other) => ({
        id: toId18(other.Id),
        caseNumber: other.CaseNumber,
        subject: other.Subject,
        status: other.Status,
        isClosed: other.IsClosed,
        isPooled: other.RecordType?.DeveloperName === names.profile.case.recordType,
        createdDate: other.CreatedDate,
        owner: { id: toId18(other.OwnerId), name: other.Owner?.Name ?? null, isQueue: isQueueOwner(other.OwnerId, other.Owner) },
      })),
    opportunities: (account?.Opportunities ?? []).map((opp) => ({
      id: toId18(opp.Id),
      name: opp.Name,
      nextStep: opp.NextStep,
      stageName: opp.StageName,
      isClosed: opp.IsClosed,
      createdDate: opp.CreatedDate,
      owner: { id: toId18(opp.OwnerId), name: opp.Owner?.Name ?? null },
    })),
  };
}

const queueHeads = (body: unknown) =>
  queryResult(QueueCaseRecord)
    .parse(body)
    .records.map((queued) => ({ id: toId18(queued.Id), caseNumber: queued.CaseNumber, subject: queued.Subject, priority: queued.Priority, createdDate: queued.CreatedDate }));

function toCasePanelAnswer(bodies: Map<string, unknown>, caseId: string, names: OrgNames): CasePanelAnswer {
  const parts = toCaseParts(bodies, caseId, names, PANEL_REFS);
  return { ...parts, queueCases: parts.case.owner.isQueue ? [...queueHeads(bodies.get("queueHigh")), ...queueHeads(bodies.get("queueRest"))] : [] };
}

/**
 * The panel's parts as a write read them back, or null when it could not (a
 * rolled-back composite answers PROCESSING_HALTED for them, a case gone from view
 * has no row): the panel then reads the case itself.
 */
export function readBackOf(results: CompositeResults, caseId: string, names: OrgNames): CasePanelRefresh | null {
  const parts = Object.values(READ_BACK).map((ref) => results.get(ref));
  if (parts.some((part) => !part || part.status >= 400)) return null;
  try {
    return toCaseParts(new Map(Object.values(READ_BACK).map((ref) => [ref, results.get(ref)!.body])), caseId, names, READ_BACK);
  } catch (cause) {
    if (cause instanceof CaseNotFound) return null;
    throw cause;
  }
}

/**
 * The pool read riding on the panel's Composite in place of the queue heads (the
 * badge is due): the heads then come from it when it covers the queue that owns the case.
 */
export interface PoolRide<R> {
  subrequests: Subrequest[];
  read(bodies: Map<string, unknown>): R;
  /** The case's queue heads from the pool read; null when the read does not cover this owner's queue. */
  headsFor(ownerId: string, caseId: string, read: R): WaitingCase[] | null;
}

/**
 * The panel's read with the pool read beside it, still one Composite. The answer
 * is null when a queue the pool read does not cover owns the case (its heads are
 * unknown then): the caller reads the panel on its own.
 */
export async function getCasePanelRiding<R>(connection: Connection, caseId: string, names: OrgNames, ride: PoolRide<R>): Promise<{ answer: CasePanelAnswer | null; read: R }> {
  const bodies = bodiesOrThrow(await composite(connection, [...casePartsSubrequests(caseId, names, PANEL_REFS), ...ride.subrequests], false));
  const parts = toCaseParts(bodies, caseId, names, PANEL_REFS);
  const read = ride.read(bodies);
  if (!parts.case.owner.isQueue) return { answer: { ...parts, queueCases: [] }, read };
  const heads = ride.headsFor(parts.case.owner.id, caseId, read);
  return { answer: heads ? { ...parts, queueCases: heads } : null, read };
}

export async function getCasePanel(connection: Connection, caseId: string, names: OrgNames): Promise<CasePanelAnswer> {
  const results = await composite(connection, casePanelSubrequests(caseId, names), false);
  // A missing case also fails the queue subrequests' reference; say what really happened.
  const caseBody = results.get("case");
  if (caseBody?.status === 200 && queryResult(z.object({})).parse(caseBody.body).totalSize === 0) throw new CaseNotFound(caseId);
  return toCasePanelAnswer(bodiesOrThrow(results), caseId, names);
}
