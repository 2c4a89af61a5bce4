/**
 * The simulated org's metadata (see ORG-SCHEMA.md). Describe, SOQL validation and
 * write validation all read from here, so a field missing here is missing everywhere,
 * as it would be in a real org.
 */
import {
  CASE_ORIGINS,
  CASE_PRIORITIES,
  CASE_REASONS,
  POOLED_REGIONS,
  RESOLUTION_ACTIONS,
  TASK_STATUSES,
  TASK_SUBTYPES,
} from "./org-picklists";

export type FieldType =
  | "id"
  | "string"
  | "textarea"
  | "picklist"
  | "reference"
  | "boolean"
  | "datetime"
  | "date"
  | "time"
  | "currency"
  | "double"
  | "int"
  | "email"
  | "phone"
  | "url";

/** Where a picklist's values come from: a fixed list or, like Case.Status, records of another object. */
export type PicklistSource = readonly string[] | "CaseStatus" | "OpportunityStage";

export interface FieldDef {
  name: string;
  label: string;
  type: FieldType;
  length: number;
  nillable: boolean;
  createable: boolean;
  updateable: boolean;
  /** Computed by the store (formula, auto number, system audit field, automation). */
  calculated: boolean;
  custom: boolean;
  nameField: boolean;
  autoNumber: boolean;
  picklist?: PicklistSource;
  referenceTo?: string[];
  relationshipName?: string;
  /** For reference fields: the child relationship name on each parent type. */
  childRelationship?: Record<string, string>;
  /** Required on create (non-nillable without default). */
  required: boolean;
  precision?: number;
  scale?: number;
}

export interface ChildRelationshipDef {
  relationshipName: string;
  childSObject: string;
  field: string;
}

export interface ObjectDef {
  name: string;
  label: string;
  labelPlural: string;
  keyPrefix: string;
  createable: boolean;
  updateable: boolean;
  deletable: boolean;
  fields: FieldDef[];
  fieldsByLower: Map<string, FieldDef>;
  relationshipsByLower: Map<string, FieldDef>;
  childRelationships: ChildRelationshipDef[];
}

type FieldOpts = Partial<Omit<FieldDef, "name" | "type">> & { ref?: string | string[]; child?: string | Record<string, string> };

function labelFor(name: string): string {
  const base = name.replace(/__c$/, "").replace(/_/g, " ");
  const spaced = base.replace(/([a-z])([A-Z])/g, "$1 $2");
  return spaced.replace(/ Id$/, " ID");
}

const LENGTHS: Partial<Record<FieldType, number>> = {
  id: 18,
  reference: 18,
  string: 255,
  textarea: 32000,
  picklist: 255,
  email: 80,
  phone: 40,
  url: 255,
};

function f(name: string, type: FieldType, opts: FieldOpts = {}): FieldDef {
  const calculated = opts.calculated ?? false;
  const refTo = opts.ref === undefined ? undefined : Array.isArray(opts.ref) ? opts.ref : [opts.ref];
  let childRelationship: Record<string, string> | undefined;
  if (typeof opts.child === "string" && refTo) childRelationship = Object.fromEntries(refTo.map((t) => [t, opts.child as string]));
  else if (opts.child && typeof opts.child === "object") childRelationship = opts.child;
  const def: FieldDef = {
    name,
    label: opts.label ?? labelFor(name),
    type,
    length: opts.length ?? LENGTHS[type] ?? 0,
    nillable: opts.nillable ?? !(type === "boolean" || type === "id"),
    createable: opts.createable ?? !calculated,
    updateable: opts.updateable ?? !calculated,
    calculated,
    custom: name.endsWith("__c"),
    nameField: opts.nameField ?? false,
    autoNumber: opts.autoNumber ?? false,
    required: opts.required ?? false,
  };
  if (opts.picklist) def.picklist = opts.picklist;
  if (refTo) {
    def.referenceTo = refTo;
    def.relationshipName = opts.relationshipName ?? (name.endsWith("__c") ? name.replace(/__c$/, "__r") : name.replace(/Id$/, ""));
  }
  if (childRelationship) def.childRelationship = childRelationship;
  if (type === "currency" || type === "double") {
    def.precision = opts.precision ?? 18;
    def.scale = opts.scale ?? 2;
  }
  return def;
}

const sys = (): FieldDef[] => [
  f("Id", "id", { calculated: true, nillable: false, label: "Record ID" }),
  f("IsDeleted", "boolean", { calculated: true, label: "Deleted" }),
  f("CreatedDate", "datetime", { calculated: true, nillable: false }),
  f("CreatedById", "reference", { calculated: true, ref: "User", nillable: false, label: "Created By ID" }),
  f("LastModifiedDate", "datetime", { calculated: true, nillable: false }),
  f("LastModifiedById", "reference", { calculated: true, ref: "User", nillable: false, label: "Last Modified By ID" }),
  f("SystemModstamp", "datetime", { calculated: true, nillable: false, label: "System Modstamp" }),
];

const DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

const OBJECTS: Array<Omit<ObjectDef, "fieldsByLower" | "relationshipsByLower" | "childRelationships">> = [
  {
    name: "User", label: "User", labelPlural: "Users", keyPrefix: "005", createable: false, updateable: true, deletable: false,
    fields: [
      ...sys(),
      f("Name", "string", { calculated: true, nameField: true, label: "Full Name" }),
      f("FirstName", "string", { length: 40 }),
      f("LastName", "string", { length: 80, required: true, nillable: false }),
      f("Username", "string", { length: 80, nillable: false }),
      f("Email", "email", { nillable: false }),
      f("Alias", "string", { length: 8 }),
      f("CommunityNickname", "string", { length: 40, label: "Nickname" }),
      f("IsActive", "boolean", { label: "Active" }),
      f("Title", "string", { length: 80 }),
      f("TimeZoneSidKey", "string", { length: 40, label: "Time Zone" }),
      f("Pooled_Region__c", "picklist", { picklist: POOLED_REGIONS }),
      f("Pooled_Role__c", "string", { length: 40 }),
    ],
  },
  {
    name: "Group", label: "Group", labelPlural: "Groups", keyPrefix: "00G", createable: false, updateable: false, deletable: false,
    fields: [
      ...sys(),
      f("Name", "string", { length: 40, nameField: true }),
      f("DeveloperName", "string", { length: 80 }),
      f("Type", "picklist", { picklist: ["Queue", "Regular"] }),
    ],
  },
  {
    name: "RecordType", label: "Record Type", labelPlural: "Record Types", keyPrefix: "012", createable: false, updateable: false, deletable: false,
    fields: [
      ...sys(),
      f("Name", "string", { length: 80, nameField: true, label: "Record Type Name" }),
      f("DeveloperName", "string", { length: 80, label: "Record Type Name" }),
      f("SobjectType", "string", { length: 40 }),
      f("IsActive", "boolean", { label: "Active" }),
    ],
  },
  {
    name: "CaseStatus", label: "Case Status Value", labelPlural: "Case Status Values", keyPrefix: "01J", createable: false, updateable: false, deletable: false,
    fields: [
      ...sys(),
      f("MasterLabel", "string", { nameField: true, label: "Master Label" }),
      f("ApiName", "string", { label: "Api Name" }),
      f("IsClosed", "boolean", { label: "Closed" }),
      f("IsDefault", "boolean", { label: "Default" }),
      f("SortOrder", "int", { label: "Sort Order" }),
    ],
  },
  {
    name: "OpportunityStage", label: "Opportunity Stage", labelPlural: "Opportunity Stages", keyPrefix: "01J", createable: false, updateable: false, deletable: false,
    fields: [
      ...sys(),
      f("MasterLabel", "string", { nameField: true, label: "Master Label" }),
      f("ApiName", "string", { label: "Api Name" }),
      f("IsActive", "boolean", { label: "Active" }),
      f("IsClosed", "boolean", { label: "Closed" }),
      f("IsWon", "boolean", { label: "Won" }),
      f("DefaultProbability", "double", { scale: 0 }),
      f("SortOrder", "int", { label: "Sort Order" }),
    ],
  },
  {
    name: "BusinessHours", label: "Business Hours", labelPlural: "Business Hours", keyPrefix: "01m", createable: false, updateable: false, deletable: false,
    fields: [
      ...sys(),
      f("Name", "string", { length: 80, nameField: true, label: "Business Hours Name" }),
      f("IsDefault", "boolean", { label: "Default Business Hours" }),
      f("IsActive", "boolean", { label: "Active" }),
      f("TimeZoneSidKey", "string", { length: 40, label: "Time Zone" }),
      ...DAYS.flatMap((d) => [f(`${d}StartTime`, "time"), f(`${d}EndTime`, "time")]),
    ],
  },
  {
    name: "Holiday", label: "Holiday", labelPlural: "Holidays", keyPrefix: "0C0", createable: false, updateable: false, deletable: false,
    fields: [
      ...sys(),
      f("Name", "string", { length: 80, nameField: true, label: "Holiday Name" }),
      f("ActivityDate", "date", { label: "Holiday Date" }),
      f("IsAllDay", "boolean", { label: "All Day" }),
      f("StartTimeInMinutes", "int", { label: "Start Time In Minutes" }),
      f("EndTimeInMinutes", "int", { label: "End Time In Minutes" }),
      // Recurring holidays keep the rule (Holiday object reference), not each date.
      f("IsRecurrence", "boolean", { label: "Recurring Holiday" }),
      f("RecurrenceType", "string", { label: "Recurrence Type" }),
      f("RecurrenceStartDate", "date", { label: "Recurrence Start" }),
      f("RecurrenceEndDateOnly", "date", { label: "Recurrence End" }),
      f("RecurrenceDayOfMonth", "int", { label: "Recurrence Day of Month" }),
      f("RecurrenceMonthOfYear", "string", { label: "Recurrence Month of Year" }),
      f("RecurrenceInstance", "string", { label: "Recurrence Instance" }),
      f("RecurrenceDayOfWeekMask", "int", { label: "Recurrence Day of Week Mask" }),
    ],
  },
  {
    name: "Account", label: "Account", labelPlural: "Accounts", keyPrefix: "001", createable: true, updateable: true, deletable: true,
    fields: [
      ...sys(),
      f("Name", "string", { nameField: true, required: true, nillable: false, label: "Account Name" }),
      f("OwnerId", "reference", { ref: "User", nillable: false, label: "Owner ID" }),
      f("Type", "picklist", { picklist: ["Customer", "Prospect"], label: "Account Type" }),
      f("CARR__c", "currency", { label: "CARR" }),
      f("Pooled_Region__c", "picklist", { picklist: POOLED_REGIONS }),
      f("Website", "url"),
      f("BillingCountry", "string", { length: 80 }),
    ],
  },
  {
    name: "Contact", label: "Contact", labelPlural: "Contacts", keyPrefix: "003", createable: true, updateable: true, deletable: true,
    fields: [
      ...sys(),
      f("Name", "string", { calculated: true, nameField: true, label: "Full Name", length: 121 }),
      f("FirstName", "string", { length: 40 }),
      f("LastName", "string", { length: 80, required: true, nillable: false }),
      f("Email", "email"),
      f("Phone", "phone", { label: "Business Phone" }),
      f("Title", "string", { length: 128 }),
      f("AccountId", "reference", { ref: "Account", child: "Contacts" }),
      f("OwnerId", "reference", { ref: "User", nillable: false, label: "Owner ID" }),
    ],
  },
  {
    name: "Opportunity", label: "Opportunity", labelPlural: "Opportunities", keyPrefix: "006", createable: true, updateable: true, deletable: true,
    fields: [
      ...sys(),
      f("Name", "string", { length: 120, nameField: true, required: true, nillable: false }),
      f("AccountId", "reference", { ref: "Account", child: "Opportunities" }),
      f("OwnerId", "reference", { ref: "User", nillable: false, label: "Owner ID" }),
      f("StageName", "picklist", { picklist: "OpportunityStage", required: true, nillable: false, label: "Stage" }),
      f("IsClosed", "boolean", { calculated: true, label: "Closed" }),
      f("IsWon", "boolean", { calculated: true, label: "Won" }),
      f("CloseDate", "date", { required: true, nillable: false }),
      f("Amount", "currency"),
      f("NextStep", "string", { length: 255, label: "Next Step" }),
      f("Type", "picklist", { picklist: ["New Business", "Existing Business", "Renewal", "Upgrade"], label: "Opportunity Type" }),
      f("LastActivityDate", "date", { calculated: true }),
    ],
  },
  {
    name: "Case", label: "Case", labelPlural: "Cases", keyPrefix: "500", createable: true, updateable: true, deletable: true,
    fields: [
      ...sys(),
      f("CaseNumber", "string", { calculated: true, autoNumber: true, nameField: true, length: 30, label: "Case Number" }),
      f("Subject", "string"),
      f("Description", "textarea"),
      f("Status", "picklist", { picklist: "CaseStatus" }),
      f("IsClosed", "boolean", { calculated: true, label: "Closed" }),
      f("Priority", "picklist", { picklist: CASE_PRIORITIES }),
      f("Origin", "picklist", { picklist: CASE_ORIGINS, label: "Case Origin" }),
      f("Reason", "picklist", { picklist: CASE_REASONS, label: "Case Reason" }),
      f("OwnerId", "reference", { ref: ["Group", "User"], nillable: false, label: "Owner ID" }),
      f("ContactId", "reference", { ref: "Contact", child: "Cases", label: "Contact ID" }),
      f("AccountId", "reference", { ref: "Account", child: "Cases", label: "Account ID" }),
      f("RecordTypeId", "reference", { ref: "RecordType", label: "Record Type ID" }),
      f("Opportunity__c", "reference", { ref: "Opportunity", child: "Cases__r", label: "Opportunity" }),
      f("Notes__c", "textarea", { label: "Notes" }),
      f("Resolution_Action__c", "picklist", { picklist: RESOLUTION_ACTIONS }),
      f("Web_Form_Details__c", "textarea"),
      f("First_Responded_Date__c", "datetime", { calculated: true }),
      f("Time_To_First_Response__c", "double", { calculated: true, label: "Time To First Response (Hours)" }),
      f("ClosedDate", "datetime", { calculated: true, label: "Closed Date" }),
    ],
  },
  {
    name: "CaseHistory", label: "Case History", labelPlural: "Case History", keyPrefix: "017", createable: false, updateable: false, deletable: false,
    fields: [
      f("Id", "id", { calculated: true, nillable: false, label: "Case History ID" }),
      f("IsDeleted", "boolean", { calculated: true, label: "Deleted" }),
      f("CaseId", "reference", { ref: "Case", child: "Histories", calculated: true, label: "Case ID" }),
      f("Field", "picklist", { picklist: ["Owner", "Status", "created"], calculated: true, label: "Changed Field" }),
      f("OldValue", "string", { calculated: true, label: "Old Value" }),
      f("NewValue", "string", { calculated: true, label: "New Value" }),
      f("CreatedDate", "datetime", { calculated: true, nillable: false }),
      f("CreatedById", "reference", { calculated: true, ref: "User", nillable: false, label: "Created By ID" }),
    ],
  },
  {
    name: "Task", label: "Task", labelPlural: "Tasks", keyPrefix: "00T", createable: true, updateable: true, deletable: true,
    fields: [
      ...sys(),
      f("Subject", "string", { nameField: true }),
      f("TaskSubtype", "picklist", { picklist: TASK_SUBTYPES, label: "Task Subtype", updateable: false }),
      f("Type", "picklist", { picklist: ["Email", "Call", "Other"] }),
      f("Status", "picklist", { picklist: TASK_STATUSES, nillable: false }),
      f("IsClosed", "boolean", { calculated: true, label: "Closed" }),
      f("ActivityDate", "date", { label: "Due Date Only" }),
      f("CompletedDateTime", "datetime", { calculated: true, label: "Completed Date/Time" }),
      f("Description", "textarea", { label: "Comments" }),
      f("WhatId", "reference", {
        ref: ["Account", "Case", "Opportunity"],
        child: { Account: "Tasks", Case: "Tasks", Opportunity: "Tasks" },
        label: "Related To ID",
      }),
      f("WhoId", "reference", { ref: ["Contact"], child: { Contact: "Tasks" }, label: "Name ID" }),
      f("OwnerId", "reference", { ref: "User", nillable: false, label: "Assigned To ID" }),
    ],
  },
];

/** Relationships that are polymorphic in a real org even when this org only points them at one type. */
const POLYMORPHIC = new Set(["Case.OwnerId", "Task.WhatId", "Task.WhoId"]);

export function isPolymorphic(objectName: string, field: FieldDef): boolean {
  return POLYMORPHIC.has(`${objectName}.${field.name}`);
}

function build(): Map<string, ObjectDef> {
  const byName = new Map<string, ObjectDef>();
  for (const o of OBJECTS) {
    const def: ObjectDef = {
      ...o,
      fieldsByLower: new Map(o.fields.map((x) => [x.name.toLowerCase(), x])),
      relationshipsByLower: new Map(o.fields.filter((x) => x.relationshipName).map((x) => [x.relationshipName!.toLowerCase(), x])),
      childRelationships: [],
    };
    byName.set(o.name, def);
  }
  for (const o of byName.values()) {
    for (const field of o.fields) {
      for (const [parent, relationshipName] of Object.entries(field.childRelationship ?? {})) {
        byName.get(parent)?.childRelationships.push({ relationshipName, childSObject: o.name, field: field.name });
      }
    }
  }
  return byName;
}

export const SCHEMA = build();
const byLower = new Map([...SCHEMA.values()].map((o) => [o.name.toLowerCase(), o]));

export function objectDef(name: string): ObjectDef | undefined {
  return byLower.get(name.toLowerCase());
}

/** Fields a polymorphic relationship exposes (the "Name" entity), per Salesforce's SOQL rules. */
export const NAME_ENTITY_FIELDS = ["Id", "Name", "Type", "FirstName", "LastName", "Alias", "Email", "IsActive", "Username", "Title", "Phone"];
