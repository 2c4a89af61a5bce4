/**
 * Everything the case panel shows, in one Composite request: the case with its
 * activities and claim history, its contact's activities, and its account with
 * the account's open cases and opportunities (for conflicts). Semi-joins on the
 * case id keep the three queries independent, so a case without a contact or an
 * account simply returns no rows instead of a broken reference.
 */
import type { Connection } from "jsforce";
import * as z from "zod";

import { toId18 } from "../../domain/salesforce-id";
import type { Activity, CasePanelData, OrgContext } from "../../messaging/case-panel-data";
import { bodiesOrThrow, composite, queryUrl, queryUrlWithReference } from "../composite";
import { CaseNotFound, toCaseSummary } from "./case-summary";
import {
  CaseRecordFields,
  CaseRecordSchema,
  childRecords,
  isQueueOwner,
  nullable,
  OpportunityFields,
  OpportunityRecord,
  OwnerRecord,
  queryResult,
  TaskFields,
  TaskRecordSchema,
} from "./case-records";

/** Activities older than this cannot tick a step of a 7-day cadence that is still relevant. */
const ACTIVITY_WINDOW_DAYS = 60;

export const HistoryRecord = z.object({ Field: z.string(), OldValue: z.unknown(), NewValue: z.unknown(), CreatedDate: z.string() });

/** A case's completed activities and its owner changes (Day 1 of the cadence is when it left the queue), as child subqueries. */
export const CaseActivitySubqueries =
  `(SELECT ${TaskFields} FROM Tasks WHERE IsClosed = true ORDER BY CreatedDate ASC), ` +
  `(SELECT Field, OldValue, NewValue, CreatedDate FROM Histories WHERE Field = 'Owner' ORDER BY CreatedDate ASC)`;

/** The recent completed activities of the contacts of the cases matching `caseWhere`. */
export function contactActivitiesSoql(caseWhere: string): string {
  return (
    `SELECT Id, (SELECT ${TaskFields} FROM Tasks WHERE IsClosed = true AND CreatedDate = LAST_N_DAYS:${ACTIVITY_WINDOW_DAYS} ORDER BY CreatedDate ASC) ` +
    `FROM Contact WHERE Id IN (SELECT ContactId FROM Case WHERE ${caseWhere})`
  );
}

export const ContactTasks = z.object({ Id: z.string(), Tasks: childRecords(TaskRecordSchema) });

const PanelCaseSchema = CaseRecordSchema.extend({
  Reason: nullable,
  Notes__c: nullable,
  Resolution_Action__c: nullable,
  Web_Form_Details__c: nullable,
  First_Responded_Date__c: nullable,
  ClosedDate: nullable,
  Opportunity__r: z.object({ Id: z.string(), Name: nullable, StageName: nullable, IsClosed: z.boolean() }).nullable().optional(),
  Tasks: childRecords(TaskRecordSchema),
  Histories: childRecords(HistoryRecord),
});

const AccountWithRelated = z.object({
  Id: z.string(),
  Name: nullable,
  CARR__c: z.number().nullable().optional(),
  Pooled_Region__c: nullable,
  Type: nullable,
  OwnerId: z.string(),
  Owner: OwnerRecord,
  Cases: childRecords(
    z.object({
      Id: z.string(),
      CaseNumber: z.string(),
      Subject: nullable,
      Status: nullable,
      IsClosed: z.boolean(),
      CreatedDate: z.string(),
      OwnerId: z.string(),
      Owner: OwnerRecord,
      RecordType: z.object({ DeveloperName: nullable }).nullable().optional(),
    }),
  ),
  Opportunities: childRecords(OpportunityRecord),
});

export const POOLED_RECORD_TYPE = "Pooled_Sales_Case";

const QueueCaseRecord = z.object({ Id: z.string(), CaseNumber: z.string(), Subject: nullable, Priority: nullable, CreatedDate: z.string() });

/** How many waiting cases we read to tell which one should be picked up first. */
const QUEUE_WINDOW = 200;

const CASE_OWNER_REF = "@{case.records[0].OwnerId}";

function casePanelSubrequests(caseId: string) {
  const id = toId18(caseId);
  return [
    {
      referenceId: "case",
      method: "GET" as const,
      url: queryUrl(
        `SELECT ${CaseRecordFields}, Reason, Notes__c, Resolution_Action__c, Web_Form_Details__c, First_Responded_Date__c, ClosedDate, ` +
          `Opportunity__r.Id, Opportunity__r.Name, Opportunity__r.StageName, Opportunity__r.IsClosed, ` +
          `${CaseActivitySubqueries} FROM Case WHERE Id = '${id}' LIMIT 1`,
      ),
    },
    {
      referenceId: "contact",
      method: "GET" as const,
      url: queryUrl(contactActivitiesSoql(`Id = '${id}'`)),
    },
    {
      referenceId: "account",
      method: "GET" as const,
      url: queryUrl(
        `SELECT Id, Name, CARR__c, Pooled_Region__c, Type, OwnerId, Owner.Name, ` +
          `(SELECT Id, CaseNumber, Subject, Status, IsClosed, CreatedDate, OwnerId, Owner.Name, Owner.Type, RecordType.DeveloperName FROM Cases WHERE IsClosed = false ORDER BY CreatedDate ASC), ` +
          `(SELECT ${OpportunityFields} FROM Opportunities WHERE IsClosed = false ORDER BY CreatedDate ASC) ` +
          `FROM Account WHERE Id IN (SELECT AccountId FROM Case WHERE Id = '${id}')`,
      ),
    },
    {
      // The owner's open cases: the queue's waiting cases when a queue owns this one. SOQL
      // refuses a semi-join on Case from Case, so this reads the owner from the first answer.
      referenceId: "queue",
      method: "GET" as const,
      url: queryUrlWithReference(
        `SELECT Id, CaseNumber, Subject, Priority, CreatedDate FROM Case WHERE OwnerId = '${CASE_OWNER_REF}' ` +
          `AND IsClosed = false ORDER BY CreatedDate ASC LIMIT ${QUEUE_WINDOW}`,
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

function toCasePanelData(bodies: Map<string, unknown>, caseId: string, org: OrgContext): CasePanelData {
  const caseRecord = queryResult(PanelCaseSchema).parse(bodies.get("case")).records[0];
  if (!caseRecord) throw new CaseNotFound(caseId);
  const summary = toCaseSummary(caseRecord);
  const contact = queryResult(ContactTasks).parse(bodies.get("contact")).records[0];
  const account = queryResult(AccountWithRelated).parse(bodies.get("account")).records[0];

  return {
    case: {
      ...summary,
      reason: caseRecord.Reason,
      notes: caseRecord.Notes__c,
      resolutionAction: caseRecord.Resolution_Action__c,
      webFormDetails: caseRecord.Web_Form_Details__c,
      firstRespondedDate: caseRecord.First_Responded_Date__c,
      closedDate: caseRecord.ClosedDate,
      claimedAt: claimedAt(caseRecord.Histories, caseRecord.First_Responded_Date__c, summary.owner.isQueue),
      relatedOpportunity: caseRecord.Opportunity__r
        ? { id: toId18(caseRecord.Opportunity__r.Id), name: caseRecord.Opportunity__r.Name, stageName: caseRecord.Opportunity__r.StageName, isClosed: caseRecord.Opportunity__r.IsClosed }
        : null,
    },
    activities: mergedActivities(caseRecord.Tasks, contact?.Tasks ?? []),
    account: account
      ? {
          id: toId18(account.Id),
          name: account.Name,
          carr: account.CARR__c ?? null,
          region: account.Pooled_Region__c,
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
        isPooled: other.RecordType?.DeveloperName === POOLED_RECORD_TYPE,
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
    org,
  };
}

export async function getCasePanel(connection: Connection, caseId: string, org: OrgContext): Promise<CasePanelData> {
  const results = await composite(connection, casePanelSubrequests(caseId), false);
  // A missing case also fails the queue subrequest's reference; say what really happened.
  const caseBody = results.get("case");
  if (caseBody?.status === 200 && queryResult(z.object({})).parse(caseBody.body).totalSize === 0) throw new CaseNotFound(caseId);
  return toCasePanelData(bodiesOrThrow(results), caseId, org);
}
