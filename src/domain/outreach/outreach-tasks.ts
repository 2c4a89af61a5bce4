/**
 * The Task records a cadence step logs, as Salesforce takes them: a completed
 * Email or Call on the case (WhatId) and its contact (WhoId), dated the AE's local
 * day, and after a call nobody answered, an open Task to call again. Status and
 * Call Result words, and the subject of a step logged with one click, are the org's
 * (profile); TaskSubtype and Type are Salesforce's.
 */
import type { OrgProfile } from "../org-profile/schema";
import type { CallOutcome } from "./call-outcome";
import { mergeTemplate } from "./merge";

export interface OutreachLog {
  caseId: string;
  contactId: string | null;
  kind: "email" | "call";
  /** The cadence day it ticks. */
  day: number;
  /** The AE's local date, YYYY-MM-DD. */
  activityDate: string;
  /** The email the AE sent from the draft. */
  email?: { subject: string; body: string };
  /** What came of the call, the AE's one-line note, and an open Task to call again on a later date. */
  call?: { outcome: CallOutcome; note: string; retry?: { subject: string; activityDate: string } };
}

export type TaskRecord = Record<string, string>;

export interface OutreachTasks {
  logged: TaskRecord;
  retry: TaskRecord | null;
}

const TYPE = { email: "Email", call: "Call" } as const;

/** What outreachTasks reads of the profile. */
export type OutreachProfile = Pick<OrgProfile, "outreach" | "templates">;

function loggedSubject(log: OutreachLog, { outreach, templates }: OutreachProfile): string {
  if (log.kind === "email" && log.email) return log.email.subject;
  if (log.kind === "call" && log.call) return `Call: ${outreach.callOutcomes[log.call.outcome]}`;
  // Logged with one click and nothing else: say which step it was.
  return mergeTemplate(templates[log.kind].loggedSubject, { CadenceDay: String(log.day) }, { oneLine: true }).text;
}

function description(log: OutreachLog): string | null {
  if (log.kind === "email") return log.email?.body.trim() || null;
  return log.call?.note.trim() || null;
}

export class MismatchedLog extends Error {
  constructor(kind: OutreachLog["kind"]) {
    super(kind === "email" ? "An email was sent with a call's outcome: nothing was logged." : "A call was sent with an email's details: nothing was logged.");
    this.name = "MismatchedLog";
  }
}

export function outreachTasks(log: OutreachLog, profile: OutreachProfile): OutreachTasks {
  const policy = profile.outreach;
  if ((log.kind === "email" && log.call) || (log.kind === "call" && log.email)) throw new MismatchedLog(log.kind);
  const on: TaskRecord = { WhatId: log.caseId, ...(log.contactId ? { WhoId: log.contactId } : {}) };
  const text = description(log);
  const logged: TaskRecord = {
    Subject: loggedSubject(log, profile),
    TaskSubtype: TYPE[log.kind],
    Type: TYPE[log.kind],
    Status: policy.taskStatus.completed,
    ActivityDate: log.activityDate,
    ...on,
    ...(log.call ? { CallDisposition: policy.callOutcomes[log.call.outcome] } : {}),
    ...(text ? { Description: text } : {}),
  };
  // A plain Task of Type Call: a to-do until it is done, and once completed (here or in
  // Salesforce) it counts as a call like any other.
  const again = log.call?.retry;
  const retry: TaskRecord | null = again
    ? { Subject: again.subject, TaskSubtype: "Task", Type: TYPE.call, Status: policy.taskStatus.open, ActivityDate: again.activityDate, ...on }
    : null;
  return { logged, retry };
}
