/**
 * The panel's writes: claim, transfer and close, and the options the close dialog
 * needs. Every write carries the version of the case the panel showed (its
 * LastModifiedDate and owner), so the worker can refuse to overwrite a case that
 * changed since: the answer then says who has it now instead.
 */
import * as z from "zod/v4-mini";

import { CasePanelRefreshSchema } from "./case-panel-data";
import { Id, IsoDateTime, OwnerSchema, PersonSchema } from "./ids";

/** The case as the panel read it: what a write is conditional on. */
export const CaseVersionSchema = z.object({
  caseId: Id,
  /** LastModifiedDate as read; Salesforce keeps it at second precision. */
  lastModifiedDate: IsoDateTime,
  ownerId: Id,
  accountId: z.nullable(Id),
});

const ConflictRefSchema = z.object({
  kind: z.enum(["open-case", "upgrade-opportunity"]),
  recordId: Id,
  label: z.string(),
});

export const ClaimRequestSchema = z.extend(CaseVersionSchema, { type: z.literal("case/claim") });

export const TransferRequestSchema = z.extend(CaseVersionSchema, {
  type: z.literal("case/transfer"),
  to: PersonSchema,
  because: ConflictRefSchema,
  /** The case's Notes as read; the worker appends the reason for the transfer to it. */
  notes: z.nullable(z.string()),
});

export const CloseRequestSchema = z.object({
  type: z.literal("case/close"),
  caseId: Id,
  lastModifiedDate: IsoDateTime,
  /** Who owned the case and its Status when the dialog opened: the close is guarded by these values, not only by the second-precision date. */
  ownerId: Id,
  fromStatus: z.nullable(z.string()),
  status: z.string().check(z.minLength(1)),
  /** Null where the org has no Resolution Action field (the org check says so). */
  resolutionAction: z.nullable(z.string().check(z.minLength(1))),
  /** The related opportunity to close with it, when it is still open. */
  opportunity: z.nullable(z.object({ id: Id, stageName: z.string().check(z.minLength(1)) })),
});

export const CloseOptionsRequestSchema = z.object({ type: z.literal("case/close-options") });

/** Who has the case now, when a write found it changed. */
const CaseNowSchema = z.object({
  owner: OwnerSchema,
  status: z.nullable(z.string()),
  isClosed: z.boolean(),
});

/**
 * Every outcome carries the case as read after the write (null when the request
 * could not read it back, e.g. a rolled-back close): the panel redraws from it.
 */
const outcome = <T extends z.core.$ZodLooseShape>(shape: T) => z.object({ ...shape, panel: z.optional(z.nullable(CasePanelRefreshSchema)) });

const Changed = outcome({ outcome: z.literal("changed"), now: z.nullable(CaseNowSchema) });

/**
 * The write's answer was lost (timeout, connection reset, 5xx), so the worker read the
 * case again: `panel` is the case as it is now, and the panel says what is true from
 * it ("You own this case", "Not claimed: Bob Lee has it"), never "nothing was changed".
 */
const AnswerLost = z.object({ outcome: z.literal("answer-lost"), panel: CasePanelRefreshSchema });

export const ClaimResultSchema = z.discriminatedUnion("outcome", [
  outcome({ outcome: z.literal("claimed") }),
  Changed,
  /** Someone works the account already: the handbook says the case goes to them. */
  outcome({ outcome: z.literal("conflict"), transferTo: PersonSchema, because: ConflictRefSchema }),
  AnswerLost,
]);

export const TransferResultSchema = z.discriminatedUnion("outcome", [
  outcome({ outcome: z.literal("transferred"), to: PersonSchema }),
  Changed,
  /** The other case or opportunity is no longer open with that AE. */
  outcome({ outcome: z.literal("conflict-gone") }),
  AnswerLost,
]);

export const CloseResultSchema = z.discriminatedUnion("outcome", [outcome({ outcome: z.literal("closed") }), Changed, AnswerLost]);

export const CloseOptionsSchema = z.object({
  resolutionActions: z.array(z.object({ value: z.string(), label: z.string() })),
  closedStages: z.array(z.string()),
});

export type CaseVersion = z.infer<typeof CaseVersionSchema>;
export type ConflictRef = z.infer<typeof ConflictRefSchema>;
export type CaseNow = z.infer<typeof CaseNowSchema>;
export type ClaimRequest = z.infer<typeof ClaimRequestSchema>;
export type TransferRequest = z.infer<typeof TransferRequestSchema>;
export type CloseRequest = z.infer<typeof CloseRequestSchema>;
export type ClaimResult = z.infer<typeof ClaimResultSchema>;
export type TransferResult = z.infer<typeof TransferResultSchema>;
export type CloseResult = z.infer<typeof CloseResultSchema>;
export type CloseOptions = z.infer<typeof CloseOptionsSchema>;
