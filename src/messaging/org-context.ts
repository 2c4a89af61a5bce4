/**
 * What the worker knows about the org for this session, read once and shared by
 * every panel, the popup and the badge: who I am and which pool I work, the
 * pooled owner users, each pool's members and business hours, the case statuses,
 * and the org's profile (names and policy) with what the org check switched off.
 * Case answers never repeat it.
 */
import * as z from "zod/v4-mini";

import { OrgProfileSchema } from "../domain/org-profile";
import { Id } from "./ids";

const TimeValue = z.nullable(z.string());

export const BusinessHoursRecordSchema = z.object({
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
});

export const HolidayRecordSchema = z.object({
  Name: z.nullable(z.string()),
  ActivityDate: z.nullable(z.string()),
  IsAllDay: z.boolean(),
  StartTimeInMinutes: z.nullable(z.number()),
  EndTimeInMinutes: z.nullable(z.number()),
  IsRecurrence: z.nullish(z.boolean()),
  RecurrenceType: z.nullish(z.string()),
  RecurrenceStartDate: z.nullish(z.string()),
  RecurrenceEndDateOnly: z.nullish(z.string()),
  RecurrenceDayOfMonth: z.nullish(z.number()),
  RecurrenceMonthOfYear: z.nullish(z.string()),
  RecurrenceInstance: z.nullish(z.string()),
  RecurrenceDayOfWeekMask: z.nullish(z.number()),
});

export const CaseStatusSchema = z.object({ value: z.string(), label: z.string(), isClosed: z.boolean(), isDefault: z.boolean() });

export const OrgContextSchema = z.object({
  /** The My Domain host the context is for. */
  orgHost: z.string(),
  orgId: z.nullable(z.string()),
  me: z.object({
    id: Id,
    name: z.nullable(z.string()),
    /** The user's TimeZoneSidKey. */
    timeZone: z.string(),
    /** Key of the pool I work (the profile's `pools`); null when I am in none. */
    poolKey: z.nullable(z.string()),
    /** The Pooled ASM (manager) of my pool. */
    isManager: z.boolean(),
  }),
  /** The pooled owner users (the profile's, found by name): owning is not working. */
  pooledOwnerUserIds: z.array(Id),
  /** Each pool's queue (Group) id, by pool key; null when the org has no queue of that name. */
  poolQueues: z.record(z.string(), z.nullable(Id)),
  /** Each pool's users (queue members, public groups in the queue expanded), by pool key. */
  poolMembers: z.record(z.string(), z.array(Id)),
  /** CaseStatus values: `value` (ApiName) is what Case.Status holds and takes; `label` (MasterLabel) is what people read. */
  statuses: z.array(CaseStatusSchema),
  /** Each pool's BusinessHours record as Salesforce sends it (the named one, else the default), by pool key; null when the org has none. */
  businessHours: z.record(z.string(), z.nullable(BusinessHoursRecordSchema)),
  holidays: z.array(HolidayRecordSchema),
  profile: OrgProfileSchema,
  /** The API name each field role uses in this org (FIELD_ROLES); null where the profile has none or the org check found none. */
  fields: z.record(z.string(), z.nullable(z.string())),
  /** One line per thing the org check found missing, saying what is off ("CARR field not found: the pooled threshold is not checked."). */
  switchedOff: z.array(z.string()),
});

export const OrgContextRequestSchema = z.object({ type: z.literal("org/context") });

export type OrgContext = z.infer<typeof OrgContextSchema>;
export type CaseStatus = z.infer<typeof CaseStatusSchema>;

/** The label of a Case.Status value, for display; the value itself when the org has no such status. */
export function caseStatusLabel(org: Pick<OrgContext, "statuses">, value: string | null): string | null {
  if (value === null) return null;
  return org.statuses.find((status) => status.value === value)?.label ?? value;
}
