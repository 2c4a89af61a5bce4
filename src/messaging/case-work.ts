/** Messages for working a case from the panel: logging a cadence activity, saving Notes. */
import * as z from "zod/v4-mini";

import { CALL_OUTCOMES, RETRY_OUTCOME } from "../domain/outreach/call-outcome";
import { TASK_SUBJECT_MAX_LENGTH } from "../domain/outreach/email-draft";
import { ActivitySchema, CasePanelRefreshSchema } from "./case-panel-data";
import { Id } from "./ids";

/** Salesforce's limit for a long text area such as the case's Notes field. */
export const NOTES_MAX_LENGTH = 32_000;

const LocalDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, "a date as YYYY-MM-DD"));
const TaskSubject = z.string().check(z.trim(), z.minLength(1), z.maxLength(TASK_SUBJECT_MAX_LENGTH));
/** Task.Description (Comments) holds 32,000 characters. */
const TASK_DESCRIPTION_MAX_LENGTH = 32_000;

/**
 * Logs a cadence email or call as a completed Task and, after a call nobody
 * answered, schedules the retry: one request, one API call. With only the first
 * fields it is the one-click log ("Day 3 call (Pooled cadence)"). An email's
 * details with kind "call" (or the other way round) are refused by the worker:
 * this schema sits in the request union, which takes no cross-field checks.
 */
export const LogActivityRequestSchema = z.object({
  type: z.literal("activity/log"),
  caseId: Id,
  contactId: z.nullable(Id),
  kind: z.enum(["email", "call"]),
  /** The cadence day it ticks, for the subject AEs will see in the activity history. */
  day: z.int().check(z.gte(1), z.lte(31)),
  /** The AE's local date (YYYY-MM-DD): Task.ActivityDate. */
  activityDate: LocalDate,
  /** The email the AE sent from the draft: the Task's Subject and Comments. */
  email: z.optional(z.object({ subject: TaskSubject, body: z.string().check(z.maxLength(TASK_DESCRIPTION_MAX_LENGTH)) })),
  /** What came of the call (Task.CallDisposition, in the org's words), the AE's one-line note, and a retry. */
  call: z.optional(z.object({
    outcome: z.enum(CALL_OUTCOMES),
    note: z.string().check(z.maxLength(255), z.regex(/^[^\r\n]*$/, "one line")),
    /** An open Task to call again on that date: only after a call nobody answered. */
    retry: z.optional(z.object({ subject: TaskSubject, activityDate: LocalDate })),
  }).check(z.refine((call) => !call.retry || call.outcome === RETRY_OUTCOME, { message: "a retry follows a call nobody answered", path: ["retry"] }))),
});

export const SaveNotesRequestSchema = z.object({
  type: z.literal("case/save-notes"),
  caseId: Id,
  notes: z.string().check(z.maxLength(NOTES_MAX_LENGTH, `Notes can hold at most ${NOTES_MAX_LENGTH} characters.`)),
  lastModifiedDate: z.string(),
  /** The Notes the AE started editing from: a save that finds others there (a same-second change) does not stand. */
  notesFrom: z.nullable(z.string()),
});

/**
 * What logging answers: enough to tick the step and show its timeline without
 * reading the case again. `activity` (the logged Task as the panel's activities
 * hold it) and `retry` are read back in the same request.
 */
export const LoggedActivitySchema = z.object({
  id: Id,
  activity: ActivitySchema,
  retry: z.nullable(z.object({ id: Id, subject: z.nullable(z.string()), activityDate: z.nullable(LocalDate) })),
});
/**
 * Saving Notes answers with the case as read after the write, in the same request:
 * saved, or refused because the case changed since the panel read it (412), and
 * then the panel already holds the new version to check against.
 */
export const SavedNotesSchema = z.object({ saved: z.boolean(), panel: z.optional(z.nullable(CasePanelRefreshSchema)) });

export type LogActivityRequest = z.infer<typeof LogActivityRequestSchema>;
export type LoggedActivity = z.infer<typeof LoggedActivitySchema>;
export type SaveNotesRequest = z.infer<typeof SaveNotesRequestSchema>;
export type SavedNotes = z.infer<typeof SavedNotesSchema>;
