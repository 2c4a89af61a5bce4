/**
 * Everything the case panel shows, as the worker sends it: the case, its
 * activities, its account's other open cases and opportunities. With the org
 * context (me, statuses, business hours, the profile) the panel derives trigger,
 * cadence, SLA, conflicts and the cheat sheet from it with pure domain code.
 */
import * as z from "zod/v4-mini";

import { CaseSummarySchema } from "./case-summary";
import type { OrgContext } from "./org-context";
import { Id, IsoDateTime, OwnerSchema, PersonSchema } from "./ids";

const CaseDetailSchema = z.extend(CaseSummarySchema, {
  reason: z.nullable(z.string()),
  notes: z.nullable(z.string()),
  resolutionAction: z.nullable(z.string()),
  webFormDetails: z.nullable(z.string()),
  firstRespondedDate: z.nullable(IsoDateTime),
  closedDate: z.nullable(IsoDateTime),
  /** When an AE took the case from the queue (Day 1 of the cadence); null while unclaimed or unknown. */
  claimedAt: z.nullable(IsoDateTime),
  relatedOpportunity: z.nullable(z.object({ id: Id, name: z.nullable(z.string()), stageName: z.nullable(z.string()), isClosed: z.boolean() })),
  /**
   * The case's latest owner changes (the CaseHistory rows with ids), for when its SLA
   * clock started; `truncated` when the read's row limit cut older ones off.
   * Defaults to none for a panel cached before it was read.
   */
  ownerHistory: z._default(z.object({ changes: z.array(z.object({ at: IsoDateTime, from: z.nullable(Id), to: z.nullable(Id) })), truncated: z.boolean() }), { changes: [], truncated: false }),
});

/** A completed Task on the case or its contact, as the cadence and its timeline read it. */
export const ActivitySchema = z.object({
  id: Id,
  kind: z.enum(["email", "call", "other"]),
  subject: z.nullable(z.string()),
  at: IsoDateTime,
  /** Logged on the case itself, or on its contact. */
  on: z.enum(["case", "contact"]),
  /** Whose Task it is (Owner.Name). */
  by: z.nullable(z.string()),
  /** A call's Call Result (Task.CallDisposition). */
  outcome: z.nullable(z.string()),
});

const AccountSchema = z.object({
  id: Id,
  name: z.nullable(z.string()),
  carr: z.nullable(z.number()),
  region: z.nullable(z.string()),
  type: z.nullable(z.string()),
  owner: PersonSchema,
});

const AccountCaseSchema = z.object({
  id: Id,
  caseNumber: z.string(),
  subject: z.nullable(z.string()),
  status: z.nullable(z.string()),
  isClosed: z.boolean(),
  isPooled: z.boolean(),
  createdDate: IsoDateTime,
  owner: OwnerSchema,
});

const AccountOpportunitySchema = z.object({
  id: Id,
  name: z.nullable(z.string()),
  nextStep: z.nullable(z.string()),
  stageName: z.nullable(z.string()),
  isClosed: z.boolean(),
  createdDate: IsoDateTime,
  owner: PersonSchema,
});

/** A case waiting in the same queue as this one (for the handbook's pick-up order). */
const WaitingCaseSchema = z.object({
  id: Id,
  caseNumber: z.string(),
  subject: z.nullable(z.string()),
  priority: z.nullable(z.string()),
  createdDate: IsoDateTime,
});

/** The worker's answer for one case: its records only; the org context is read once per session (org-context.ts). */
export const CasePanelAnswerSchema = z.object({
  case: CaseDetailSchema,
  activities: z.array(ActivitySchema),
  account: z.nullable(AccountSchema),
  otherCases: z.array(AccountCaseSchema),
  opportunities: z.array(AccountOpportunitySchema),
  /**
   * While a queue owns this case: the first other case of each tier of the handbook's
   * order waiting in it (High, then the rest, each oldest first), all the claim's
   * order check needs; empty once an AE owns it.
   */
  queueCases: z.array(WaitingCaseSchema),
});

/**
 * What a write answers with besides its outcome: the case read again in the same
 * request, so the panel redraws from it without a second call. The queue heads are
 * not re-read (the panel keeps its own while a queue still owns the case).
 */
export const CasePanelRefreshSchema = z.omit(CasePanelAnswerSchema, { queueCases: true });

export type CaseDetail = z.infer<typeof CaseDetailSchema>;
export type Activity = z.infer<typeof ActivitySchema>;
export type AccountCase = z.infer<typeof AccountCaseSchema>;
export type AccountOpportunity = z.infer<typeof AccountOpportunitySchema>;
export type WaitingCase = z.infer<typeof WaitingCaseSchema>;
export type CasePanelAnswer = z.infer<typeof CasePanelAnswerSchema>;
export type CasePanelRefresh = z.infer<typeof CasePanelRefreshSchema>;
/** What the panel shows: the case's records with the session's org context. */
export type CasePanelData = CasePanelAnswer & { org: OrgContext };
