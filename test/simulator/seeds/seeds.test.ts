import { describe, expect, it } from "vitest";

import {
  CASE_ORIGINS,
  CASE_PRIORITIES,
  CASE_REASONS,
  CASE_STATUSES,
  OPPORTUNITY_STAGES,
  POOLED_REGIONS,
  RESOLUTION_ACTIONS,
  TASK_STATUSES,
  TASK_SUBTYPES,
} from "../org-picklists";
import { KEY_PREFIX } from "../seed-types";
import type { OrgSeed, SeedRecord } from "../seed-types";
import {
  AMER_CALENDAR,
  baselineSeed,
  BUSINESS_HOURS_IDS,
  DEMO_PASSWORD,
  DEMO_USERS,
  EMEA_CALENDAR,
  POOLED_SALES_USER_ID,
  QUEUE_IDS,
  PUBLIC_GROUPS,
  QUEUE_NAMES,
  RECORD_TYPE_IDS,
  SLA_BUSINESS_HOURS,
} from "./baseline";
import { DEMO_SCHEMA } from "./demo-org";
import { addDays, businessHoursBetween, DAY_MS, HOUR_MS, localDate, subtractBusinessHours, zonedParts } from "./business-hours";
import {
  CAP_AE_OPEN_UPGRADE_OPP_IDS,
  CASE_HISTORY_PREFIX,
  DEMO_ACCOUNTS,
  DEMO_CADENCE,
  DEMO_CASES,
  DEMO_CONTACTS,
  DEMO_OPPORTUNITIES,
  DEMO_SLA,
  demoSeed,
  LONG_TEXT_MAX,
  UPGRADE_CAP_AE,
  UPGRADE_OPP_CAP,
} from "./demo";
import { emptySeed } from "./empty";
import { OrgStore } from "../store";

// Wednesday 10:00 New York; the Monday after Thanksgiving 09:30; a Friday 22:00 NY the night
// before DST starts; a Sunday afternoon; a Monday 00:20 NY (just after midnight).
const NOW = new Date("2026-11-18T15:00:00.000Z");
const NOWS = [
  NOW,
  new Date("2026-11-30T14:30:00.000Z"),
  new Date("2027-03-13T03:00:00.000Z"),
  new Date("2026-11-22T19:12:34.567Z"),
  new Date("2026-11-16T05:20:00.000Z"),
];

type Records = Record<string, SeedRecord[] | undefined>;
const recs = (seed: OrgSeed): Records => seed.records as Records;
const list = (seed: OrgSeed, type: string): SeedRecord[] => recs(seed)[type] ?? [];
const byId = (seed: OrgSeed): Map<string, { type: string; record: SeedRecord }> => {
  const map = new Map<string, { type: string; record: SeedRecord }>();
  for (const [type, rows] of Object.entries(recs(seed))) for (const record of rows ?? []) map.set(record.Id, { type, record });
  return map;
};
const get = (seed: OrgSeed, type: string, id: string): SeedRecord => {
  const found = list(seed, type).find((r) => r.Id === id);
  if (!found) throw new Error(`${type} ${id} not in seed`);
  return found;
};
const ms = (value: unknown): number => Date.parse(String(value));
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

const AE_IDS = new Set(Object.values(DEMO_USERS).filter((u) => u.role === "AE").map((u) => u.userId));
const AMER_AE_IDS = new Set(Object.values(DEMO_USERS).filter((u) => u.role === "AE" && u.region === "AMER").map((u) => u.userId));
const STAGE = new Map<string, (typeof OPPORTUNITY_STAGES)[number]>(OPPORTUNITY_STAGES.map((s) => [s.label, s]));
const CLOSED_STATUS = new Set<string>(CASE_STATUSES.filter((s) => s.isClosed).map((s) => s.apiName));
const isOpenOpp = (o: SeedRecord): boolean => STAGE.get(String(o.StageName))?.isClosed === false;
const isUpgrade = (o: SeedRecord): boolean => String(o.Name).includes("Ultimate Upgrade") && String(o.NextStep ?? "").includes("Ultimate Upgrade");
const isPooledCase = (c: SeedRecord): boolean => c.RecordTypeId === RECORD_TYPE_IDS.pooledSalesCase;
const isOpenCase = (c: SeedRecord): boolean => !CLOSED_STATUS.has(String(c.Status));

/** Trigger rules of ORG-SCHEMA.md: subject shape and origin(s). */
const TRIGGERS: Array<{ name: string; subject: RegExp; origins: string[] }> = [
  { name: "Contact Us", subject: /^Contact Us Form Response - .+$/s, origins: ["Web Form"] },
  { name: "NPS/CSAT", subject: /^NPS\/CSAT Survey Response - Score (10|[0-9])$/, origins: ["Gainsight Survey"] },
  { name: "PQL", subject: /^PQL Hand Raise - .+$/, origins: ["In-Product"] },
  { name: "Post churn", subject: /^Post Churn Survey Response$/, origins: ["Gainsight Survey"] },
  { name: "Fast moving buyer", subject: /^Fast Moving Buyer Alert - .+$/, origins: ["PathFactory"] },
  { name: "Referral", subject: /^Referral$/, origins: ["SMB Pool Internal Created"] },
  { name: "Expansion", subject: /^Expansion Opportunity: .+$/, origins: ["Case Automation"] },
  { name: "Churn", subject: /^Churn & Contraction Mitigation: .+$/, origins: ["Case Automation"] },
  { name: "Urgent renewal", subject: /^Urgent Renewal & TRX Support: .+$/, origins: ["Case Automation"] },
  { name: "Inbound", subject: /^Inbound Request: .+$/, origins: ["Email", "Phone"] },
];
const triggerOf = (c: SeedRecord) => TRIGGERS.find((t) => t.subject.test(String(c.Subject)));

const ID_PREFIX: Record<string, string> = { ...KEY_PREFIX, CaseHistory: CASE_HISTORY_PREFIX };

/** Reference fields and the object types they may point to. */
const REFERENCES: Record<string, Record<string, string[]>> = {
  Account: { OwnerId: ["User"], CreatedById: ["User"] },
  Contact: { AccountId: ["Account"], OwnerId: ["User"], CreatedById: ["User"] },
  Opportunity: { AccountId: ["Account"], OwnerId: ["User"], CreatedById: ["User"] },
  Case: {
    OwnerId: ["User", "Group"],
    ContactId: ["Contact"],
    AccountId: ["Account"],
    RecordTypeId: ["RecordType"],
    Opportunity__c: ["Opportunity"],
    CreatedById: ["User"],
  },
  Task: { WhatId: ["Case", "Account", "Opportunity"], WhoId: ["Contact"], OwnerId: ["User"], CreatedById: ["User"] },
  CaseHistory: { CaseId: ["Case"], CreatedById: ["User"] },
  GroupMember: { GroupId: ["Group"], UserOrGroupId: ["Group", "User"] },
  PermissionSetAssignment: { AssigneeId: ["User"], PermissionSetId: ["PermissionSet"] },
};

function checkIntegrity(seed: OrgSeed): void {
  const index = byId(seed);
  let total = 0;
  for (const [type, rows] of Object.entries(recs(seed))) {
    for (const r of rows ?? []) {
      total++;
      expect(r.Id, `${type} id`).toMatch(/^[a-zA-Z0-9]{18}$/);
      expect(r.Id.slice(0, 3), `${type} ${r.Id} prefix`).toBe(ID_PREFIX[type]);
      // Every field that looks like a reference is declared above, and resolves to the right type.
      for (const [field, value] of Object.entries(r)) {
        const looksLikeRef = (field.endsWith("Id") && field !== "Id") || field === "Opportunity__c";
        if (!looksLikeRef) continue;
        const allowed = REFERENCES[type]?.[field];
        expect(allowed, `${type}.${field} is not a known reference field`).toBeDefined();
        if (value === null || value === undefined) continue;
        const target = index.get(String(value));
        expect(target, `${type} ${r.Id}.${field} -> ${String(value)} does not exist`).toBeDefined();
        expect(allowed).toContain(target?.type);
      }
      for (const [field, value] of Object.entries(r)) {
        if (/Date$|DateTime$|Date__c$/.test(field) && value !== null && value !== undefined) {
          if (field === "ActivityDate" || field === "CloseDate") expect(value, `${type}.${field}`).toMatch(DATE);
          else expect(value, `${type}.${field}`).toMatch(ISO);
        }
      }
    }
  }
  expect(index.size, "ids are unique").toBe(total);
}

describe("baseline / empty seed", () => {
  const seed = emptySeed(NOW);

  it("has metadata and people but no business data", () => {
    expect(list(seed, "Case")).toHaveLength(0);
    expect(list(seed, "Account")).toHaveLength(0);
    expect(seed).toEqual(baselineSeed(NOW));
    checkIntegrity(seed);
  });

  it("has the record types, statuses, stages and queues of the schema", () => {
    const rt = list(seed, "RecordType");
    expect(rt.map((r) => [r.DeveloperName, r.Name, r.SobjectType])).toEqual([
      ["Pooled_Sales_Case", "Pooled Sales Case", "Case"],
      ["Support_Case", "Support Case", "Case"],
    ]);
    expect(seed.pooledCaseRecordTypeId).toBe(RECORD_TYPE_IDS.pooledSalesCase);
    expect(list(seed, "CaseStatus").map((s) => s.MasterLabel)).toEqual(CASE_STATUSES.map((s) => s.label));
    expect(list(seed, "CaseStatus").map((s) => s.ApiName)).toEqual(CASE_STATUSES.map((s) => s.apiName));
    expect(list(seed, "CaseStatus").some((s) => s.ApiName !== s.MasterLabel)).toBe(true);
    expect(list(seed, "CaseStatus").filter((s) => s.IsDefault).map((s) => s.MasterLabel)).toEqual(["New"]);
    expect(list(seed, "CaseStatus").filter((s) => s.IsClosed)).toHaveLength(4);
    expect(list(seed, "OpportunityStage").map((s) => [s.MasterLabel, s.IsClosed, s.IsWon])).toEqual(
      OPPORTUNITY_STAGES.map((s) => [s.label, s.isClosed, s.isWon]),
    );
    expect(list(seed, "Group").map((g) => [g.Id, g.DeveloperName, g.Name, g.Type])).toEqual([
      [QUEUE_IDS.amer, "Pooled_Sales_Queue", QUEUE_NAMES.amer, "Queue"],
      [QUEUE_IDS.emea, "EMEA_Pooled_Sales_Queue", QUEUE_NAMES.emea, "Queue"],
      [PUBLIC_GROUPS.managers.id, "Pooled_Sales_Managers", "Pooled Sales Managers", "Regular"],
      [PUBLIC_GROUPS.nordics.id, "EMEA_Nordics_AEs", "EMEA Nordics AEs", "Regular"],
    ]);
  });

  it("puts each AE in their region's queue (one EMEA AE through a nested public group) and the ASM in Pooled_Sales_Managers", () => {
    const store = new OrgStore(seed, () => NOW);
    const direct = (developerName: string) =>
      store.query(`SELECT UserOrGroupId FROM GroupMember WHERE Group.DeveloperName = '${developerName}'`).records.map((r) => String(r.UserOrGroupId)).sort();
    const ids = (keys: (keyof typeof DEMO_USERS)[]) => keys.map((k) => DEMO_USERS[k].userId).sort();
    expect(direct("Pooled_Sales_Queue")).toEqual(ids(["averyChen", "jordanRivera", "marcusLee", "priyaShah", "samOkafor"]));
    expect(direct("EMEA_Pooled_Sales_Queue")).toEqual([...ids(["siobhanMurphy", "lukasBecker"]), PUBLIC_GROUPS.nordics.id].sort());
    expect(direct("EMEA_Nordics_AEs")).toEqual(ids(["elinJohansson"]));
    expect(direct("Pooled_Sales_Managers")).toEqual(ids(["danaWhitfield"]));
  });

  it("has one default business hours (AMER, New York, 8 hours a weekday, closed weekends) and holidays", () => {
    const bh = list(seed, "BusinessHours");
    const def = bh.filter((b) => b.IsDefault === true);
    expect(def).toHaveLength(1);
    expect(def[0]).toMatchObject({ Id: BUSINESS_HOURS_IDS.amer, Name: "Pooled Sales Hours - AMER", TimeZoneSidKey: "America/New_York", MondayStartTime: "09:00:00.000Z", FridayEndTime: "17:00:00.000Z", SaturdayStartTime: null, SundayEndTime: null });
    expect(get(seed, "BusinessHours", BUSINESS_HOURS_IDS.emea)).toMatchObject({ IsDefault: false, TimeZoneSidKey: "Europe/Dublin" });
    // A full Wednesday is 8 business hours: the 24 h SLA.
    expect(businessHoursBetween(Date.parse("2026-11-18T05:00:00Z"), Date.parse("2026-11-19T05:00:00Z"), AMER_CALENDAR)).toBe(SLA_BUSINESS_HOURS);
    const holidays = list(seed, "Holiday").map((h) => h.ActivityDate);
    expect(holidays).toEqual(expect.arrayContaining(["2026-11-26", "2026-12-25", "2027-01-01"]));
    // Thanksgiving is closed.
    expect(businessHoursBetween(Date.parse("2026-11-26T05:00:00Z"), Date.parse("2026-11-27T05:00:00Z"), AMER_CALENDAR)).toBe(0);
  });

  it("has the Pooled Sales User, 6+ AEs in both regions, an ASM, support and a non-pooled rep, with logins", () => {
    const users = list(seed, "User");
    expect(get(seed, "User", POOLED_SALES_USER_ID)).toMatchObject({ FirstName: "Pooled Sales", LastName: "User", CommunityNickname: "POOLED USER [ DO NOT CHATTER ]", Pooled_Role__c: "Pooled Owner" });
    const aes = users.filter((u) => u.Pooled_Role__c === "AE");
    expect(aes.filter((u) => u.Pooled_Region__c === "AMER").length).toBeGreaterThanOrEqual(4);
    expect(aes.filter((u) => u.Pooled_Region__c === "EMEA").length).toBeGreaterThanOrEqual(3);
    expect(aes.length).toBeGreaterThanOrEqual(6);
    expect(users.filter((u) => u.Pooled_Role__c === "ASM" && u.Pooled_Region__c === "AMER")).toHaveLength(1);
    expect(users.some((u) => u.Pooled_Role__c === "Support")).toBe(true);
    expect(users.some((u) => u.Pooled_Role__c === "Sales")).toBe(true);
    for (const u of users) {
      expect(u.Pooled_Region__c === null || (POOLED_REGIONS as readonly unknown[]).includes(u.Pooled_Region__c)).toBe(true);
      expect(String(u.Alias).length).toBeLessThanOrEqual(8);
      expect(u.Username).toMatch(/^[a-z.]+@pooled-demo\.example$/);
    }
    expect(new Set(users.map((u) => u.Username)).size).toBe(users.length);
    // Every human user (all but the Pooled Sales User) has a login, and only they do.
    const humans = users.filter((u) => u.Id !== POOLED_SALES_USER_ID);
    expect(seed.credentials.map((c) => c.userId).sort()).toEqual(humans.map((u) => u.Id).sort());
    for (const c of seed.credentials) {
      expect(c.password).toBe(DEMO_PASSWORD);
      expect(get(seed, "User", c.userId).Username).toBe(c.username);
    }
    for (const u of Object.values(DEMO_USERS)) expect(get(seed, "User", u.userId)).toMatchObject({ Username: u.username, Name: u.name, Pooled_Role__c: u.role, Pooled_Region__c: u.region });
  });
});

describe("business-hours helper", () => {
  it("subtracts business hours across nights, weekends, holidays and DST", () => {
    // Wed 10:00 NY minus 6.5 h = Tue 11:30 NY (16:30Z).
    expect(new Date(subtractBusinessHours(NOW.getTime(), 6.5, AMER_CALENDAR)).toISOString()).toBe("2026-11-17T16:30:00.000Z");
    // Mon 30 Nov 09:30 NY minus 1 h = Fri 27 Nov 16:30 NY (Thanksgiving Thu is not involved).
    expect(new Date(subtractBusinessHours(Date.parse("2026-11-30T14:30:00Z"), 1, AMER_CALENDAR)).toISOString()).toBe("2026-11-27T21:30:00.000Z");
    // Fri 27 Nov 10:00 NY minus 2 h = Wed 25 Nov 16:00 NY (skips Thanksgiving).
    expect(new Date(subtractBusinessHours(Date.parse("2026-11-27T15:00:00Z"), 2, AMER_CALENDAR)).toISOString()).toBe("2026-11-25T21:00:00.000Z");
    // Mon 15 Mar 2027 09:30 EDT minus 1 h = Fri 12 Mar 16:30 EST (21:30Z).
    expect(new Date(subtractBusinessHours(Date.parse("2027-03-15T13:30:00Z"), 1, AMER_CALENDAR)).toISOString()).toBe("2027-03-12T21:30:00.000Z");
    // EMEA: Wed 18 Nov 10:00 Dublin (UTC+0) minus 3 h = Tue 15:00 (1 h Wednesday, 2 h Tuesday).
    expect(new Date(subtractBusinessHours(Date.parse("2026-11-18T10:00:00Z"), 3, EMEA_CALENDAR)).toISOString()).toBe("2026-11-17T15:00:00.000Z");
    for (const now of NOWS) {
      for (const h of [0.5, 1, 6.5, 8, 13, 24]) {
        expect(businessHoursBetween(subtractBusinessHours(now.getTime(), h, AMER_CALENDAR), now.getTime(), AMER_CALENDAR)).toBeCloseTo(h, 6);
      }
    }
  });
});

describe.each(NOWS.map((now) => [now.toISOString(), now] as const))("demo seed at %s", (_label, now) => {
  const seed = demoSeed(now);
  const t = Math.floor(now.getTime() / 1000) * 1000;
  const cases = list(seed, "Case");
  const pooledCases = cases.filter(isPooledCase);
  const caseById = (id: string) => get(seed, "Case", id);

  it("has unique 18-character ids and resolvable references", () => checkIntegrity(seed));

  it("uses only picklist values of org-picklists", () => {
    // Case.Status holds the CaseStatus ApiName, not its label.
    const statuses = CASE_STATUSES.map((s) => s.apiName as string);
    for (const c of cases) {
      expect(statuses).toContain(c.Status);
      expect(CASE_PRIORITIES as readonly unknown[]).toContain(c.Priority);
      expect(CASE_ORIGINS as readonly unknown[]).toContain(c.Origin);
      if (c.Reason !== null) expect(CASE_REASONS as readonly unknown[]).toContain(c.Reason);
      if (c.Resolution_Action__c !== null) expect(RESOLUTION_ACTIONS as readonly unknown[]).toContain(c.Resolution_Action__c);
    }
    for (const o of list(seed, "Opportunity")) {
      expect(STAGE.has(String(o.StageName)), String(o.StageName)).toBe(true);
      expect(["New Business", "Existing Business", "Renewal", "Upgrade"]).toContain(o.Type);
    }
    for (const a of list(seed, "Account")) {
      expect(["Customer", "Prospect"]).toContain(a.Type);
      if (a.Pooled_Region__c !== null) expect(POOLED_REGIONS as readonly unknown[]).toContain(a.Pooled_Region__c);
    }
    for (const task of list(seed, "Task")) {
      expect(TASK_SUBTYPES as readonly unknown[]).toContain(task.TaskSubtype);
      expect(TASK_STATUSES as readonly unknown[]).toContain(task.Status);
      expect(["Email", "Call", "Other"]).toContain(task.Type);
    }
    expect(new Set(cases.map((c) => c.Priority))).toEqual(new Set(["High", "Medium", "Low"]));
  });

  it("has every trigger subject shape with its origin, and an unclassified one", () => {
    for (const trigger of TRIGGERS) {
      const matching = pooledCases.filter((c) => trigger.subject.test(String(c.Subject)));
      expect(matching.length, trigger.name).toBeGreaterThan(0);
      for (const c of matching) expect(trigger.origins, `${trigger.name}: ${String(c.Subject)}`).toContain(c.Origin);
    }
    expect(pooledCases.filter((c) => c.Origin === "Email").some((c) => c.Subject === "Inbound Request: Quote for 10 additional seats")).toBe(true);
    expect(pooledCases.some((c) => /^Inbound Request: /.test(String(c.Subject)) && c.Origin === "Phone")).toBe(true);
    const unclassified = caseById(DEMO_CASES.unclassified);
    expect(triggerOf(unclassified)).toBeUndefined();
    for (const c of pooledCases.filter((x) => String(x.Subject).startsWith("Contact Us Form Response - "))) {
      expect(String(c.Web_Form_Details__c ?? ""), String(c.Subject)).toMatch(/How can we help\?: \S/);
      if (c.AccountId) expect(c.Subject).toBe(`Contact Us Form Response - ${String(get(seed, "Account", String(c.AccountId)).Name)}`);
    }
    expect(caseById(DEMO_CASES.internalReferral).CreatedById).toBe(DEMO_USERS.kenjiWatanabe.userId);
  });

  it("has 20+ pooled accounts that follow the handbook's ownership and CARR rules", () => {
    const accounts = list(seed, "Account");
    const pooled = accounts.filter((a) => a.Pooled_Region__c !== null);
    expect(pooled.length).toBeGreaterThanOrEqual(20);
    for (const a of pooled) {
      expect(a.CARR__c as number).toBeLessThan(a.Type === "Customer" ? 4000 : 2000);
      const owner = get(seed, "User", String(a.OwnerId));
      if (a.Pooled_Region__c === "AMER") expect(a.OwnerId).toBe(POOLED_SALES_USER_ID);
      else expect([owner.Pooled_Role__c, owner.Pooled_Region__c]).toEqual(["AE", "EMEA"]);
    }
    expect(pooled.some((a) => a.Type === "Prospect")).toBe(true);
    expect(pooled.filter((a) => a.Pooled_Region__c === "EMEA").length).toBeGreaterThanOrEqual(3);
    const nonPooled = accounts.filter((a) => a.Pooled_Region__c === null);
    expect(nonPooled.map((a) => a.Id).sort()).toEqual([DEMO_ACCOUNTS.nonPooledMeridian, DEMO_ACCOUNTS.nonPooledStonebridge, DEMO_ACCOUNTS.nonPooledVantage].sort());
    for (const a of nonPooled) {
      expect(a.CARR__c as number).toBeGreaterThanOrEqual(25_000);
      expect(a.CARR__c as number).toBeLessThanOrEqual(80_000);
      expect(a.OwnerId).toBe(DEMO_USERS.rachelGoldberg.userId);
    }
    // 1-3 contacts per account, except one pooled account with none.
    const contacts = list(seed, "Contact");
    const counts = accounts.map((a) => contacts.filter((c) => c.AccountId === a.Id).length);
    expect(counts.filter((n) => n === 0)).toHaveLength(1);
    expect(Math.max(...counts)).toBeLessThanOrEqual(3);
    expect(contacts.filter((c) => c.AccountId === DEMO_ACCOUNTS.noContacts)).toHaveLength(0);
    for (const c of contacts) {
      expect(c.Email).toMatch(/^[a-z.]+@[a-z0-9.-]+\.example$/);
      expect(String(c.Phone)).toMatch(/^\+\d/);
    }
  });

  it("queues New cases by region and gives claimed cases consistent first-response fields and history", () => {
    const history = list(seed, "CaseHistory");
    for (const c of pooledCases) {
      const acct = c.AccountId ? get(seed, "Account", String(c.AccountId)) : null;
      const emea = acct?.Pooled_Region__c === "EMEA";
      if (c.Status === "New") {
        expect(c.OwnerId, String(c.Subject)).toBe(emea ? QUEUE_IDS.emea : QUEUE_IDS.amer);
        expect(c.First_Responded_Date__c).toBeNull();
        expect(c.ClosedDate).toBeNull();
        continue;
      }
      // Claimed: owned by an AE (of the case's region) with first response and history.
      expect(AE_IDS.has(String(c.OwnerId)), String(c.Subject)).toBe(true);
      expect(get(seed, "User", String(c.OwnerId)).Pooled_Region__c).toBe(emea ? "EMEA" : "AMER");
      const responded = ms(c.First_Responded_Date__c);
      expect(responded).toBeGreaterThan(ms(c.CreatedDate));
      expect(c.Time_To_First_Response__c).toBe(Math.round((responded - ms(c.CreatedDate)) / 36_000) / 100);
      const rows = history.filter((h) => h.CaseId === c.Id);
      const owner = get(seed, "User", String(c.OwnerId));
      expect(rows).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ Field: "Owner", OldValue: emea ? QUEUE_NAMES.emea : QUEUE_NAMES.amer, NewValue: owner.Name, CreatedDate: c.First_Responded_Date__c, CreatedById: c.OwnerId }),
          expect.objectContaining({ Field: "Owner", OldValue: emea ? QUEUE_IDS.emea : QUEUE_IDS.amer, NewValue: c.OwnerId, CreatedDate: c.First_Responded_Date__c }),
          expect.objectContaining({ Field: "Status", OldValue: "New", NewValue: "In Progress", CreatedDate: c.First_Responded_Date__c }),
        ]),
      );
      if (CLOSED_STATUS.has(String(c.Status))) {
        expect(ms(c.ClosedDate)).toBeGreaterThan(responded);
        expect(ms(c.ClosedDate)).toBeLessThanOrEqual(t);
        expect(c.Resolution_Action__c).not.toBeNull();
        expect(c.Reason).not.toBeNull();
        expect(rows).toContainEqual(expect.objectContaining({ Field: "Status", OldValue: "In Progress", NewValue: c.Status, CreatedDate: c.ClosedDate }));
      } else {
        expect(c.Status).toBe("In Progress");
        expect(c.ClosedDate).toBeNull();
      }
    }
    expect(pooledCases.filter((c) => CLOSED_STATUS.has(String(c.Status))).length).toBeGreaterThanOrEqual(2);
    expect(pooledCases.filter((c) => c.Status === "In Progress").length).toBeGreaterThanOrEqual(5);
    expect(pooledCases.filter((c) => c.Status === "New").length).toBeGreaterThan(pooledCases.length / 2);
    const support = caseById(DEMO_CASES.supportCase);
    expect(support.RecordTypeId).toBe(RECORD_TYPE_IDS.supportCase);
    expect(support.OwnerId).toBe(DEMO_USERS.kenjiWatanabe.userId);
  });

  it("dates everything relative to now: cases 1 hour to 10 days old, nothing in the future", () => {
    for (const c of cases) {
      const age = t - ms(c.CreatedDate);
      expect(age, String(c.Subject)).toBeGreaterThanOrEqual(HOUR_MS);
      expect(age, String(c.Subject)).toBeLessThanOrEqual(10 * DAY_MS);
    }
    for (const [type, rows] of Object.entries(recs(seed))) {
      for (const r of rows ?? []) {
        for (const field of ["CreatedDate", "CompletedDateTime", "First_Responded_Date__c", "ClosedDate"]) {
          if (r[field]) expect(ms(r[field]), `${type}.${field}`).toBeLessThanOrEqual(t);
        }
      }
    }
    for (const task of list(seed, "Task")) {
      const parent = get(seed, "Case", String(task.WhatId));
      expect(ms(task.CompletedDateTime)).toBeGreaterThanOrEqual(ms(parent.First_Responded_Date__c));
      if (parent.ClosedDate) expect(ms(task.CompletedDateTime)).toBeLessThanOrEqual(ms(parent.ClosedDate));
      expect(task.WhoId).toBe(parent.ContactId);
      expect(task.OwnerId).toBe(parent.OwnerId);
    }
    // Open opportunities close in the future, closed ones in the past.
    const today = localDate(t, "America/New_York");
    for (const o of list(seed, "Opportunity")) {
      if (isOpenOpp(o)) expect(String(o.CloseDate) > today).toBe(true);
      else expect(String(o.CloseDate) < today).toBe(true);
    }
  });

  it("has the SLA scenarios", () => {
    for (const [key, hours] of Object.entries(DEMO_SLA.newCaseBusinessHours)) {
      const c = caseById(DEMO_CASES[key as keyof typeof DEMO_CASES]);
      expect(c.Status, key).toBe("New");
      const cal = c.OwnerId === QUEUE_IDS.emea ? EMEA_CALENDAR : AMER_CALENDAR;
      expect(businessHoursBetween(ms(c.CreatedDate), t, cal), key).toBeCloseTo(hours, 6);
    }
    const ages = Object.values(DEMO_SLA.newCaseBusinessHours);
    expect(ages.some((h) => h < SLA_BUSINESS_HOURS - 2)).toBe(true);
    expect(ages.filter((h) => h > SLA_BUSINESS_HOURS).length).toBeGreaterThanOrEqual(2);
    const atRisk = caseById(DEMO_SLA.atRisk);
    const atRiskAge = businessHoursBetween(ms(atRisk.CreatedDate), t, AMER_CALENDAR);
    expect(atRiskAge).toBeGreaterThan(SLA_BUSINESS_HOURS - 2);
    expect(atRiskAge).toBeLessThan(SLA_BUSINESS_HOURS);
    const pickupHours = (id: string) => {
      const c = caseById(id);
      return businessHoursBetween(ms(c.CreatedDate), ms(c.First_Responded_Date__c), AMER_CALENDAR);
    };
    expect(pickupHours(DEMO_SLA.pickedUpWithinSla)).toBeCloseTo(1.25, 6);
    expect(pickupHours(DEMO_SLA.pickedUpAfterSla)).toBeCloseTo(10, 6);
    const ooh = zonedParts(ms(caseById(DEMO_SLA.outOfHours).CreatedDate), "America/New_York");
    expect(ooh.hour === 22 || ooh.weekday === 0 || ooh.weekday === 6).toBe(true);
  });

  it("has the cadence stages (Day 1 = the claim day in the AE's time zone)", () => {
    const tasks = list(seed, "Task");
    const CADENCE_KIND: Record<number, string> = { 1: "Email", 3: "Call", 5: "Email", 7: "Email" };
    const claimedDays = new Set<number>();
    for (const cad of DEMO_CADENCE) {
      const c = caseById(cad.caseId);
      const ae = DEMO_USERS[cad.ae];
      expect(c.Status).toBe("In Progress");
      expect(c.OwnerId).toBe(ae.userId);
      const claimDate = localDate(ms(c.First_Responded_Date__c), ae.timeZone);
      expect(claimDate).toBe(addDays(localDate(t, ae.timeZone), -cad.claimedDaysAgo));
      claimedDays.add(cad.claimedDaysAgo);
      const mine = tasks.filter((x) => x.WhatId === c.Id);
      expect(mine).toHaveLength(cad.doneDays.length);
      for (const day of cad.doneDays) {
        const task = mine.find((x) => x.ActivityDate === addDays(claimDate, day - 1));
        expect(task, `day ${day} touch of ${String(c.Subject)}`).toBeDefined();
        expect(task).toMatchObject({ TaskSubtype: CADENCE_KIND[day], Type: CADENCE_KIND[day], Status: "Completed", OwnerId: ae.userId });
        expect(localDate(ms(task?.CompletedDateTime), ae.timeZone)).toBe(task?.ActivityDate);
      }
    }
    expect([...claimedDays]).toEqual(expect.arrayContaining([0, 2, 4, 6, 8]));
    // The overdue one: claimed 4 days ago, Day 1 email done, no call.
    expect(DEMO_CADENCE.find((c) => c.caseId === DEMO_CASES.cadenceDay3Overdue)).toMatchObject({ claimedDaysAgo: 4, doneDays: [1] });
    expect(DEMO_CADENCE.find((c) => c.caseId === DEMO_CASES.cadenceComplete)?.doneDays).toEqual([1, 3, 5, 7]);
    expect(DEMO_CADENCE.find((c) => c.caseId === DEMO_CASES.cadencePastSevenDays)?.claimedDaysAgo).toBeGreaterThan(7);
  });

  it("has exactly one AE at 15 active Ultimate Upgrade opps, another with a few", () => {
    const opps = list(seed, "Opportunity");
    const openUpgradesByOwner = new Map<string, number>();
    for (const o of opps.filter((x) => isUpgrade(x) && isOpenOpp(x) && AE_IDS.has(String(x.OwnerId)))) {
      openUpgradesByOwner.set(String(o.OwnerId), (openUpgradesByOwner.get(String(o.OwnerId)) ?? 0) + 1);
    }
    const atCap = [...openUpgradesByOwner].filter(([, n]) => n === UPGRADE_OPP_CAP);
    expect(atCap).toEqual([[DEMO_USERS[UPGRADE_CAP_AE].userId, UPGRADE_OPP_CAP]]);
    expect([...openUpgradesByOwner.values()].every((n) => n <= UPGRADE_OPP_CAP)).toBe(true);
    expect([...openUpgradesByOwner].some(([id, n]) => id !== DEMO_USERS[UPGRADE_CAP_AE].userId && n >= 2 && n < UPGRADE_OPP_CAP)).toBe(true);
    expect(new Set(CAP_AE_OPEN_UPGRADE_OPP_IDS.map((id) => get(seed, "Opportunity", id).AccountId)).size).toBe(UPGRADE_OPP_CAP);
    // Closed upgrade opps of the capped AE exist but do not count.
    const closedOfCap = opps.filter((o) => isUpgrade(o) && !isOpenOpp(o) && o.OwnerId === DEMO_USERS[UPGRADE_CAP_AE].userId);
    expect(closedOfCap.length).toBeGreaterThanOrEqual(1);
    // Name and NextStep are annotated together on AE-owned opps (no half-annotated decoys to disagree about).
    for (const o of opps.filter((x) => AE_IDS.has(String(x.OwnerId)))) {
      expect(String(o.Name).includes("Ultimate Upgrade")).toBe(String(o.NextStep ?? "").includes("Ultimate Upgrade"));
    }
    // Pooled opps owned by the Pooled Sales User, some linked from cases.
    const pooledOpps = opps.filter((o) => o.OwnerId === POOLED_SALES_USER_ID);
    expect(pooledOpps.length).toBeGreaterThanOrEqual(3);
    const linked = cases.filter((c) => c.Opportunity__c).map((c) => get(seed, "Opportunity", String(c.Opportunity__c)));
    expect(linked.filter((o) => o.OwnerId === POOLED_SALES_USER_ID).length).toBeGreaterThanOrEqual(3);
    for (const c of cases.filter((x) => x.Opportunity__c)) expect(get(seed, "Opportunity", String(c.Opportunity__c)).AccountId).toBe(c.AccountId);
    expect(get(seed, "Opportunity", DEMO_OPPORTUNITIES.nonPooledUpgrade).OwnerId).toBe(DEMO_USERS.rachelGoldberg.userId);
  });

  it("has the two conflicts, and a clean Contact Us case", () => {
    const openPooledOn = (accountId: string) => pooledCases.filter((c) => c.AccountId === accountId && isOpenCase(c));
    const activeAeUpgradesOn = (accountId: string) =>
      list(seed, "Opportunity").filter((o) => o.AccountId === accountId && isUpgrade(o) && isOpenOpp(o) && AMER_AE_IDS.has(String(o.OwnerId)));

    // (a) open pooled case owned by an AE + a New one in the queue.
    const a = openPooledOn(DEMO_ACCOUNTS.conflictOpenCase);
    expect(a.map((c) => c.Id).sort()).toEqual([DEMO_CASES.conflictFirstCase, DEMO_CASES.conflictSecondCase].sort());
    expect(caseById(DEMO_CASES.conflictFirstCase)).toMatchObject({ Status: "In Progress", OwnerId: DEMO_USERS.averyChen.userId, AccountId: DEMO_ACCOUNTS.conflictOpenCase, ContactId: DEMO_CONTACTS.conflictCustomer });
    expect(caseById(DEMO_CASES.conflictSecondCase)).toMatchObject({ Status: "New", OwnerId: QUEUE_IDS.amer });
    expect(activeAeUpgradesOn(DEMO_ACCOUNTS.conflictOpenCase)).toHaveLength(0);

    // (b) active Ultimate Upgrade owned by an AMER AE + a New case in the queue.
    const upgrades = activeAeUpgradesOn(DEMO_ACCOUNTS.upgradeConflict);
    expect(upgrades.map((o) => o.Id)).toEqual([DEMO_OPPORTUNITIES.upgradeConflictOpp]);
    expect(upgrades[0]).toMatchObject({ Name: "Acme Co - Ultimate Upgrade", OwnerId: DEMO_USERS.marcusLee.userId });
    expect(String(upgrades[0]?.NextStep)).toContain("Ultimate Upgrade");
    expect(openPooledOn(DEMO_ACCOUNTS.upgradeConflict).map((c) => c.Id)).toEqual([DEMO_CASES.upgradeConflictCase]);
    expect(caseById(DEMO_CASES.upgradeConflictCase)).toMatchObject({ Status: "New", OwnerId: QUEUE_IDS.amer, ContactId: DEMO_CONTACTS.upgradeConflictCustomer });

    // The Contact Us showcase has neither kind of conflict.
    const clean = caseById(DEMO_CASES.contactUsNew);
    expect(clean).toMatchObject({ AccountId: DEMO_ACCOUNTS.bluebirdBakery, ContactId: DEMO_CONTACTS.contactUsCustomer, Status: "New", Priority: "High", Origin: "Web Form" });
    expect(openPooledOn(DEMO_ACCOUNTS.bluebirdBakery)).toHaveLength(1);
    expect(activeAeUpgradesOn(DEMO_ACCOUNTS.bluebirdBakery)).toHaveLength(0);

    // No other New case in the queue is accidentally a conflict.
    const intended = new Set<string>([DEMO_CASES.conflictSecondCase, DEMO_CASES.upgradeConflictCase]);
    for (const c of pooledCases.filter((x) => x.Status === "New" && x.AccountId)) {
      const others = openPooledOn(String(c.AccountId)).filter((x) => x.Id !== c.Id);
      const conflict = others.length > 0 || activeAeUpgradesOn(String(c.AccountId)).length > 0;
      expect(conflict, String(c.Subject)).toBe(intended.has(c.Id));
    }
  });

  it("has the adversarial records", () => {
    // Long Text Areas are 32,000 characters (Salesforce and the simulator): both fields sit at the limit.
    const huge = caseById(DEMO_CASES.hugeDescription);
    expect(String(huge.Description)).toHaveLength(LONG_TEXT_MAX);
    expect(String(huge.Notes__c)).toHaveLength(LONG_TEXT_MAX);
    const bytes = Buffer.byteLength(String(huge.Description)) + Buffer.byteLength(String(huge.Notes__c));
    expect(bytes).toBeGreaterThan(100 * 1024);
    expect(String(huge.Description)).not.toMatch(/[\uD800-\uDBFF]$/);
    const hostile = caseById(DEMO_CASES.hostileHtml);
    expect(String(hostile.Subject)).toContain("<script>");
    expect(String(hostile.Description)).toContain("javascript:");
    expect(String(hostile.Web_Form_Details__c)).toContain("<script>");
    expect(String(hostile.Web_Form_Details__c)).toContain("javascript:");
    expect(get(seed, "Account", DEMO_ACCOUNTS.hostileHtml).Website).toMatch(/^javascript:/);
    expect(caseById(DEMO_CASES.noContact)).toMatchObject({ ContactId: null, AccountId: DEMO_ACCOUNTS.noContacts });
    expect(caseById(DEMO_CASES.noAccount)).toMatchObject({ ContactId: null, AccountId: null });
  });
});

describe("demo seed constants and determinism", () => {
  it("names records that exist, with the right types", () => {
    const seed = demoSeed(NOW);
    for (const id of Object.values(DEMO_CASES)) get(seed, "Case", id);
    for (const id of Object.values(DEMO_ACCOUNTS)) get(seed, "Account", id);
    for (const id of Object.values(DEMO_CONTACTS)) get(seed, "Contact", id);
    for (const id of Object.values(DEMO_OPPORTUNITIES)) get(seed, "Opportunity", id);
    expect(new Set(Object.values(DEMO_CASES)).size).toBe(Object.keys(DEMO_CASES).length);
  });

  it("is deterministic for a given now, and its ids do not depend on now", () => {
    const a = demoSeed(new Date(NOW.getTime()));
    const b = demoSeed(new Date(NOW.getTime()));
    expect(a).toEqual(b);
    const { schema, ...data } = a;
    expect(schema).toBe(DEMO_SCHEMA);
    expect(JSON.parse(JSON.stringify(data))).toEqual(data);
    const ids = (s: OrgSeed) => [...byId(s).keys()].sort();
    for (const now of NOWS) expect(ids(demoSeed(now))).toEqual(ids(a));
    // Moving now by exactly one week moves calendar-relative dates by one week.
    const later = demoSeed(new Date(NOW.getTime() + 7 * DAY_MS));
    const fmb = (s: OrgSeed) => ms(get(s, "Case", DEMO_CASES.fastMovingBuyerNew).CreatedDate);
    expect(fmb(later) - fmb(a)).toBe(7 * DAY_MS);
  });
});

describe("loading into the simulator's store", () => {
  it("loads the empty and the demo seed, and the store agrees with the seed", () => {
    expect(() => new OrgStore(emptySeed(NOW), () => NOW)).not.toThrow();
    const store = new OrgStore(demoSeed(NOW), () => NOW);
    const seed = demoSeed(NOW);
    expect(store.rows("Case")).toHaveLength(list(seed, "Case").length);
    expect(store.rows("CaseHistory")).toHaveLength(list(seed, "CaseHistory").length);
    const closed = store.rows("Case").filter((r) => r.IsClosed === true).map((r) => String(r.Id)).sort();
    expect(closed).toEqual(list(seed, "Case").filter((c) => CLOSED_STATUS.has(String(c.Status))).map((c) => c.Id).sort());
    const openUpgrades = store.rows("Opportunity").filter((o) => o.OwnerId === DEMO_USERS[UPGRADE_CAP_AE].userId && o.IsClosed === false && String(o.Name).includes("Ultimate Upgrade"));
    expect(openUpgrades).toHaveLength(UPGRADE_OPP_CAP);
    // Case numbers follow creation order.
    const byNumber = store.rows("Case").sort((a, b) => String(a.CaseNumber).localeCompare(String(b.CaseNumber)));
    const created = byNumber.map((r) => Number(r.CreatedDate));
    expect(created).toEqual([...created].sort((a, b) => a - b));
  });
});
