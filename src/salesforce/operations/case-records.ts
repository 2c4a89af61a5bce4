/** Zod shapes of the Salesforce records the case operations read, shared by their queries. */
import * as z from "zod/v4-mini";

const Id = z.string().check(z.regex(/^[a-zA-Z0-9]{15,18}$/));

/** A text field: Salesforce omits or nulls empty ones; both become null. */
export const nullable = z.pipe(z.optional(z.nullable(z.string())), z.transform((value) => value ?? null));

/** Salesforce answers a child subquery with no rows as null, not as an empty list. */
export const childRecords = <T extends z.ZodMiniType>(record: T) =>
  z.pipe(z.optional(z.nullable(z.object({ records: z.array(record) }))), z.transform((value) => value?.records ?? []));

export const queryResult = <T extends z.ZodMiniType>(record: T) => z.object({ totalSize: z.number(), records: z.array(record) });

/** Owner.Type is readable on Case (User or Queue); other objects' owners are users. */
export const OwnerRecord = z.optional(z.nullable(z.object({ Name: nullable, Type: nullable })));

/** Owner.Type is "Queue" for a queue-owned record; the 00G prefix is the fallback when Type is not readable. */
export function isQueueOwner(ownerId: string, owner: { Type?: string | null } | null | undefined): boolean {
  return owner?.Type === "Queue" || ownerId.startsWith("00G");
}

export const CASE_RECORD_FIELDS =
  "Id, CaseNumber, Subject, Description, Status, IsClosed, Priority, Origin, CreatedDate, LastModifiedDate, " +
  "OwnerId, Owner.Name, Owner.Type, Account.Id, Account.Name, Contact.Id, Contact.Name, Contact.FirstName, Contact.Email, Contact.Phone, RecordType.DeveloperName";

export const CaseRecordSchema = z.object({
  Id,
  CaseNumber: z.string(),
  Subject: nullable,
  Description: nullable,
  Status: nullable,
  IsClosed: z.boolean(),
  Priority: nullable,
  Origin: nullable,
  CreatedDate: z.string(),
  LastModifiedDate: z.string(),
  OwnerId: Id,
  Owner: OwnerRecord,
  Account: z.optional(z.nullable(z.object({ Id, Name: nullable }))),
  Contact: z.optional(z.nullable(z.object({ Id, Name: nullable, FirstName: nullable, Email: nullable, Phone: nullable }))),
  RecordType: z.optional(z.nullable(z.object({ DeveloperName: nullable }))),
});

export type CaseRecord = z.infer<typeof CaseRecordSchema>;

/** A Task as the panel shows it: what, when, whose (Owner.Name) and, for a call, its Call Result. */
export const TASK_FIELDS = "Id, Subject, TaskSubtype, Type, ActivityDate, CompletedDateTime, CreatedDate, CallDisposition, Owner.Name";

export const TaskRecordSchema = z.object({
  Id,
  Subject: nullable,
  TaskSubtype: nullable,
  Type: nullable,
  ActivityDate: nullable,
  CompletedDateTime: nullable,
  CreatedDate: z.string(),
  CallDisposition: nullable,
  Owner: z.optional(z.nullable(z.object({ Name: nullable }))),
});

export const OPPORTUNITY_FIELDS = "Id, Name, NextStep, StageName, IsClosed, CreatedDate, OwnerId, Owner.Name";

export const OpportunityRecord = z.object({
  Id: z.string(),
  Name: nullable,
  NextStep: nullable,
  StageName: nullable,
  IsClosed: z.boolean(),
  CreatedDate: z.string(),
  OwnerId: z.string(),
  Owner: OwnerRecord,
});
