/**
 * Everything the case panel shows, as the worker sends it: the case, its
 * activities, its account's other open cases and opportunities, and the org
 * context (me, statuses, business hours). The panel derives trigger, cadence,
 * SLA, conflicts and the cheat sheet from it with pure domain code.
 */
import * as z from "zod";

import { CaseSummarySchema } from "./case-summary";
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
const QueueCaseSchema = z.object({
  id: Id,
  caseNumber: z.string(),
  subject: z.string().nullable(),
  priority: z.string().nullable(),
  createdDate: IsoDateTime,
});

const TimeValue = z.string().nullable();

export const OrgContextSchema = z.object({
  me: z.object({ id: Id, name: z.string().nullable(), timeZone: z.string().nullable(), region: z.string().nullable() }),
  pooledOwnerUserIds: z.array(Id),
  /** CaseStatus values: `value` (ApiName) is what Case.Status holds and takes; `label` (MasterLabel) is what people read. */
  statuses: z.array(z.object({ value: z.string(), label: z.string(), isClosed: z.boolean(), isDefault: z.boolean() })),
  /** The org's default BusinessHours record, as Salesforce sends it; null when the org has none. */
  businessHours: z
    .object({
      TimeZoneSidKey: z.string(),
      SundayStartTime: TimeValue,
      SundayEndTime: TimeValue,
      MondayStartTime: TimeValue,
      MondayEndTime: TimeValue,
      TuesdayStartTime: TimeValue,
      TuesdayEndTime: TimeValue,
      WednesdayStartTime: TimeValue,
      WednesdayEndTime: TimeValue,
      ThursdayStartTime: TimeValue,
      ThursdayEndTime: TimeValue,
      FridayStartTime: TimeValue,
      FridayEndTime: TimeValue,
      SaturdayStartTime: TimeValue,
      SaturdayEndTime: TimeValue,
    })
    .nullable(),
  holidays: z.array(
    z.object({
      Name: z.string().nullable(),
      ActivityDate: z.string().nullable(),
      IsAllDay: z.boolean(),
      StartTimeInMinutes: z.number().nullable(),
      EndTimeInMinutes: z.number().nullable(),
      IsRecurrence: z.boolean().nullish(),
      RecurrenceType: z.string().nullish(),
      RecurrenceStartDate: z.string().nullish(),
      RecurrenceEndDateOnly: z.string().nullish(),
      RecurrenceDayOfMonth: z.number().nullish(),
      RecurrenceMonthOfYear: z.string().nullish(),
      RecurrenceInstance: z.string().nullish(),
      RecurrenceDayOfWeekMask: z.number().nullish(),
    }),
  ),
});

export const CasePanelDataSchema = z.object({
  case: CaseDetailSchema,
  activities: z.array(ActivitySchema),
  account: AccountSchema.nullable(),
  otherCases: z.array(AccountCaseSchema),
  opportunities: z.array(AccountOpportunitySchema),
  /** Open cases of the queue that owns this case; empty once an AE owns it. */
  queueCases: z.array(QueueCaseSchema),
  org: OrgContextSchema,
});

export type CaseDetail = z.infer<typeof CaseDetailSchema>;
export type Activity = z.infer<typeof ActivitySchema>;
export type AccountCase = z.infer<typeof AccountCaseSchema>;
export type AccountOpportunity = z.infer<typeof AccountOpportunitySchema>;
export type QueueCase = z.infer<typeof QueueCaseSchema>;
export type OrgContext = z.infer<typeof OrgContextSchema>;
export type CasePanelData = z.infer<typeof CasePanelDataSchema>;

/** The label of a Case.Status value, for display; the value itself when the org has no such status. */
export function caseStatusLabel(org: Pick<OrgContext, "statuses">, value: string | null): string | null {
  if (value === null) return null;
  return org.statuses.find((status) => status.value === value)?.label ?? value;
}
