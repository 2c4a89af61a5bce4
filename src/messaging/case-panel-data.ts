/**
 * Everything the case panel shows, as the worker sends it: the case, its
 * activities, its account's other open cases and opportunities. With the org
 * context (me, statuses, business hours, the profile) the panel derives trigger,
 * cadence, SLA, conflicts and the cheat sheet from it with pure domain code.
 */
import * as z from "zod";

import { CaseSummarySchema } from "./case-summary";
import type { OrgContext } from "./org-context";
import { Id, IsoDateTime, OwnerSchema, PersonSchema } from "./ids";

const CaseDetailSchema = CaseSummarySchema.extend({
  reason: z.string().nullable(),
  notes: z.string().nullable(),
  resolutionAction: z.string().nullable(),
  webFormDetails: z.string().nullable(),
  firstRespondedDate: IsoDateTime.nullable(),
  closedDate: IsoDateTime.nullable(),
  /** When an AE took the case from the queue (Day 1 of the cadence); null while unclaimed or unknown. */
  claimedAt: IsoDateTime.nullable(),
  relatedOpportunity: z.object({ id: Id, name: z.string().nullable(), stageName: z.string().nullable(), isClosed: z.boolean() }).nullable(),
});

const ActivitySchema = z.object({
  id: Id,
  kind: z.enum(["email", "call", "other"]),
  subject: z.string().nullable(),
  at: IsoDateTime,
  /** Logged on the case itself, or on its contact. */
  on: z.enum(["case", "contact"]),
});

const AccountSchema = z.object({
  id: Id,
  name: z.string().nullable(),
  carr: z.number().nullable(),
  region: z.string().nullable(),
  type: z.string().nullable(),
  owner: PersonSchema,
});

const AccountCaseSchema = z.object({
  id: Id,
  caseNumber: z.string(),
  subject: z.string().nullable(),
  status: z.string().nullable(),
  isClosed: z.boolean(),
  isPooled: z.boolean(),
  createdDate: IsoDateTime,
  owner: OwnerSchema,
});

const AccountOpportunitySchema = z.object({
  id: Id,
  name: z.string().nullable(),
  nextStep: z.string().nullable(),
  stageName: z.string().nullable(),
  isClosed: z.boolean(),
  createdDate: IsoDateTime,
  owner: PersonSchema,
});

/** An open case waiting in the same queue as this one (for the handbook's pick-up order). */
const WaitingCaseSchema = z.object({
  id: Id,
  caseNumber: z.string(),
  subject: z.string().nullable(),
  priority: z.string().nullable(),
  createdDate: IsoDateTime,
});

/** The worker's answer for one case: its records only; the org context is read once per session (org-context.ts). */
export const CasePanelAnswerSchema = z.object({
  case: CaseDetailSchema,
  activities: z.array(ActivitySchema),
  account: AccountSchema.nullable(),
  otherCases: z.array(AccountCaseSchema),
  opportunities: z.array(AccountOpportunitySchema),
  /** Open cases of the queue that owns this case; empty once an AE owns it. */
  queueCases: z.array(WaitingCaseSchema),
});

export type CaseDetail = z.infer<typeof CaseDetailSchema>;
export type Activity = z.infer<typeof ActivitySchema>;
export type AccountCase = z.infer<typeof AccountCaseSchema>;
export type AccountOpportunity = z.infer<typeof AccountOpportunitySchema>;
export type WaitingCase = z.infer<typeof WaitingCaseSchema>;
export type CasePanelAnswer = z.infer<typeof CasePanelAnswerSchema>;
/** What the panel shows: the case's records with the session's org context. */
export type CasePanelData = CasePanelAnswer & { org: OrgContext };
