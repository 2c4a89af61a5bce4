/**
 * Everything the case panel shows, in one Composite request: the case with its
 * activities and claim history, its contact's activities, and its account with
 * the account's open cases and opportunities (for conflicts). Semi-joins on the
 * case id keep the queries independent, so a case without a contact or an
 * account simply returns no rows instead of a broken reference. The org's own
 * field names come from the profile (OrgNames); a field the org lacks is not asked
 * for and its part of the panel says it is off.
 */
import type { Connection } from "jsforce";
import * as z from "zod";

import { toId18 } from "../../domain/salesforce-id";
import type { Activity, CasePanelAnswer } from "../../messaging/case-panel-data";
import { bodiesOrThrow, composite, queryUrl, queryUrlWithReference, type Subrequest } from "../composite";
import { numberOf, textOf, type OrgNames } from "../query/org-names";
import { selectList, soqlId } from "../query/soql";
import { CaseNotFound, toCaseSummary } from "./case-summary";
import { QUEUE_WINDOW } from "./get-queue";
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

export const HistoryRecord = z.object({ Field: z.string(), OldValue: z.unknown(), NewValue: z.unknown(), CreatedDate: z.string() });

/** A case's completed activities and its owner changes (Day 1 of the cadence is when it left the queue), as child subqueries. */
export const CASE_ACTIVITY_SUBQUERIES =
  `(SELECT ${TASK_FIELDS} FROM Tasks WHERE IsClosed = true ORDER BY CreatedDate ASC), ` +
  `(SELECT Field, OldValue, NewValue, CreatedDate FROM Histories WHERE Field = 'Owner' ORDER BY CreatedDate ASC)`;

/** The recent completed activities of the contacts of the cases matching `caseWhere`. */
export function contactActivitiesSoql(caseWhere: string): string {
  return (
    `SELECT Id, (SELECT ${TASK_FIELDS} FROM Tasks WHERE IsClosed = true AND CreatedDate = LAST_N_DAYS:${ACTIVITY_WINDOW_DAYS} ORDER BY CreatedDate ASC) ` +
    `FROM Contact WHERE Id IN (SELECT ContactId FROM Case WHERE ${caseWhere})`
  );
}

export const ContactTasks = z.object({ Id: z.string(), Tasks: childRecords(TaskRecordSchema) });

const RelatedOpportunity = z.object({ Id: z.string(), Name: nullable, StageName: nullable, IsClosed: z.boolean() });

const PanelCaseSchema = CaseRecordSchema.extend({
  Reason: nullable,
  ClosedDate: nullable,
  Tasks: childRecords(TaskRecordSchema),
  Histories: childRecords(HistoryRecord),
}).passthrough();

const AccountCase = z.object({
  Id: z.string(),
  CaseNumber: z.string(),
  Subject: nullable,
  Status: nullable,
  IsClosed: z.boolean(),
  CreatedDate: z.string(),
  OwnerId: z.string(),
  Owner: OwnerRecord,
  RecordType: z.object({ DeveloperName: nullable }).nullable().optional(),
});

const AccountWithRelated = z
  .object({
    Id: z.string(),
    Name: nullable,
    Type: nullable,
    OwnerId: z.string(),
    Owner: OwnerRecord,
    Cases: childRecords(AccountCase),
    Opportunities: childRecords(OpportunityRecord),
  })
  .passthrough();

const QueueCaseRecord = z.object({ Id: z.string(), CaseNumber: z.string(), Subject: nullable, Priority: nullable, CreatedDate: z.string() });

const CASE_OWNER_REF = "@{case.records[0].OwnerId}";

function casePanelSubrequests(caseId: string, names: OrgNames): Subrequest[] {
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
  const accountFields = selectList(["Id", "Name", "Type", "OwnerId", "Owner.Name", names.field("account.carr"), names.field("account.region")]);
  return [
    { referenceId: "case", method: "GET", url: queryUrl(`SELECT ${caseFields}, ${CASE_ACTIVITY_SUBQUERIES} FROM Case WHERE Id = ${id} LIMIT 1`) },
    { referenceId: "contact", method: "GET", url: queryUrl(contactActivitiesSoql(`Id = ${id}`)) },
    {
      referenceId: "account",
      method: "GET",
      url: queryUrl(
        `SELECT ${accountFields}, ` +
          `(SELECT Id, CaseNumber, Subject, Status, IsClosed, CreatedDate, OwnerId, Owner.Name, Owner.Type, RecordType.DeveloperName FROM Cases WHERE IsClosed = false ORDER BY CreatedDate ASC), ` +
          `(SELECT ${OPPORTUNITY_FIELDS} FROM Opportunities WHERE IsClosed = false ORDER BY CreatedDate ASC) ` +
          `FROM Account WHERE Id IN (SELECT AccountId FROM Case WHERE Id = ${id})`,
      ),
    },
    {
      // The owner's open cases: the queue's waiting cases when a queue owns this one. SOQL
      // refuses a semi-join on Case from Case, so this reads the owner from the first answer.
      referenceId: "queue",
      method: "GET",
      url: queryUrlWithReference(
        `SELECT Id, CaseNumber, Subject, Priority, CreatedDate FROM Case WHERE OwnerId = '${CASE_OWNER_REF}' AND IsClosed = false ORDER BY CreatedDate ASC LIMIT ${QUEUE_WINDOW}`,
        CASE_OWNER_REF,
      ),
    },
  ];
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
  };
}

/** The case's and its contact's activities, each once, oldest first. */
export function mergedActivities(caseTasks: z.infer<typeof TaskRecordSchema>[], contactTasks: z.infer<typeof TaskRecordSchema>[]): Activity[] {
  const seen = new Set<string>();
  return [...caseTasks.map((task) => activityOf(task, "case")), ...contactTasks.map((task) => activityOf(task, "contact"))]
    .filter((activity) => !seen.has(activity.id) && seen.add(activity.id) !== undefined)
    .sort((a, b) => a.at.localeCompare(b.at));
}

/** Day 1 of the cadence: the first owner change from a queue to a user; else the first-response stamp. */
export function claimedAt(histories: z.infer<typeof HistoryRecord>[], firstResponded: string | null, ownerIsQueue: boolean): string | null {
  if (ownerIsQueue) return null;
  const claim = histories.find((row) => typeof row.OldValue === "string" && row.OldValue.startsWith("00G") && typeof row.NewValue === "string" && row.NewValue.startsWith("005"));
  return claim?.CreatedDate ?? firstResponded;
}

type AccountRecord = z.infer<typeof AccountWithRelated>;

/** The related opportunity: the case's lookup, or (by the profile's rule) the account's oldest open opportunity matching it. */
function relatedOpportunity(caseRecord: Record<string, unknown>, account: AccountRecord | undefined, names: OrgNames): CasePanelAnswer["case"]["relatedOpportunity"] {
  const source = names.profile.case.opportunity;
  if (source.kind === "lookup") {
    const relationship = names.relationship("case.opportunity");
    const related = relationship ? RelatedOpportunity.nullable().optional().parse(caseRecord[relationship]) : null;
    return related ? { id: toId18(related.Id), name: related.Name, stageName: related.StageName, isClosed: related.IsClosed } : null;
  }
  if (source.kind === "none") return null;
  const wanted = source.nameContains.trim().toLowerCase();
  const match = account?.Opportunities.find((opp) => (opp.Name ?? "").toLowerCase().includes(wanted));
  return match ? { id: toId18(match.Id), name: match.Name, stageName: match.StageName, isClosed: match.IsClosed } : null;
}

function toCasePanelAnswer(bodies: Map<string, unknown>, caseId: string, names: OrgNames): CasePanelAnswer {
  const caseRecord = queryResult(PanelCaseSchema).parse(bodies.get("case")).records[0];
  if (!caseRecord) throw new CaseNotFound(caseId);
  const summary = toCaseSummary(caseRecord);
  const contact = queryResult(ContactTasks).parse(bodies.get("contact")).records[0];
  const account = queryResult(AccountWithRelated).parse(bodies.get("account")).records[0];
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
    queueCases: summary.owner.isQueue
      ? queryResult(QueueCaseRecord)
          .parse(bodies.get("queue"))
          .records.map((queued) => ({ id: toId18(queued.Id), caseNumber: queued.CaseNumber, subject: queued.Subject, priority: queued.Priority, createdDate: queued.CreatedDate }))
      : [],
  };
}

export async function getCasePanel(connection: Connection, caseId: string, names: OrgNames): Promise<CasePanelAnswer> {
  const results = await composite(connection, casePanelSubrequests(caseId, names), false);
  // A missing case also fails the queue subrequest's reference; say what really happened.
  const caseBody = results.get("case");
  if (caseBody?.status === 200 && queryResult(z.object({})).parse(caseBody.body).totalSize === 0) throw new CaseNotFound(caseId);
  return toCasePanelAnswer(bodiesOrThrow(results), caseId, names);
}
