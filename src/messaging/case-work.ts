/** Messages for working a case from the panel: logging a cadence activity, saving Notes. */
import * as z from "zod";

import { Id } from "./ids";

/** Salesforce's limit for a long text area such as the case's Notes field. */
export const NOTES_MAX_LENGTH = 32_000;

export const LogActivityRequestSchema = z.object({
  type: z.literal("activity/log"),
  caseId: Id,
  contactId: Id.nullable(),
  kind: z.enum(["email", "call"]),
  /** The cadence day it ticks, for the subject AEs will see in the activity history. */
  day: z.number().int().min(1).max(31),
  /** The AE's local date (YYYY-MM-DD): Task.ActivityDate. */
  activityDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
});

export const SaveNotesRequestSchema = z.object({
  type: z.literal("case/save-notes"),
  caseId: Id,
  notes: z.string().max(NOTES_MAX_LENGTH, `Notes can hold at most ${NOTES_MAX_LENGTH} characters.`),
  lastModifiedDate: z.string(),
});

export const LoggedActivitySchema = z.object({ id: Id });
export const SavedNotesSchema = z.object({ saved: z.literal(true) });

export type LogActivityRequest = z.infer<typeof LogActivityRequestSchema>;
export type SaveNotesRequest = z.infer<typeof SaveNotesRequestSchema>;
