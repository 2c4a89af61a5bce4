/** Logs a cadence email or call as a completed Task on the case and its contact: one POST. */
import type { Connection } from "jsforce";
import * as z from "zod";

import { toId18 } from "../../domain/salesforce-id";
import type { LogActivityRequest } from "../../messaging/case-work";
import { dataPath } from "../composite";

const CreateResultSchema = z.object({ id: z.string(), success: z.literal(true) });

export function taskFor(request: LogActivityRequest) {
  const kind = request.kind === "email" ? "Email" : "Call";
  return {
    Subject: `Day ${request.day} ${request.kind} (Pooled cadence)`,
    TaskSubtype: kind,
    Type: kind,
    Status: "Completed",
    ActivityDate: request.activityDate,
    WhatId: request.caseId,
    ...(request.contactId ? { WhoId: request.contactId } : {}),
  };
}

export async function logActivity(connection: Connection, request: LogActivityRequest): Promise<{ id: string }> {
  const result = await connection.request({
    method: "POST",
    url: dataPath("/sobjects/Task"),
    body: JSON.stringify(taskFor(request)),
    headers: { "Content-Type": "application/json" },
  });
  return { id: toId18(CreateResultSchema.parse(result).id) };
}
