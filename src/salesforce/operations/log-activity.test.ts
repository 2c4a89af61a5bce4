import type { Connection } from "jsforce";

import type { LogActivityRequest } from "../../messaging/case-work";
import { logActivity, taskFor } from "./log-activity";

interface RequestInfo {
  method: string;
  url: string;
  body: string;
  headers: Record<string, string>;
}

function fakeConnection(answer: unknown) {
  const calls: RequestInfo[] = [];
  const connection = {
    request: async (request: RequestInfo) => {
      calls.push(request);
      return answer;
    },
  } as unknown as Connection;
  return { connection, calls };
}

const CASE_ID = "5008X00002CytL1QAJ";
const CONTACT_ID = "0038X00000AbCdEQAV";
const call: LogActivityRequest = { type: "activity/log", caseId: CASE_ID, contactId: CONTACT_ID, kind: "call", day: 3, activityDate: "2026-11-18" };
const created = { id: "00T8X00000Tsk09UAB", success: true, errors: [] };

describe("logActivity", () => {
  it("creates one completed call Task on the case and its contact", async () => {
    const { connection, calls } = fakeConnection(created);
    const result = await logActivity(connection, call);

    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ method: "POST", url: "/services/data/v62.0/sobjects/Task", headers: { "Content-Type": "application/json" } });
    expect(JSON.parse(calls[0]!.body)).toEqual({
      Subject: "Day 3 call (Pooled cadence)",
      TaskSubtype: "Call",
      Type: "Call",
      Status: "Completed",
      ActivityDate: "2026-11-18",
      WhatId: CASE_ID,
      WhoId: CONTACT_ID,
    });
    expect(result).toEqual({ id: "00T8X00000Tsk09UAB" });
  });

  it("logs an email as an Email Task", () => {
    expect(taskFor({ ...call, kind: "email", day: 5 })).toMatchObject({ Subject: "Day 5 email (Pooled cadence)", TaskSubtype: "Email", Type: "Email", Status: "Completed" });
  });

  it("sets no WhoId when the case has no contact", async () => {
    const { connection, calls } = fakeConnection(created);
    await logActivity(connection, { ...call, contactId: null });

    const body = JSON.parse(calls[0]!.body) as Record<string, unknown>;
    expect(body).not.toHaveProperty("WhoId");
    expect(body).toMatchObject({ WhatId: CASE_ID, Status: "Completed" });
  });

  it("answers the 18-character id when Salesforce answers 15", async () => {
    const { connection } = fakeConnection({ id: "00T8X00000Tsk09", success: true, errors: [] });
    expect(await logActivity(connection, call)).toEqual({ id: "00T8X00000Tsk09UAB" });
  });

  it("refuses an answer that is not a successful create", async () => {
    const { connection } = fakeConnection({ id: "00T8X00000Tsk09UAB", success: false, errors: [{ statusCode: "FIELD_INTEGRITY_EXCEPTION" }] });
    await expect(logActivity(connection, call)).rejects.toThrow();
  });
});
