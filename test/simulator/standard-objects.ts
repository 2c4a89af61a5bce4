/**
 * The standard objects every simulated org has, with their standard fields (names as in
 * Salesforce's Object Reference). A seed adds its org's picklist values and custom
 * fields and gets its OrgSchema from orgSchema().
 */
import { field as f, OrgSchema, systemFields as sys, type FieldDef, type ObjectSpec } from "./schema";

/** Objects a seed may add custom fields to. */
export type CustomizableObject = "User" | "Account" | "Contact" | "Opportunity" | "Case" | "Task";

/** Values of the standard picklists that differ from org to org. */
export interface StandardPicklists {
  caseOrigins: readonly string[];
  caseReasons: readonly string[];
  accountTypes: readonly string[];
  opportunityTypes: readonly string[];
  /** Default High, Medium, Low (Salesforce's defaults, in that order: ORDER BY follows it). */
  casePriorities?: readonly string[];
}

export interface OrgSchemaSpec {
  picklists: StandardPicklists;
  customFields: Partial<Record<CustomizableObject, FieldDef[]>>;
}

const DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const TASK_SUBTYPES = ["Task", "Email", "Call"];
const TASK_STATUSES = ["Not Started", "In Progress", "Completed"];
const CASE_PRIORITIES = ["High", "Medium", "Low"];
/** Group.Type values of the Object Reference that an org of this size has. */
const GROUP_TYPES = ["Regular", "Role", "RoleAndSubordinates", "RoleAndSubordinatesInternal", "Manager", "ManagerAndSubordinatesInternal", "Organization", "Queue"];

function standardObjects(spec: OrgSchemaSpec): ObjectSpec[] {
  const p = spec.picklists;
  const custom = (name: CustomizableObject): FieldDef[] => {
    const fields = spec.customFields[name] ?? [];
    const standard = fields.find((x) => !x.custom);
    if (standard) throw new Error(`schema: ${name}.${standard.name} is not a custom field (custom API names end in __c)`);
    return fields;
  };
  return [
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
        ...custom("User"),
      ],
    },
    {
      name: "Group", label: "Group", labelPlural: "Groups", keyPrefix: "00G", createable: false, updateable: false, deletable: false,
      fields: [
        ...sys(),
        f("Name", "string", { length: 40, nameField: true }),
        f("DeveloperName", "string", { length: 80 }),
        f("Type", "picklist", { picklist: GROUP_TYPES }),
        f("Email", "email"),
        f("DoesIncludeBosses", "boolean", { label: "Include Bosses" }),
        f("DoesSendEmailToMembers", "boolean", { label: "Send Email to Members" }),
      ],
    },
    {
      // Object Reference "GroupMember": create, delete, query; no update; only SystemModstamp as audit field.
      name: "GroupMember", label: "Group Member", labelPlural: "Group Members", keyPrefix: "011", createable: true, updateable: false, deletable: true,
      fields: [
        f("Id", "id", { calculated: true, nillable: false, label: "Group Member ID" }),
        f("GroupId", "reference", { ref: "Group", child: "GroupMembers", required: true, nillable: false, updateable: false, label: "Group ID" }),
        f("UserOrGroupId", "reference", { ref: ["Group", "User"], polymorphic: true, required: true, nillable: false, updateable: false, label: "User/Group ID" }),
        f("SystemModstamp", "datetime", { calculated: true, nillable: false, label: "System Modstamp" }),
      ],
    },
    {
      name: "PermissionSet", label: "Permission Set", labelPlural: "Permission Sets", keyPrefix: "0PS", createable: true, updateable: true, deletable: true,
      fields: [
        ...sys(),
        f("Name", "string", { length: 80, required: true, nillable: false }),
        f("Label", "string", { length: 80, nameField: true, required: true, nillable: false }),
        f("Description", "string", { length: 255 }),
        f("IsOwnedByProfile", "boolean", { calculated: true, label: "Is Owned By Profile" }),
        f("NamespacePrefix", "string", { length: 15, calculated: true, label: "Namespace Prefix" }),
      ],
    },
    {
      name: "PermissionSetAssignment", label: "Permission Set Assignment", labelPlural: "Permission Set Assignments", keyPrefix: "0Pa", createable: true, updateable: true, deletable: true,
      fields: [
        f("Id", "id", { calculated: true, nillable: false, label: "Permission Set Assignment ID" }),
        f("AssigneeId", "reference", { ref: "User", child: "PermissionSetAssignments", required: true, nillable: false, updateable: false, label: "Assignee ID" }),
        f("PermissionSetId", "reference", { ref: "PermissionSet", child: "Assignments", required: true, nillable: false, updateable: false, label: "Permission Set ID" }),
        f("ExpirationDate", "datetime", { label: "Expires On" }),
        f("IsActive", "boolean", { label: "Is Active" }),
        f("SystemModstamp", "datetime", { calculated: true, nillable: false, label: "Date Assigned" }),
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
        f("Type", "picklist", { picklist: p.accountTypes, label: "Account Type" }),
        f("Website", "url"),
        f("BillingCountry", "string", { length: 80 }),
        ...custom("Account"),
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
        ...custom("Contact"),
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
        f("Type", "picklist", { picklist: p.opportunityTypes, label: "Opportunity Type" }),
        f("LastActivityDate", "date", { calculated: true }),
        ...custom("Opportunity"),
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
        f("Priority", "picklist", { picklist: p.casePriorities ?? CASE_PRIORITIES }),
        f("Origin", "picklist", { picklist: p.caseOrigins, label: "Case Origin" }),
        f("Reason", "picklist", { picklist: p.caseReasons, label: "Case Reason" }),
        f("OwnerId", "reference", { ref: ["Group", "User"], polymorphic: true, nillable: false, label: "Owner ID" }),
        f("ContactId", "reference", { ref: "Contact", child: "Cases", label: "Contact ID" }),
        f("AccountId", "reference", { ref: "Account", child: "Cases", label: "Account ID" }),
        f("RecordTypeId", "reference", { ref: "RecordType", label: "Record Type ID" }),
        f("ClosedDate", "datetime", { calculated: true, label: "Closed Date" }),
        ...custom("Case"),
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
      // SOQL's semi-join rules list Task among the objects not supported in subqueries.
      name: "Task", label: "Task", labelPlural: "Tasks", keyPrefix: "00T", createable: true, updateable: true, deletable: true, semiJoinable: false,
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
        f("CallDisposition", "string", { length: 255, label: "Call Result" }),
        f("WhatId", "reference", {
          ref: ["Account", "Case", "Opportunity"],
          polymorphic: true,
          child: { Account: "Tasks", Case: "Tasks", Opportunity: "Tasks" },
          label: "Related To ID",
        }),
        f("WhoId", "reference", { ref: ["Contact"], polymorphic: true, child: { Contact: "Tasks" }, label: "Name ID" }),
        f("OwnerId", "reference", { ref: "User", nillable: false, label: "Assigned To ID" }),
        ...custom("Task"),
      ],
    },
  ];
}

/** An org's schema: the standard objects with this org's picklist values and custom fields. */
export function orgSchema(spec: OrgSchemaSpec): OrgSchema {
  return new OrgSchema(standardObjects(spec));
}
