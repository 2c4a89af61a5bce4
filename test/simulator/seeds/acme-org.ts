/**
 * The acme org's setup: an org the extension has never seen, named differently in every
 * way the org profile covers (ACME.md lists the names). Its schema (no custom User
 * fields at all), record types, statuses, queues and who is in them, the ASM's
 * permission set, business hours per pool with a holiday, its automation and its
 * External Client App under API Access Control. The business data is in acme.ts.
 */
import { field as f } from "../schema";
import { iso, KEY_PREFIX, makeId, type OAuthApp, type OrgAutomation, type SeedCredential, type SeedRecord } from "../seed-types";
import { orgSchema } from "../standard-objects";
import { addDays, calendarFromRecord, DAY_MS, localDate, weekdayOf, type BusinessCalendar } from "./business-hours";

export const ACME_PASSWORD = "Acme-Sim-1";
const DOMAIN = "acme-cloud.example";

/** Account "Sales Territory" values; each pool's region is one of them. */
export const TERRITORIES = { na: "North America", uki: "UK & Ireland", dach: "DACH" } as const;

export const ACME_SCHEMA = orgSchema({
  picklists: {
    caseOrigins: ["Email", "Phone", "Web", "Website Form", "Survey", "In-App", "PathFactory", "Automation", "Employee Referral"],
    caseReasons: ["Expansion", "Churn Risk", "Renewal", "Billing", "Product Question", "Technical", "Other"],
    accountTypes: ["Customer - Direct", "Customer - Channel", "Prospect", "Former Customer"],
    opportunityTypes: ["New Logo", "Upsell", "Renewal", "Upgrade"],
  },
  customFields: {
    Account: [
      f("Contracted_ARR__c", "currency", { label: "CARR" }),
      f("Sales_Territory__c", "picklist", { picklist: Object.values(TERRITORIES), label: "Sales Territory" }),
    ],
    Case: [
      f("Related_Deal__c", "reference", { ref: "Opportunity", child: "Related_Cases__r", label: "Related Deal" }),
      f("Rep_Notes__c", "textarea", { label: "Rep Notes", length: 131072 }),
      f("Outcome__c", "picklist", { picklist: ["Deal Opened", "Upsold", "Renewed", "Answered", "Sent to Support", "No Reply", "Nothing Needed"], label: "Outcome" }),
      f("Form_Submission__c", "textarea", { label: "Form Submission" }),
      f("First_Touch_At__c", "datetime", { calculated: true, label: "First Touch" }),
      f("Hours_To_First_Touch__c", "double", { calculated: true, label: "Hours to First Touch" }),
    ],
  },
});

export const RECORD_TYPES = {
  digitalSales: { id: makeId(KEY_PREFIX.RecordType, 1), developerName: "Digital_Sales_Request", name: "Digital Sales Request" },
  support: { id: makeId(KEY_PREFIX.RecordType, 2), developerName: "Customer_Support", name: "Customer Support" },
} as const;

/** The three pools' queues: NA works one shared queue, UK&I and DACH their own accounts' cases. */
export const QUEUES = {
  na: { id: makeId(KEY_PREFIX.Group, 1), developerName: "NA_Digital_Sales", name: "NA Digital Sales", territory: TERRITORIES.na },
  uki: { id: makeId(KEY_PREFIX.Group, 2), developerName: "UKI_Digital_Desk", name: "UK&I Digital Desk", territory: TERRITORIES.uki },
  dach: { id: makeId(KEY_PREFIX.Group, 3), developerName: "DACH_Digital_Desk", name: "DACH Digital Desk", territory: TERRITORIES.dach },
} as const;
export type PoolKey = keyof typeof QUEUES;

/** Case statuses: ApiName, label, closed. Claiming sets "Working". */
export const STATUSES = [
  { apiName: "New", label: "New", isClosed: false, isDefault: true },
  { apiName: "Working", label: "Working", isClosed: false, isDefault: false },
  { apiName: "Waiting_on_Customer", label: "Waiting on Customer", isClosed: false, isDefault: false },
  { apiName: "Solved", label: "Solved", isClosed: true, isDefault: false },
  { apiName: "No_Response", label: "Closed - No Response", isClosed: true, isDefault: false },
  { apiName: "Merged", label: "Closed - Merged", isClosed: true, isDefault: false },
] as const;
export const IN_PROGRESS = "Working";

export const STAGES = [
  { label: "Qualify", isClosed: false, isWon: false },
  { label: "Develop", isClosed: false, isWon: false },
  { label: "Propose", isClosed: false, isWon: false },
  { label: "Negotiate", isClosed: false, isWon: false },
  { label: "Closed Won", isClosed: true, isWon: true },
  { label: "Closed Lost", isClosed: true, isWon: false },
] as const;

export const PERMISSION_SET = { id: makeId(KEY_PREFIX.PermissionSet, 1), name: "Digital_Sales_Manager", label: "Digital Sales Manager" } as const;
/** Every user also holds their profile's permission set, as in a real org. */
const PROFILE_PERMISSION_SET = { id: makeId(KEY_PREFIX.PermissionSet, 2), name: "X00e8X000000AcmeStd_128_09_43_34_1", label: "00e8X000000AcmeStd" } as const;

export interface AcmeUser {
  userId: string;
  username: string;
  firstName: string;
  lastName: string;
  name: string;
  title: string;
  timeZone: string;
  /** The queue the user is a member of, if any. */
  pool: PoolKey | null;
}

function user(n: number, firstName: string, lastName: string, title: string, timeZone: string, pool: PoolKey | null): AcmeUser {
  return {
    userId: makeId(KEY_PREFIX.User, n),
    username: `${firstName}.${lastName}@${DOMAIN}`.toLowerCase(),
    firstName,
    lastName,
    name: `${firstName} ${lastName}`,
    title,
    timeZone,
    pool,
  };
}

/** The system user that owns NA's pooled accounts: owning is not working. */
export const POOL_OWNER = {
  userId: makeId(KEY_PREFIX.User, 1),
  firstName: "Digital Sales",
  lastName: "Pool",
  name: "Digital Sales Pool",
  nickname: "DIGITAL POOL (NO CHATTER)",
  username: `digital.pool@${DOMAIN}`,
} as const;

export const ACME_USERS = {
  jamieOrtiz: user(2, "Jamie", "Ortiz", "Digital Account Executive", "America/Los_Angeles", "na"),
  taylorBrooks: user(3, "Taylor", "Brooks", "Digital Account Executive", "America/Denver", "na"),
  chrisNakamura: user(4, "Chris", "Nakamura", "Digital Account Executive", "America/Los_Angeles", "na"),
  niamhKelly: user(5, "Niamh", "Kelly", "Digital Account Executive, UK&I", "Europe/London", "uki"),
  jonasWeber: user(6, "Jonas", "Weber", "Digital Account Executive, DACH", "Europe/Berlin", "dach"),
  /** The manager: recognised by the Digital_Sales_Manager permission set, in no queue. */
  reneeCalloway: user(7, "Renee", "Calloway", "Manager, Digital Sales", "America/Los_Angeles", null),
  patKim: user(8, "Pat", "Kim", "Support Specialist", "America/Chicago", null),
  drewHanson: user(9, "Drew", "Hanson", "Enterprise Account Executive", "America/New_York", null),
} as const satisfies Record<string, AcmeUser>;
export type AcmeUserKey = keyof typeof ACME_USERS;

export const BUSINESS_HOURS: Record<PoolKey, { id: string; name: string; timeZone: string; open: string; close: string }> = {
  na: { id: makeId(KEY_PREFIX.BusinessHours, 1), name: "NA Digital Sales Hours", timeZone: "America/Los_Angeles", open: "08:00", close: "17:00" },
  uki: { id: makeId(KEY_PREFIX.BusinessHours, 2), name: "UK&I Digital Desk Hours", timeZone: "Europe/London", open: "09:00", close: "17:30" },
  dach: { id: makeId(KEY_PREFIX.BusinessHours, 3), name: "DACH Digital Desk Hours", timeZone: "Europe/Berlin", open: "08:00", close: "16:30" },
};

export const HOLIDAY_NAME = "Acme Founders Day";

/** The holiday: the last weekday (Los Angeles) at least two days before now, so open cases' SLA clocks cross it. */
export function holidayDate(nowMs: number): string {
  let date = addDays(localDate(nowMs, "America/Los_Angeles"), -2);
  while (weekdayOf(date) === 0 || weekdayOf(date) === 6) date = addDays(date, -1);
  return date;
}

function businessHoursRecord(pool: PoolKey): SeedRecord {
  const bh = BUSINESS_HOURS[pool];
  const record: SeedRecord = { Id: bh.id, Name: bh.name, IsDefault: pool === "na", IsActive: true, TimeZoneSidKey: bh.timeZone };
  for (const day of ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]) {
    record[`${day}StartTime`] = `${bh.open}:00.000Z`;
    record[`${day}EndTime`] = `${bh.close}:00.000Z`;
  }
  for (const day of ["Saturday", "Sunday"]) {
    record[`${day}StartTime`] = null;
    record[`${day}EndTime`] = null;
  }
  return record;
}

/** A pool's SLA calendar: its business hours and the org's holiday. */
export function poolCalendar(pool: PoolKey, nowMs: number): BusinessCalendar {
  return calendarFromRecord(businessHoursRecord(pool), [holidayDate(nowMs)]);
}

export const ACME_AUTOMATION: OrgAutomation = {
  caseAssignment: {
    recordType: RECORD_TYPES.digitalSales.developerName,
    accountRegionField: "Sales_Territory__c",
    queueByRegion: { [TERRITORIES.uki]: QUEUES.uki.developerName, [TERRITORIES.dach]: QUEUES.dach.developerName },
    otherwise: QUEUES.na.developerName,
  },
  firstResponse: { status: IN_PROGRESS, respondedField: "First_Touch_At__c", hoursField: "Hours_To_First_Touch__c" },
};

/** The External Client App the extension connects through; its callback URL is set at run time (it depends on the extension's id). */
export const ACME_APP: OAuthApp = {
  name: "Pooled Case Copilot",
  consumerKey: "3MVG9AcmeSimulatedOrgPooledCaseCopilot.ExternalClientApp.ConsumerKey.0000000000000000000000",
  consumerSecret: "ACME5IMULATEDC0N5UMER5ECRET00000000000000000000000000000000000000",
  callbackUrls: ["https://localhost.invalid/oauth2/callback"],
  scopes: ["api", "refresh_token", "id", "openid"],
  allowRefreshToken: true,
  requirePkce: true,
  requireSecret: false,
  preAuthorized: false,
};

/** Metadata and people records, and the logins (every human user, ACME_PASSWORD). */
export function acmeSetup(nowMs: number): { records: Record<string, SeedRecord[]>; credentials: SeedCredential[] } {
  const orgCreated = iso(nowMs - 1200 * DAY_MS);
  const people = Object.values(ACME_USERS) as AcmeUser[];
  const User: SeedRecord[] = [
    {
      Id: POOL_OWNER.userId, FirstName: POOL_OWNER.firstName, LastName: POOL_OWNER.lastName, Username: POOL_OWNER.username, Email: `digital-sales@${DOMAIN}`,
      Alias: "dpool", CommunityNickname: POOL_OWNER.nickname, IsActive: true, Title: "Pooled account owner", TimeZoneSidKey: "America/Los_Angeles", CreatedDate: orgCreated,
    },
    ...people.map((u, i): SeedRecord => ({
      Id: u.userId, FirstName: u.firstName, LastName: u.lastName, Username: u.username, Email: u.username,
      Alias: (u.firstName.charAt(0) + u.lastName).toLowerCase().slice(0, 8), CommunityNickname: `${u.firstName}${u.lastName.charAt(0)}`,
      IsActive: true, Title: u.title, TimeZoneSidKey: u.timeZone, CreatedDate: iso(nowMs - (900 - i * 41) * DAY_MS),
    })),
  ];
  const pools = Object.entries(QUEUES) as [PoolKey, (typeof QUEUES)[PoolKey]][];
  const members = people.filter((u) => u.pool !== null);
  return {
    records: {
      User,
      Group: pools.map(([, q]) => ({ Id: q.id, Name: q.name, DeveloperName: q.developerName, Type: "Queue" })),
      GroupMember: members.map((u, i) => ({ Id: makeId(KEY_PREFIX.GroupMember, i + 1), GroupId: QUEUES[u.pool!].id, UserOrGroupId: u.userId })),
      PermissionSet: [
        { Id: PERMISSION_SET.id, Name: PERMISSION_SET.name, Label: PERMISSION_SET.label, Description: "Sees every AE's upgrade opportunities", IsOwnedByProfile: false },
        { Id: PROFILE_PERMISSION_SET.id, Name: PROFILE_PERMISSION_SET.name, Label: PROFILE_PERMISSION_SET.label, IsOwnedByProfile: true },
      ],
      PermissionSetAssignment: [
        ...[POOL_OWNER.userId, ...people.map((u) => u.userId)].map((id, i) => ({ Id: makeId(KEY_PREFIX.PermissionSetAssignment, i + 1), AssigneeId: id, PermissionSetId: PROFILE_PERMISSION_SET.id, IsActive: true })),
        { Id: makeId(KEY_PREFIX.PermissionSetAssignment, 100), AssigneeId: ACME_USERS.reneeCalloway.userId, PermissionSetId: PERMISSION_SET.id, IsActive: true },
      ],
      RecordType: Object.values(RECORD_TYPES).map((r) => ({ Id: r.id, Name: r.name, DeveloperName: r.developerName, SobjectType: "Case", IsActive: true })),
      CaseStatus: STATUSES.map((s, i) => ({ Id: makeId(KEY_PREFIX.CaseStatus, i + 1), MasterLabel: s.label, ApiName: s.apiName, IsClosed: s.isClosed, IsDefault: s.isDefault, SortOrder: i + 1 })),
      OpportunityStage: STAGES.map((s, i) => ({
        Id: makeId(KEY_PREFIX.OpportunityStage, 101 + i), MasterLabel: s.label, ApiName: s.label, IsActive: true, IsClosed: s.isClosed, IsWon: s.isWon,
        DefaultProbability: s.isWon ? 100 : s.isClosed ? 0 : 10 + i * 20, SortOrder: i + 1,
      })),
      BusinessHours: pools.map(([key]) => businessHoursRecord(key)),
      Holiday: [{ Id: makeId(KEY_PREFIX.Holiday, 1), Name: HOLIDAY_NAME, ActivityDate: holidayDate(nowMs), IsAllDay: true, StartTimeInMinutes: null, EndTimeInMinutes: null }],
    },
    credentials: people.map((u) => ({ username: u.username, password: ACME_PASSWORD, userId: u.userId })),
  };
}
