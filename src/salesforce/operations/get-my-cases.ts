/**
 * My open cases, for the popup's "My cases": two subrequests of the popup's one
 * Composite. The case with its completed activities and owner history (Day 1 of
 * the cadence is when it left the queue), and its contact's recent activities, as
 * the panel reads them, so both show the same cadence.
 */
import * as z from "zod/v4-mini";

import { toId18 } from "../../domain/salesforce-id";
import type { MyCaseRow } from "../../messaging/pool";
import { queryUrl, type Subrequest } from "../composite";
import { textOf, type OrgNames } from "../query/org-names";
import { selectList, soqlId } from "../query/soql";
import { childRecords, nullable, queryResult, TaskRecordSchema } from "./case-records";
import { CASE_ACTIVITY_SUBQUERIES, claimedAt, contactActivitiesSoql, ContactTasks, HistoryRecord, mergedActivities, OWNER_HISTORY_ROWS } from "./get-case-panel";
import { caseSlaSnapshot, type PoolClock } from "./pool-sla";

const MY_CASES_LIMIT = 200;

export function myCasesSubrequests(meId: string, names: OrgNames): Subrequest[] {
  const mine = `OwnerId = ${soqlId(meId)} AND IsClosed = false`;
  const fields = selectList(["Id", "CaseNumber", "Subject", "Origin", "Priority", "Status", "CreatedDate", names.field("case.firstResponded"), "ContactId", "AccountId", "Account.Name"]);
  return [
    { referenceId: "myCases", method: "GET", url: queryUrl(`SELECT ${fields}, ${CASE_ACTIVITY_SUBQUERIES} FROM Case WHERE ${mine} ORDER BY CreatedDate ASC LIMIT ${MY_CASES_LIMIT}`) },
    // The same window as the panel: older contact activity cannot tick a cadence that is still running.
    { referenceId: "myContacts", method: "GET", url: queryUrl(contactActivitiesSoql(mine)) },
  ];
}

const MyCaseRecord = z.looseObject({
  Id: z.string(),
  CaseNumber: z.string(),
  Subject: nullable,
  Origin: nullable,
  Priority: nullable,
  Status: nullable,
  CreatedDate: z.string(),
  ContactId: nullable,
  AccountId: nullable,
  Account: z.optional(z.nullable(z.object({ Name: nullable }))),
  Tasks: childRecords(TaskRecordSchema),
  Histories: childRecords(HistoryRecord),
});

export function toMyCaseRows(bodies: { cases: unknown; contacts: unknown }, clock: PoolClock, names: OrgNames, now: Date): MyCaseRow[] {
  const contacts = new Map(queryResult(ContactTasks).parse(bodies.contacts).records.map((contact) => [toId18(contact.Id), contact.Tasks]));
  const firstRespondedField = names.field("case.firstResponded");
  return queryResult(MyCaseRecord)
    .parse(bodies.cases)
    .records.map((record): MyCaseRow => {
      const contactTasks = record.ContactId ? (contacts.get(toId18(record.ContactId)) ?? []) : [];
      const activities = mergedActivities(record.Tasks, contactTasks).map(({ kind, at }) => ({ kind, at }));
      const firstResponded = textOf(record, firstRespondedField);
      return {
        id: toId18(record.Id),
        caseNumber: record.CaseNumber,
        subject: record.Subject,
        origin: record.Origin,
        priority: record.Priority,
        status: record.Status,
        createdDate: record.CreatedDate,
        claimedAt: claimedAt(record.Histories, firstResponded, false),
        account: record.AccountId ? { id: toId18(record.AccountId), name: record.Account?.Name ?? null } : null,
        activities,
        sla: caseSlaSnapshot(
          { createdDate: record.CreatedDate, firstResponded, hasFirstResponded: firstRespondedField !== null, ownerId: null, histories: record.Histories, historyLimit: OWNER_HISTORY_ROWS },
          clock,
          now,
        ),
      };
    });
}
