import type { Connection } from "jsforce";

import { DEFAULT_PROFILE } from "../../domain/org-profile";
import type { LogActivityRequest } from "../../messaging/case-work";
import { logActivity, logSubrequests } from "./log-activity";

interface RequestInfo {
  method: string;
  url: string;
  body: string;
}

/** A connection that answers the one Composite with the given subrequest results. */
function fakeConnection(results: Array<{ referenceId: string; httpStatusCode: number; body: unknown }>) {
  const calls: RequestInfo[] = [];
  const connection = {
    request: async (request: RequestInfo) => {
      calls.push(request);
      return { compositeResponse: results };
    },
  } as unknown as Connection;
  return { connection, calls };
}

const CASE_ID = "5008X00002CytL1QAJ";
const CONTACT_ID = "0038X00000AbCdEQAV";
const TASK_ID = "00T8X00000Tsk09UAB";
const RETRY_ID = "00T8X00000Tsk10UAB";
const call: LogActivityRequest = { type: "activity/log", caseId: CASE_ID, contactId: CONTACT_ID, kind: "call", day: 3, activityDate: "2026-11-18" };
const created = (referenceId: string, id: string) => ({ referenceId, httpStatusCode: 201, body: { id, success: true, errors: [] } });
const taskRow = (id: string, fields: Record<string, unknown>) => ({
  Id: id,
  Subject: "Day 3 call (Pooled cadence)",
  TaskSubtype: "Call",
  Type: "Call",
  ActivityDate: "2026-11-18",
  CompletedDateTime: "2026-11-18T15:10:00.000+0000",
  CreatedDate: "2026-11-18T15:10:00.000+0000",
  CallDisposition: null,
  Owner: { Name: "Avery Chen" },
  ...fields,
});
const readBack = (...rows: unknown[]) => ({ referenceId: "tasks", httpStatusCode: 200, body: { totalSize: rows.length, done: true, records: rows } });

describe("logActivity", () => {
  it("logs the one-click call in one Composite and answers the Task as Salesforce stored it", async () => {
    const { connection, calls } = fakeConnection([created("logged", "00T8X00000Tsk09"), readBack(taskRow(TASK_ID, {}))]);
    const result = await logActivity(connection, call, DEFAULT_PROFILE);

    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ method: "POST", url: "/services/data/v62.0/composite" });
    const sent = JSON.parse(calls[0]!.body);
    expect(sent.allOrNone).toBe(true);
    expect(sent.compositeRequest[0]).toEqual({
      referenceId: "logged",
      method: "POST",
      url: "/services/data/v62.0/sobjects/Task",
      body: { Subject: "Day 3 call (Pooled cadence)", TaskSubtype: "Call", Type: "Call", Status: "Completed", ActivityDate: "2026-11-18", WhatId: CASE_ID, WhoId: CONTACT_ID },
    });
    expect(decodeURIComponent(sent.compositeRequest[1].url)).toContain("FROM Task WHERE Id IN ('@{logged.id}')");
    // Salesforce's 15-character id comes back as 18.
    expect(result).toEqual({
      id: TASK_ID,
      activity: { id: TASK_ID, kind: "call", subject: "Day 3 call (Pooled cadence)", at: "2026-11-18T15:10:00.000+0000", on: "case", by: "Avery Chen", outcome: null },
      retry: null,
    });
  });

  it("schedules the retry in the same request and answers both", async () => {
    const request: LogActivityRequest = { ...call, call: { outcome: "no-answer", note: "Rang out", retry: { subject: "Call back: case 00001042", activityDate: "2026-11-19" } } };
    const subrequests = logSubrequests(request, DEFAULT_PROFILE);
    expect(subrequests.map((sub) => [sub.referenceId, sub.method])).toEqual([["logged", "POST"], ["retry", "POST"], ["tasks", "GET"]]);
    expect(subrequests[1]!.body).toMatchObject({ Subject: "Call back: case 00001042", Status: "Not Started", ActivityDate: "2026-11-19", Type: "Call" });
    expect(subrequests[2]!.url).toContain("IN%20('@{logged.id}'%2C%20'@{retry.id}')");

    const { connection } = fakeConnection([
      created("logged", TASK_ID),
      created("retry", RETRY_ID),
      readBack(taskRow(TASK_ID, { Subject: "Call: No answer", CallDisposition: "No answer" }), taskRow(RETRY_ID, { Subject: "Call back: case 00001042", TaskSubtype: "Task", ActivityDate: "2026-11-19", CompletedDateTime: null })),
    ]);
    const result = await logActivity(connection, request, DEFAULT_PROFILE);
    expect(result.activity).toMatchObject({ id: TASK_ID, subject: "Call: No answer", outcome: "No answer", by: "Avery Chen" });
    expect(result.retry).toEqual({ id: RETRY_ID, subject: "Call back: case 00001042", activityDate: "2026-11-19" });
  });

  it("throws Salesforce's own error when the Composite fails", async () => {
    const { connection } = fakeConnection([
      { referenceId: "logged", httpStatusCode: 400, body: [{ errorCode: "FIELD_INTEGRITY_EXCEPTION", message: "Related To ID: id value of incorrect type" }] },
      { referenceId: "tasks", httpStatusCode: 400, body: [{ errorCode: "PROCESSING_HALTED", message: "The transaction was rolled back since another operation in the same transaction failed." }] },
    ]);
    await expect(logActivity(connection, call, DEFAULT_PROFILE)).rejects.toMatchObject({ errorCode: "FIELD_INTEGRITY_EXCEPTION", message: "Related To ID: id value of incorrect type" });
  });

  it("refuses an answer without the Task it created", async () => {
    const { connection } = fakeConnection([created("logged", TASK_ID), readBack()]);
    await expect(logActivity(connection, call, DEFAULT_PROFILE)).rejects.toThrow(/did not return the Task/);
  });

  it("refuses an email's details on a call before calling Salesforce", async () => {
    const { connection, calls } = fakeConnection([]);
    await expect(logActivity(connection, { ...call, email: { subject: "Hi", body: "Hello" } }, DEFAULT_PROFILE)).rejects.toThrow(/A call was sent with an email's details/);
    expect(calls).toHaveLength(0);
  });
});
