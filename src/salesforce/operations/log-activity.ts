/**
 * Logs a cadence email or call, and the retry after a call nobody answered, in
 * ONE Composite (one API call, allOrNone: both Tasks or neither). The same
 * request reads the new Tasks back, so the answer is what Salesforce stored
 * (its completion time, owner and Call Result): the panel ticks the step and
 * shows its timeline from it without reading the case again.
 */
import type { Connection } from "jsforce";
import * as z from "zod/v4-mini";

import type { OrgProfile } from "../../domain/org-profile";
import { outreachTasks } from "../../domain/outreach/outreach-tasks";
import { toId18 } from "../../domain/salesforce-id";
import type { LogActivityRequest, LoggedActivity } from "../../messaging/case-work";
import { bodiesOrThrow, composite, dataPath, queryUrl, type Subrequest } from "../composite";
import { queryResult, TASK_FIELDS, TaskRecordSchema } from "./case-records";
import { mergedActivities } from "./get-case-panel";

const CreateResultSchema = z.object({ id: z.string(), success: z.literal(true) });

/** Composite references to the new Tasks' ids, left readable in the query URL: Salesforce resolves them before decoding. */
const REFERENCES = { logged: "@{logged.id}", retry: "@{retry.id}" };

export function logSubrequests(request: LogActivityRequest, profile: OrgProfile): Subrequest[] {
  const { type: _type, ...log } = request;
  const { logged, retry } = outreachTasks(log, profile);
  const create = (referenceId: string, body: unknown): Subrequest => ({ referenceId, method: "POST", url: dataPath("/sobjects/Task"), body });
  const references = retry ? [REFERENCES.logged, REFERENCES.retry] : [REFERENCES.logged];
  const soql = `SELECT ${TASK_FIELDS} FROM Task WHERE Id IN (${references.map((reference) => `'${reference}'`).join(", ")})`;
  const readBack = references.reduce((url, reference) => url.replace(encodeURIComponent(reference), reference), queryUrl(soql));
  return [create("logged", logged), ...(retry ? [create("retry", retry)] : []), { referenceId: "tasks", method: "GET", url: readBack }];
}

export async function logActivity(connection: Connection, request: LogActivityRequest, profile: OrgProfile): Promise<LoggedActivity> {
  const bodies = bodiesOrThrow(await composite(connection, logSubrequests(request, profile), true));
  const loggedId = toId18(CreateResultSchema.parse(bodies.get("logged")).id);
  const retryId = bodies.has("retry") ? toId18(CreateResultSchema.parse(bodies.get("retry")).id) : null;
  return loggedActivityOf(queryResult(TaskRecordSchema).parse(bodies.get("tasks")).records, loggedId, retryId);
}

/** The answer from the Tasks as Salesforce stored them (the log's read-back, or the re-read after a lost answer). */
export function loggedActivityOf(tasks: z.infer<typeof TaskRecordSchema>[], loggedId: string, retryId: string | null): LoggedActivity {
  const find = (id: string) => {
    const task = tasks.find((record) => toId18(record.Id) === id);
    if (!task) throw new Error(`Salesforce did not return the Task it just created (${id}).`);
    return task;
  };

  const logged = find(loggedId);
  // The same reading of a Task as the panel's own (kind, time, owner, result), so the two never disagree.
  const [activity] = mergedActivities([logged], []);
  const retry = retryId ? find(retryId) : null;
  return {
    id: loggedId,
    activity: activity!,
    retry: retry ? { id: retryId!, subject: retry.Subject, activityDate: retry.ActivityDate } : null,
  };
}
