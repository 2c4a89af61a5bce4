/**
 * `--seed acme`: an org the extension has never seen (its names are in ACME.md), with a
 * day's work for its pools: queue cases of several triggers typed the way people type
 * them, High and others, SLAs met, at risk and breached (the clocks cross the org's
 * holiday), one account with another AE's open case, one with an AE-owned open upgrade
 * opportunity, pooled accounts for the banner and the referral form, contacts with
 * phones (one with an extension), a case with no contact, cases mid-cadence and closed
 * ones. API Access Control is on unless the option turns it off.
 *
 * Dates follow `now` (business-hour offsets use the pools' calendars); ids never do.
 */
import { iso, KEY_PREFIX, makeId, type OrgSeed, type SeedRecord } from "../seed-types";
import { truncateToSecond } from "../values";
import {
  ACME_APP,
  ACME_AUTOMATION,
  ACME_SCHEMA,
  ACME_USERS,
  acmeSetup,
  poolCalendar,
  POOL_OWNER,
  QUEUES,
  RECORD_TYPES,
  TERRITORIES,
  type AcmeUserKey,
  type PoolKey,
} from "./acme-org";
import { DAY_MS, HOUR_MS, subtractBusinessHours } from "./business-hours";

export * from "./acme-org";

export interface AcmeSeedOptions {
  /** API Access Control (default on): the REST API takes only tokens of the org's External Client App. */
  apiAccessControl?: boolean;
}

interface AccountSpec {
  n: number;
  name: string;
  type: string;
  carr: number;
  pool: PoolKey;
  /** Owner other than the pool owner (EMEA AEs own their accounts; the enterprise rep). */
  owner?: AcmeUserKey;
  website: string;
  /** [FirstName, LastName, Title, Phone]. */
  contacts: ReadonlyArray<readonly [string, string, string, string]>;
}

const ACCOUNTS = {
  kiteKey: { n: 1, name: "Kite & Key Coffee", type: "Customer - Direct", carr: 2800, pool: "na", website: "kiteandkey.example", contacts: [["Lena", "Marsh", "Owner", "+1 415 555 0100 ext. 42"], ["Omar", "Diaz", "Operations Manager", "(415) 555-0139"]] },
  brightline: { n: 2, name: "Brightline Dental", type: "Customer - Direct", carr: 3100, pool: "na", website: "brightlinedental.example", contacts: [["Priya", "Raman", "Practice Manager", "+1 (628) 555-0117"]] },
  fjord: { n: 3, name: "Fjord Fisheries", type: "Customer - Direct", carr: 3600, pool: "na", website: "fjordfisheries.example", contacts: [["Erik", "Lund", "IT Lead", "+1 206 555 0190"]] },
  marigold: { n: 4, name: "Marigold Florist", type: "Customer - Direct", carr: 1200, pool: "na", website: "marigoldflorist.example", contacts: [["Rosa", "Delgado", "Owner", "503-555-0144"]] },
  quartz: { n: 5, name: "Quartz Labs", type: "Prospect", carr: 600, pool: "na", website: "quartzlabs.example", contacts: [["Ben", "Adler", "Head of Engineering", "+1 512 555 0175"]] },
  northgate: { n: 6, name: "Northgate Tutoring", type: "Customer - Channel", carr: 1900, pool: "na", website: "northgatetutoring.example", contacts: [["Hana", "Sato", "Director", "(312) 555-0102"]] },
  harborPine: { n: 7, name: "Harbor & Pine Realty", type: "Customer - Direct", carr: 2300, pool: "na", website: "harborpine.example", contacts: [] },
  oakridge: { n: 8, name: "Oakridge Vet Clinic", type: "Customer - Direct", carr: 1500, pool: "na", website: "oakridgevet.example", contacts: [["Mia", "Chen", "Office Manager", "+1 303 555 0166"]] },
  copperKettle: { n: 9, name: "Copper Kettle Bakery", type: "Customer - Direct", carr: 2000, pool: "na", website: "copperkettle.example", contacts: [["Tom", "Reilly", "Owner", "+1 (971) 555-0123"]] },
  tinselToys: { n: 10, name: "Tinsel Town Toys", type: "Prospect", carr: 1100, pool: "na", website: "tinseltowntoys.example", contacts: [["Ava", "Lindqvist", "Buyer", "+1 323 555 0181"]] },
  lumen: { n: 11, name: "Lumen Goods", type: "Customer - Direct", carr: 2600, pool: "na", website: "lumengoods.example", contacts: [["Noah", "Bennett", "CTO", "+1 415 555 0158"]] },
  sunbeam: { n: 12, name: "Sunbeam Solar", type: "Customer - Direct", carr: 3300, pool: "na", website: "sunbeamsolar.example", contacts: [["Grace", "Obi", "VP Operations", "+1 480 555 0107"]] },
  redleaf: { n: 13, name: "Redleaf Analytics", type: "Customer - Direct", carr: 3400, pool: "na", website: "redleaf.example", contacts: [["Sam", "Ward", "Data Lead", "+1 617 555 0142"]] },
  pebbleLane: { n: 14, name: "Pebble Lane Preschool", type: "Customer - Direct", carr: 1700, pool: "na", website: "pebblelane.example", contacts: [["Lucy", "Grant", "Director", "+1 919 555 0133"]] },
  birchCo: { n: 15, name: "Birch & Co", type: "Customer - Direct", carr: 900, pool: "na", website: "birchandco.example", contacts: [["Ian", "Moss", "Owner", "+1 704 555 0115"]] },
  vistaYoga: { n: 16, name: "Vista Yoga", type: "Prospect", carr: 500, pool: "na", website: "vistayoga.example", contacts: [["Kira", "Patel", "Studio Owner", "+1 858 555 0128"]] },
  thamesTea: { n: 17, name: "Thames Tea Co", type: "Customer - Direct", carr: 2400, pool: "uki", owner: "niamhKelly", website: "thamestea.example", contacts: [["Oliver", "Hughes", "Managing Director", "+44 20 7946 0321"]] },
  dublinData: { n: 18, name: "Dublin Data Ltd", type: "Customer - Direct", carr: 1800, pool: "uki", owner: "niamhKelly", website: "dublindata.example", contacts: [["Aoife", "Ryan", "CTO", "+353 1 555 0142"]] },
  bergwerk: { n: 19, name: "Bergwerk GmbH", type: "Customer - Direct", carr: 3200, pool: "dach", owner: "jonasWeber", website: "bergwerk.example", contacts: [["Stefan", "Maier", "IT-Leiter", "+49 30 901820"]] },
  alpenglanz: { n: 20, name: "Alpenglanz AG", type: "Customer - Channel", carr: 2700, pool: "dach", owner: "jonasWeber", website: "alpenglanz.example", contacts: [["Lea", "Huber", "Einkauf", "+41 44 555 01 23"]] },
  globex: { n: 21, name: "Globex Manufacturing", type: "Customer - Direct", carr: 85000, pool: "na", owner: "drewHanson", website: "globexmfg.example", contacts: [["Carla", "Benson", "CIO", "+1 212 555 0170"]] },
} as const satisfies Record<string, AccountSpec>;
type AccountKey = keyof typeof ACCOUNTS;

const accountId = (key: AccountKey) => makeId(KEY_PREFIX.Account, ACCOUNTS[key].n);
const contactId = (key: AccountKey, i: number) => makeId(KEY_PREFIX.Contact, ACCOUNTS[key].n * 10 + i);

export const ACME_ACCOUNTS = Object.fromEntries(Object.keys(ACCOUNTS).map((k) => [k, accountId(k as AccountKey)])) as Record<AccountKey, string>;

const CASE_KEYS = [
  "npsDetractor", "postChurn", "contactUsConflict", "expansionUpgradeConflict", "pqlBreached", "fastMovingBuyer", "noContact", "unclassified", "referral",
  "ukiContactUs", "ukiNps", "dachInbound", "dachChurn",
  "conflictWorking", "cadenceDay3", "cadenceOverdue",
  "closedSolved", "closedNoResponse", "closedMerged", "supportCase",
] as const;
type CaseKey = (typeof CASE_KEYS)[number];
export const ACME_CASES = Object.fromEntries(CASE_KEYS.map((k, i) => [k, makeId(KEY_PREFIX.Case, 101 + i)])) as Record<CaseKey, string>;

export const ACME_OPPORTUNITIES = {
  /** Open, owned by Chris Nakamura: the upgrade conflict on Fjord Fisheries. */
  fjordUpgrade: makeId(KEY_PREFIX.Opportunity, 1),
  pebbleUpgradeWon: makeId(KEY_PREFIX.Opportunity, 2),
  sunbeamUpgrade: makeId(KEY_PREFIX.Opportunity, 3),
  globexRenewal: makeId(KEY_PREFIX.Opportunity, 4),
} as const;

interface CaseSpec {
  key: CaseKey;
  subject: string;
  origin: string;
  priority: "High" | "Medium" | "Low";
  created: number;
  account: AccountKey;
  /** Index of the account's contact; null for none. */
  contact?: number | null;
  description?: string;
  form?: string;
  reason?: string;
  deal?: string;
  recordType?: string;
  createdBy?: AcmeUserKey;
}

export function acmeSeed(now: Date, options: AcmeSeedOptions = {}): OrgSeed {
  const t = truncateToSecond(now.getTime());
  const setup = acmeSetup(t);
  const cal = { na: poolCalendar("na", t), uki: poolCalendar("uki", t), dach: poolCalendar("dach", t) };
  const bhAgo = (pool: PoolKey, hours: number) => subtractBusinessHours(t, hours, cal[pool]);
  const userId = (key: AcmeUserKey) => ACME_USERS[key].userId;

  const Account: SeedRecord[] = [];
  const Contact: SeedRecord[] = [];
  for (const [key, a] of Object.entries(ACCOUNTS) as [AccountKey, AccountSpec][]) {
    const owner = a.owner ? userId(a.owner) : POOL_OWNER.userId;
    Account.push({
      Id: accountId(key), Name: a.name, OwnerId: owner, Type: a.type, Contracted_ARR__c: a.carr, Sales_Territory__c: TERRITORIES[a.pool],
      Website: a.website, BillingCountry: a.pool === "na" ? "United States" : a.pool === "uki" ? "United Kingdom" : "Germany", CreatedDate: iso(t - (400 + a.n * 9) * DAY_MS),
    });
    a.contacts.forEach(([first, last, title, phone], i) => {
      Contact.push({
        Id: contactId(key, i), FirstName: first, LastName: last, Title: title, Phone: phone, Email: `${first}.${last}@${a.website}`.toLowerCase(),
        AccountId: accountId(key), OwnerId: owner, CreatedDate: iso(t - (300 + a.n * 7) * DAY_MS),
      });
    });
  }

  const Case: SeedRecord[] = [];
  const CaseHistory: SeedRecord[] = [];
  const Task: SeedRecord[] = [];
  let historyN = 0;
  let taskN = 0;
  const byKey = new Map<CaseKey, SeedRecord>();
  const queueOf = (account: AccountKey) => QUEUES[ACCOUNTS[account].pool];

  const addCase = (c: CaseSpec): SeedRecord => {
    const spec = ACCOUNTS[c.account] as AccountSpec;
    const contact = c.contact === null || spec.contacts.length === 0 ? null : contactId(c.account, c.contact ?? 0);
    const created = iso(truncateToSecond(c.created));
    const pooled = (c.recordType ?? RECORD_TYPES.digitalSales.id) === RECORD_TYPES.digitalSales.id;
    const rec: SeedRecord = {
      Id: ACME_CASES[c.key], Subject: c.subject, Origin: c.origin, Priority: c.priority, Status: "New",
      OwnerId: pooled ? queueOf(c.account).id : userId("patKim"), AccountId: accountId(c.account), ContactId: contact,
      RecordTypeId: c.recordType ?? RECORD_TYPES.digitalSales.id, Description: c.description ?? null, Form_Submission__c: c.form ?? null,
      Reason: c.reason ?? null, Related_Deal__c: c.deal ?? null, CreatedDate: created, LastModifiedDate: created,
      CreatedById: c.createdBy ? userId(c.createdBy) : POOL_OWNER.userId,
    };
    Case.push(rec);
    byKey.set(c.key, rec);
    return rec;
  };
  const history = (rec: SeedRecord, at: number, by: string, field: string, oldValue: unknown, newValue: unknown) => {
    CaseHistory.push({ Id: makeId(KEY_PREFIX.CaseHistory, ++historyN), CaseId: rec.Id, Field: field, OldValue: oldValue ?? null, NewValue: newValue ?? null, CreatedDate: iso(at), CreatedById: by });
  };
  /** Claimed the way the product claims: owner = AE, status Working, first touch stamped, history written. */
  const claim = (rec: SeedRecord, ae: AcmeUserKey, at: number) => {
    const queue = Object.values(QUEUES).find((q) => q.id === rec.OwnerId)!;
    const aeUser = ACME_USERS[ae];
    rec.OwnerId = aeUser.userId;
    rec.Status = "Working";
    rec.First_Touch_At__c = iso(at);
    rec.Hours_To_First_Touch__c = Math.round((at - Date.parse(String(rec.CreatedDate))) / 36_000) / 100;
    rec.LastModifiedDate = iso(at);
    history(rec, at, aeUser.userId, "Owner", queue.id, aeUser.userId);
    history(rec, at, aeUser.userId, "Owner", queue.name, aeUser.name);
    history(rec, at, aeUser.userId, "Status", "New", "Working");
  };
  const close = (rec: SeedRecord, status: string, at: number, outcome: string) => {
    history(rec, at, String(rec.OwnerId), "Status", rec.Status, status);
    Object.assign(rec, { Status: status, Outcome__c: outcome, LastModifiedDate: iso(at), ClosedDate: iso(at) });
  };
  const touch = (rec: SeedRecord, at: number, kind: "Email" | "Call", subject: string) => {
    Task.push({
      Id: makeId(KEY_PREFIX.Task, ++taskN), Subject: subject, TaskSubtype: kind, Type: kind, Status: "Completed", WhatId: rec.Id, WhoId: rec.ContactId ?? null,
      OwnerId: rec.OwnerId, ActivityDate: iso(at).slice(0, 10), CompletedDateTime: iso(at), CreatedDate: iso(at), CreatedById: rec.OwnerId,
    });
  };

  // NA queue, waiting: each trigger typed the way people type it; SLAs met, at risk and breached.
  addCase({ key: "npsDetractor", subject: "NPS/ CSAT Response - Score 4", origin: "Survey", priority: "High", created: bhAgo("na", 1.5), account: "kiteKey",
    description: "NPS score: 4 (Detractor)\nComment: \"Checkout keeps timing out on the POS integration. Thinking about switching.\"" });
  addCase({ key: "postChurn", subject: "Post Churn Survey", origin: "Survey", priority: "Medium", created: bhAgo("na", 5), account: "marigold",
    description: "Why did you cancel? Too expensive for a single shop.\nWould anything bring you back? A cheaper plan for one seat." });
  addCase({ key: "contactUsConflict", subject: "contact us form response - Brightline Dental", origin: "Website Form", priority: "Low", created: bhAgo("na", 3), account: "brightline",
    form: "Name: Priya Raman\nEmail: priya.raman@brightlinedental.example\nPhone: +1 (628) 555-0117\nUsers: 11-50\nMessage: We opened a second office. Can we add 12 seats and get one invoice for both?" });
  addCase({ key: "expansionUpgradeConflict", subject: "Expansion Opportunity: seat overage 121%", origin: "Automation", priority: "High", created: bhAgo("na", 7.5), account: "fjord", reason: "Expansion",
    description: "Seat usage is 121% of the purchased 25 seats (30 billable users)." });
  addCase({ key: "pqlBreached", subject: "PQL hand raise - SAML SSO", origin: "In-App", priority: "Medium", created: bhAgo("na", 9), account: "quartz",
    description: "Admin clicked \"Talk to sales\" on the SSO settings page." });
  addCase({ key: "fastMovingBuyer", subject: "fast moving buyer alert - DevSecOps buyer's guide", origin: "PathFactory", priority: "Low", created: bhAgo("na", 14), account: "northgate",
    description: "Three assets read in 20 minutes: DevSecOps buyer's guide, pricing page, Ultimate datasheet." });
  addCase({ key: "noContact", subject: "Urgent Renewal & TRX Support: card declined, renews in 3 days", origin: "Automation", priority: "High", created: bhAgo("na", 0.5), account: "harborPine", contact: null, reason: "Renewal",
    description: "Renewal payment failed twice (card declined). No billing contact on file." });
  addCase({ key: "unclassified", subject: "Question about our invoice", origin: "Email", priority: "Low", created: bhAgo("na", 2), account: "oakridge", reason: "Billing",
    description: "Hi, the last invoice charged us for 9 seats but we have 7 users. Mia" });
  addCase({ key: "referral", subject: "Referral", origin: "Employee Referral", priority: "Medium", created: bhAgo("na", 4), account: "lumen", createdBy: "patKim",
    description: "From Pat (Support): Noah asked about Ultimate pricing while we fixed his runner. Please reach out." });

  // UK&I and DACH queues: the regional pools' own accounts.
  addCase({ key: "ukiContactUs", subject: "Contact us form response - Thames Tea Co", origin: "Website Form", priority: "High", created: bhAgo("uki", 2), account: "thamesTea",
    form: "Name: Oliver Hughes\nEmail: oliver.hughes@thamestea.example\nMessage: We need a VAT invoice in GBP and 5 more seats from next month." });
  addCase({ key: "ukiNps", subject: "NPS/CSAT Response - Score 9", origin: "Survey", priority: "Low", created: bhAgo("uki", 6), account: "dublinData",
    description: "NPS score: 9 (Promoter)\nComment: \"Great support. Interested in the AI features.\"" });
  addCase({ key: "dachInbound", subject: "Inbound Request: Angebot für 10 zusätzliche Lizenzen", origin: "Phone", priority: "Medium", created: bhAgo("dach", 3), account: "bergwerk", reason: "Expansion" });
  addCase({ key: "dachChurn", subject: "Churn & Contraction Mitigation: usage down 35% in 60 days", origin: "Automation", priority: "Medium", created: bhAgo("dach", 10), account: "alpenglanz", reason: "Churn Risk" });

  // Worked by AEs: the other half of the Brightline conflict, and cases mid-cadence.
  {
    const claimAt = bhAgo("na", 8);
    const rec = addCase({ key: "conflictWorking", subject: "Inbound Request: 5 more seats before renewal", origin: "Email", priority: "Medium", created: subtractBusinessHours(claimAt, 2, cal.na), account: "brightline", reason: "Expansion" });
    claim(rec, "taylorBrooks", claimAt);
    touch(rec, claimAt + 20 * 60_000, "Email", "Email: seats before renewal");
    rec.Rep_Notes__c = "Priya wants 5 seats before renewal; waiting on her headcount.";
  }
  {
    const claimAt = truncateToSecond(t - 2 * DAY_MS);
    const rec = addCase({ key: "cadenceDay3", subject: "NPS/CSAT Survey Response - Score 7", origin: "Survey", priority: "Low", created: claimAt - 3 * HOUR_MS, account: "sunbeam" });
    claim(rec, "jamieOrtiz", claimAt);
    touch(rec, claimAt + HOUR_MS, "Email", "Email: thanks for the feedback");
  }
  {
    const claimAt = truncateToSecond(t - 4 * DAY_MS);
    const rec = addCase({ key: "cadenceOverdue", subject: "Churn & Contraction Mitigation: renewal downgrade requested (30 -> 18 seats)", origin: "Automation", priority: "Medium", created: claimAt - 5 * HOUR_MS, account: "redleaf", reason: "Churn Risk" });
    claim(rec, "chrisNakamura", claimAt);
    touch(rec, claimAt + HOUR_MS, "Email", "Email: about your renewal");
    rec.Rep_Notes__c = "Day 1 email sent. Call Sam about the downgrade.";
  }

  // Closed, one per closed status.
  {
    const created = truncateToSecond(t - 9 * DAY_MS);
    const rec = addCase({ key: "closedSolved", subject: "Expansion Opportunity: Seat overage 115%", origin: "Automation", priority: "High", created, account: "pebbleLane", deal: ACME_OPPORTUNITIES.pebbleUpgradeWon, reason: "Expansion" });
    claim(rec, "chrisNakamura", created + 2 * HOUR_MS);
    close(rec, "Solved", truncateToSecond(t - 3 * DAY_MS), "Upsold");
  }
  {
    const created = truncateToSecond(t - 10 * DAY_MS);
    const rec = addCase({ key: "closedNoResponse", subject: "post churn survey response", origin: "Survey", priority: "Low", created, account: "birchCo" });
    claim(rec, "jamieOrtiz", created + 3 * HOUR_MS);
    close(rec, "No_Response", truncateToSecond(t - 2 * DAY_MS), "No Reply");
  }
  {
    const created = truncateToSecond(t - 6 * DAY_MS);
    const rec = addCase({ key: "closedMerged", subject: "contact us form response - Vista Yoga", origin: "Website Form", priority: "Low", created, account: "vistaYoga", form: "Message: sent this twice, sorry!" });
    claim(rec, "taylorBrooks", created + HOUR_MS);
    close(rec, "Merged", created + 2 * HOUR_MS, "Nothing Needed");
  }
  // Not pooled: a support case on the enterprise account.
  addCase({ key: "supportCase", subject: "SSO login fails after IdP certificate rotation", origin: "Email", priority: "Medium", created: truncateToSecond(t - 20 * HOUR_MS), account: "globex", recordType: RECORD_TYPES.support.id, createdBy: "patKim", reason: "Technical" });

  const dateIn = (days: number) => iso(t + days * DAY_MS).slice(0, 10);
  const Opportunity: SeedRecord[] = [
    { Id: ACME_OPPORTUNITIES.fjordUpgrade, Name: "Fjord Fisheries - Ultimate Upgrade", AccountId: accountId("fjord"), OwnerId: userId("chrisNakamura"), StageName: "Develop", CloseDate: dateIn(20), Amount: 7200, NextStep: "Ultimate Upgrade demo on Thursday", Type: "Upgrade", CreatedDate: iso(t - 12 * DAY_MS) },
    { Id: ACME_OPPORTUNITIES.pebbleUpgradeWon, Name: "Pebble Lane Preschool - Ultimate Upgrade", AccountId: accountId("pebbleLane"), OwnerId: userId("chrisNakamura"), StageName: "Closed Won", CloseDate: dateIn(-3), Amount: 2400, NextStep: "Ultimate Upgrade signed", Type: "Upgrade", CreatedDate: iso(t - 8 * DAY_MS) },
    { Id: ACME_OPPORTUNITIES.sunbeamUpgrade, Name: "Sunbeam Solar - Ultimate Upgrade", AccountId: accountId("sunbeam"), OwnerId: userId("jamieOrtiz"), StageName: "Qualify", CloseDate: dateIn(30), Amount: 5400, NextStep: "Ultimate Upgrade: send pricing", Type: "Upgrade", CreatedDate: iso(t - DAY_MS) },
    { Id: ACME_OPPORTUNITIES.globexRenewal, Name: "Globex Manufacturing - Renewal FY27", AccountId: accountId("globex"), OwnerId: userId("drewHanson"), StageName: "Negotiate", CloseDate: dateIn(45), Amount: 85000, Type: "Renewal", CreatedDate: iso(t - 30 * DAY_MS) },
  ];

  // Case numbers follow creation order, as in a real org.
  Case.sort((a, b) => String(a.CreatedDate).localeCompare(String(b.CreatedDate)) || String(a.Id).localeCompare(String(b.Id)));
  return {
    schema: ACME_SCHEMA,
    automation: ACME_AUTOMATION,
    oauth: { apiAccessControl: options.apiAccessControl ?? true, apps: [structuredClone(ACME_APP)] },
    credentials: setup.credentials,
    pooledCaseRecordTypeId: RECORD_TYPES.digitalSales.id,
    records: { ...setup.records, Account, Contact, Opportunity, Case, CaseHistory, Task },
  };
}
