/**
 * Baseline of the simulated org: metadata (record types, case statuses, opportunity
 * stages, queues, business hours, holidays) and people (the Pooled Sales User, AMER and
 * EMEA pooled AEs, the AMER Pooled ASM, a support engineer, a non-pooled sales rep) and
 * who belongs where: the AEs are members of their region's queue (one EMEA AE through a
 * public group nested in the queue), the ASM of the public group Pooled_Sales_Managers.
 * No business data: that is demo.ts. Ids are fixed (makeId with a counter per object),
 * only CreatedDate values depend on `now`.
 *
 * Logins: every human user logs in with their username and the password "Pooled-Demo-1"
 * (DEMO_PASSWORD). The Pooled Sales User is not a person and has no login.
 */
import { iso, KEY_PREFIX, makeId } from "../seed-types";
import type { OrgSeed, SeedCredential, SeedRecord } from "../seed-types";
import { CASE_STATUSES, OPPORTUNITY_STAGES } from "../org-picklists";
import { calendarFromRecord, DAY_MS } from "./business-hours";
import type { BusinessCalendar } from "./business-hours";
import { truncateToSecond } from "../values";
import { DEMO_AUTOMATION, DEMO_SCHEMA } from "./demo-org";

/** Password of every human demo user. */
export const DEMO_PASSWORD = "Pooled-Demo-1";

export const DEMO_EMAIL_DOMAIN = "pooled-demo.example";

export type PooledRole = "AE" | "ASM" | "Pooled Owner" | "Support" | "Sales";
export type PooledRegion = "AMER" | "EMEA";

export interface DemoUser {
  userId: string;
  username: string;
  /** Full name as the org shows it (User.Name). */
  name: string;
  firstName: string;
  lastName: string;
  alias: string;
  region: PooledRegion | null;
  role: PooledRole;
  title: string;
  timeZone: string;
}

const userId = (n: number): string => makeId(KEY_PREFIX.User, n);

/** The Pooled Sales User: owner of all AMER pooled accounts, contacts and opportunities. */
export const POOLED_SALES_USER_ID = userId(1);
export const POOLED_SALES_USER_NAME = "Pooled Sales User";
export const POOLED_SALES_USER_USERNAME = `pooled.sales.user@${DEMO_EMAIL_DOMAIN}`;
export const POOLED_SALES_USER_NICKNAME = "POOLED USER [ DO NOT CHATTER ]";

function demoUser(
  n: number,
  firstName: string,
  lastName: string,
  role: PooledRole,
  region: PooledRegion | null,
  title: string,
  timeZone: string,
): DemoUser {
  const local = `${firstName}.${lastName}`.toLowerCase().replace(/[^a-z.]/g, "");
  return {
    userId: userId(n),
    username: `${local}@${DEMO_EMAIL_DOMAIN}`,
    name: `${firstName} ${lastName}`,
    firstName,
    lastName,
    alias: (firstName.charAt(0) + lastName).toLowerCase().replace(/[^a-z]/g, "").slice(0, 8),
    region,
    role,
    title,
    timeZone,
  };
}

/** Every human user of the org (all of them have a login, password DEMO_PASSWORD). */
export const DEMO_USERS = {
  /** AMER AE, New York. Owns the In-Progress half of the open-case conflict. */
  averyChen: demoUser(2, "Avery", "Chen", "AE", "AMER", "Pooled Account Executive, AMER", "America/New_York"),
  /** AMER AE, Chicago. At the cap: exactly 15 active Ultimate Upgrade opportunities. */
  jordanRivera: demoUser(3, "Jordan", "Rivera", "AE", "AMER", "Pooled Account Executive, AMER", "America/Chicago"),
  /** AMER AE, Denver. A few Ultimate Upgrade opps, one of them on the upgrade-conflict account. */
  marcusLee: demoUser(4, "Marcus", "Lee", "AE", "AMER", "Pooled Account Executive, AMER", "America/Denver"),
  /** AMER AE, Los Angeles. */
  priyaShah: demoUser(5, "Priya", "Shah", "AE", "AMER", "Pooled Account Executive, AMER", "America/Los_Angeles"),
  /** AMER AE, New York. Owns the case that is past its 7-day cadence. */
  samOkafor: demoUser(6, "Sam", "Okafor", "AE", "AMER", "Pooled Account Executive, AMER", "America/New_York"),
  /** EMEA AE for the UK & Ireland pool. */
  siobhanMurphy: demoUser(7, "Siobhan", "Murphy", "AE", "EMEA", "Pooled Account Executive, EMEA (UK & Ireland)", "Europe/Dublin"),
  /** EMEA AE for the DACH pool. */
  lukasBecker: demoUser(8, "Lukas", "Becker", "AE", "EMEA", "Pooled Account Executive, EMEA (DACH)", "Europe/Berlin"),
  /** EMEA AE for the Nordics pool. */
  elinJohansson: demoUser(9, "Elin", "Johansson", "AE", "EMEA", "Pooled Account Executive, EMEA (Nordics)", "Europe/Stockholm"),
  /** AMER Pooled ASM (the AEs' manager; monitors Ultimate Upgrade opps). */
  danaWhitfield: demoUser(10, "Dana", "Whitfield", "ASM", "AMER", "Area Sales Manager, AMER Pooled", "America/New_York"),
  /** Support engineer: owns the Support Case, creates Referral cases. */
  kenjiWatanabe: demoUser(11, "Kenji", "Watanabe", "Support", null, "Support Engineer", "America/Los_Angeles"),
  /** Non-pooled (Mid-Market) sales rep: owns the non-pooled accounts. */
  rachelGoldberg: demoUser(12, "Rachel", "Goldberg", "Sales", null, "Mid-Market Account Executive", "America/New_York"),
} as const satisfies Record<string, DemoUser>;

export type DemoUserKey = keyof typeof DEMO_USERS;

/** Queue (Group Type "Queue") ids. */
export const QUEUE_IDS = {
  /** Pooled_Sales_Queue, "Pooled Sales Queue": AMER pooled cases. */
  amer: makeId(KEY_PREFIX.Group, 1),
  /** EMEA_Pooled_Sales_Queue, "EMEA Pooled Sales Queue": EMEA pooled cases. */
  emea: makeId(KEY_PREFIX.Group, 2),
} as const;

export const QUEUE_NAMES = { amer: "Pooled Sales Queue", emea: "EMEA Pooled Sales Queue" } as const;

/** Public groups (Group Type "Regular"). */
export const PUBLIC_GROUPS = {
  /** Pooled_Sales_Managers: the Pooled ASMs (Dana Whitfield). */
  managers: { id: makeId(KEY_PREFIX.Group, 3), developerName: "Pooled_Sales_Managers", name: "Pooled Sales Managers" },
  /** EMEA_Nordics_AEs: a member of EMEA_Pooled_Sales_Queue, so its members are in the queue too (Elin Johansson). */
  nordics: { id: makeId(KEY_PREFIX.Group, 4), developerName: "EMEA_Nordics_AEs", name: "EMEA Nordics AEs" },
} as const;
export const QUEUE_DEVELOPER_NAMES = { amer: "Pooled_Sales_Queue", emea: "EMEA_Pooled_Sales_Queue" } as const;

/** Case record type ids. */
export const RECORD_TYPE_IDS = {
  /** "Pooled Sales Case" (Pooled_Sales_Case). */
  pooledSalesCase: makeId(KEY_PREFIX.RecordType, 1),
  /** "Support Case" (Support_Case): not pooled. */
  supportCase: makeId(KEY_PREFIX.RecordType, 2),
} as const;

export const BUSINESS_HOURS_IDS = {
  /** Default: "Pooled Sales Hours - AMER", America/New_York, Mon-Fri 09:00-17:00. */
  amer: makeId(KEY_PREFIX.BusinessHours, 1),
  /** "Pooled Sales Hours - EMEA", Europe/Dublin, Mon-Fri 09:00-17:00. */
  emea: makeId(KEY_PREFIX.BusinessHours, 2),
} as const;

/** Org holidays (all day). They apply to the default (AMER) business hours. */
export const HOLIDAYS = [
  { name: "Independence Day (observed)", date: "2026-07-03" },
  { name: "Labor Day", date: "2026-09-07" },
  { name: "Thanksgiving Day", date: "2026-11-26" },
  { name: "Christmas Day", date: "2026-12-25" },
  { name: "New Year's Day", date: "2027-01-01" },
  { name: "Memorial Day", date: "2027-05-31" },
] as const;

function businessHoursRecord(id: string, name: string, timeZone: string, isDefault: boolean): SeedRecord {
  const record: SeedRecord = { Id: id, Name: name, IsDefault: isDefault, IsActive: true, TimeZoneSidKey: timeZone };
  for (const day of ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]) {
    record[`${day}StartTime`] = "09:00:00.000Z";
    record[`${day}EndTime`] = "17:00:00.000Z";
  }
  for (const day of ["Saturday", "Sunday"]) {
    record[`${day}StartTime`] = null;
    record[`${day}EndTime`] = null;
  }
  return record;
}

const AMER_HOURS_RECORD = businessHoursRecord(BUSINESS_HOURS_IDS.amer, "Pooled Sales Hours - AMER", "America/New_York", true);
const EMEA_HOURS_RECORD = businessHoursRecord(BUSINESS_HOURS_IDS.emea, "Pooled Sales Hours - EMEA", "Europe/Dublin", false);

/** The AMER SLA calendar (default business hours + holidays): 8 business hours = the 24 h SLA. */
export const AMER_CALENDAR: BusinessCalendar = calendarFromRecord(AMER_HOURS_RECORD, HOLIDAYS.map((h) => h.date));
/** The EMEA calendar (the org's holidays are US ones, so none apply here). */
export const EMEA_CALENDAR: BusinessCalendar = calendarFromRecord(EMEA_HOURS_RECORD, []);
/** SLA: picked up and answered within 8 business hours of entering the queue. */
export const SLA_BUSINESS_HOURS = 8;

export function baselineSeed(now: Date): OrgSeed {
  const t = truncateToSecond(now.getTime());
  const orgCreated = iso(t - 900 * DAY_MS);

  const RecordType: SeedRecord[] = [
    { Id: RECORD_TYPE_IDS.pooledSalesCase, Name: "Pooled Sales Case", DeveloperName: "Pooled_Sales_Case", SobjectType: "Case", IsActive: true },
    { Id: RECORD_TYPE_IDS.supportCase, Name: "Support Case", DeveloperName: "Support_Case", SobjectType: "Case", IsActive: true },
  ];

  const CaseStatus: SeedRecord[] = CASE_STATUSES.map((s, i) => ({
    Id: makeId(KEY_PREFIX.CaseStatus, i + 1),
    MasterLabel: s.label,
    ApiName: s.apiName,
    IsClosed: s.isClosed,
    IsDefault: s.isDefault,
    SortOrder: i + 1,
  }));

  const probability = (s: (typeof OPPORTUNITY_STAGES)[number], i: number): number =>
    s.isWon ? 100 : s.isClosed ? 0 : [10, 20, 40, 80][i] ?? 50;
  const OpportunityStage: SeedRecord[] = OPPORTUNITY_STAGES.map((s, i) => ({
    Id: makeId(KEY_PREFIX.OpportunityStage, 101 + i),
    MasterLabel: s.label,
    ApiName: s.label,
    IsActive: true,
    IsClosed: s.isClosed,
    IsWon: s.isWon,
    DefaultProbability: probability(s, i),
    SortOrder: i + 1,
  }));

  const Group: SeedRecord[] = [
    { Id: QUEUE_IDS.amer, Name: QUEUE_NAMES.amer, DeveloperName: QUEUE_DEVELOPER_NAMES.amer, Type: "Queue" },
    { Id: QUEUE_IDS.emea, Name: QUEUE_NAMES.emea, DeveloperName: QUEUE_DEVELOPER_NAMES.emea, Type: "Queue" },
    ...Object.values(PUBLIC_GROUPS).map((g): SeedRecord => ({ Id: g.id, Name: g.name, DeveloperName: g.developerName, Type: "Regular" })),
  ];

  const U = DEMO_USERS;
  const memberships: Array<[group: string, member: string]> = [
    ...[U.averyChen, U.jordanRivera, U.marcusLee, U.priyaShah, U.samOkafor].map((u): [string, string] => [QUEUE_IDS.amer, u.userId]),
    [QUEUE_IDS.emea, U.siobhanMurphy.userId],
    [QUEUE_IDS.emea, U.lukasBecker.userId],
    [QUEUE_IDS.emea, PUBLIC_GROUPS.nordics.id],
    [PUBLIC_GROUPS.nordics.id, U.elinJohansson.userId],
    [PUBLIC_GROUPS.managers.id, U.danaWhitfield.userId],
  ];
  const GroupMember: SeedRecord[] = memberships.map(([group, member], i) => ({ Id: makeId(KEY_PREFIX.GroupMember, i + 1), GroupId: group, UserOrGroupId: member }));

  const Holiday: SeedRecord[] = HOLIDAYS.map((h, i) => ({
    Id: makeId(KEY_PREFIX.Holiday, i + 1),
    Name: h.name,
    ActivityDate: h.date,
    IsAllDay: true,
    StartTimeInMinutes: null,
    EndTimeInMinutes: null,
  }));

  const User: SeedRecord[] = [
    {
      Id: POOLED_SALES_USER_ID,
      FirstName: "Pooled Sales",
      LastName: "User",
      Name: POOLED_SALES_USER_NAME,
      Username: POOLED_SALES_USER_USERNAME,
      Email: `selfserviceteam@${DEMO_EMAIL_DOMAIN}`,
      Alias: "pooled",
      CommunityNickname: POOLED_SALES_USER_NICKNAME,
      IsActive: true,
      Title: "Pooled account owner (system user)",
      TimeZoneSidKey: "America/New_York",
      Pooled_Region__c: null,
      Pooled_Role__c: "Pooled Owner",
      CreatedDate: orgCreated,
    },
    ...Object.values(DEMO_USERS).map(
      (u: DemoUser, i): SeedRecord => ({
        Id: u.userId,
        FirstName: u.firstName,
        LastName: u.lastName,
        Name: u.name,
        Username: u.username,
        Email: u.username,
        Alias: u.alias,
        CommunityNickname: u.alias,
        IsActive: true,
        Title: u.title,
        TimeZoneSidKey: u.timeZone,
        Pooled_Region__c: u.region,
        Pooled_Role__c: u.role,
        CreatedDate: iso(t - (700 - i * 37) * DAY_MS),
      }),
    ),
  ];

  const credentials: SeedCredential[] = Object.values(DEMO_USERS).map((u: DemoUser) => ({
    username: u.username,
    password: DEMO_PASSWORD,
    userId: u.userId,
  }));

  return {
    schema: DEMO_SCHEMA,
    automation: DEMO_AUTOMATION,
    records: {
      User,
      Group,
      GroupMember,
      RecordType,
      CaseStatus,
      OpportunityStage,
      BusinessHours: [{ ...AMER_HOURS_RECORD }, { ...EMEA_HOURS_RECORD }],
      Holiday,
    },
    credentials,
    pooledCaseRecordTypeId: RECORD_TYPE_IDS.pooledSalesCase,
  };
}
