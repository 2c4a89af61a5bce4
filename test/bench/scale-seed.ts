/**
 * The bench's scale org: the demo org (seeds/demo.ts) with more of everything,
 * built only here so the normal seeds stay small and fast.
 *
 *   - the AMER queue holds `waiting` open cases (a tenth High, the rest Medium and
 *     Low, aged up to ten days), on accounts of ten cases each;
 *   - three accounts hold 5, 50 and 500 cases, opportunities and contact
 *     activities each (a tenth of the cases and opportunities AE-owned: conflicts),
 *     each with one waiting case to open;
 *   - three cases, claimed by Avery two days ago, hold 10, 100 and 1,000 completed
 *     activities (over two years, the last one after the claim).
 *
 *   const { seed, accounts, busyCases } = scaleSeed(new Date(), 2000);
 *   const sim = await createSimulator({ seed });
 */
import type { OrgSeed, SeedRecord } from "../simulator/seed-types";
import { iso, KEY_PREFIX, makeId } from "../simulator/seed-types";
import { DEMO_USERS, POOLED_SALES_USER_ID, QUEUE_IDS, RECORD_TYPE_IDS } from "../simulator/seeds/baseline";
import { demoSeed } from "../simulator/seeds/demo";

export const ACCOUNT_SIZES = [5, 50, 500] as const;
export type AccountSize = (typeof ACCOUNT_SIZES)[number];
export const ACTIVITY_COUNTS = [10, 100, 1000] as const;
export type ActivityCount = (typeof ACTIVITY_COUNTS)[number];

export interface ScaleSeed {
  seed: OrgSeed;
  /** Per account size: the account and its waiting case the bench opens. */
  accounts: Record<AccountSize, { accountId: string; caseId: string }>;
  /** Per activity count: the case holding that many. */
  busyCases: Record<ActivityCount, string>;
}

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const SUBJECTS = ["PQL Hand Raise - Ultimate trial", "Contact Us Form Response", "Churn & Contraction Mitigation: downgrade", "Expansion Opportunity: Seat overage 112%"];
const MARCUS = DEMO_USERS.marcusLee.userId;
const AVERY = DEMO_USERS.averyChen.userId;

export function scaleSeed(now: Date, waiting: number): ScaleSeed {
  const base = demoSeed(now);
  const t = Math.floor(now.getTime() / 1000) * 1000;
  const records = base.records as Record<string, SeedRecord[]>;
  const Account = [...(records.Account ?? [])];
  const Contact = [...(records.Contact ?? [])];
  const Case = [...(records.Case ?? [])];
  const Opportunity = [...(records.Opportunity ?? [])];
  const Task = [...(records.Task ?? [])];
  const CaseHistory = [...(records.CaseHistory ?? [])];
  let n = 0;
  const next = (type: keyof typeof KEY_PREFIX) => makeId(KEY_PREFIX[type], 500_000 + ++n);

  const account = (name: string): string => {
    const Id = next("Account");
    Account.push({ Id, Name: name, OwnerId: POOLED_SALES_USER_ID, Type: "Customer", CARR__c: 2400, Pooled_Region__c: "AMER", CreatedDate: iso(t - 400 * DAY), CreatedById: POOLED_SALES_USER_ID });
    return Id;
  };
  const contact = (accountId: string, last: string): string => {
    const Id = next("Contact");
    Contact.push({ Id, FirstName: "Sam", LastName: last, Email: `sam.${last.toLowerCase()}@scale.example`, AccountId: accountId, OwnerId: POOLED_SALES_USER_ID, CreatedDate: iso(t - 300 * DAY), CreatedById: POOLED_SALES_USER_ID });
    return Id;
  };
  const pooledCase = (fields: Partial<SeedRecord> & { AccountId: string | null; created: number }): string => {
    const Id = next("Case");
    const { created, ...rest } = fields;
    Case.push({
      Id,
      Subject: SUBJECTS[n % SUBJECTS.length],
      Description: null,
      Status: "New",
      Priority: "Medium",
      Origin: "Web",
      Reason: null,
      OwnerId: QUEUE_IDS.amer,
      ContactId: null,
      RecordTypeId: RECORD_TYPE_IDS.pooledSalesCase,
      Opportunity__c: null,
      Notes__c: null,
      Resolution_Action__c: null,
      Web_Form_Details__c: null,
      First_Responded_Date__c: null,
      Time_To_First_Response__c: null,
      ClosedDate: null,
      CreatedDate: iso(created),
      CreatedById: POOLED_SALES_USER_ID,
      ...rest,
    });
    return Id;
  };
  const task = (whatId: string | null, whoId: string | null, at: number, i: number): void => {
    const kind = i % 3 === 0 ? "Call" : "Email";
    Task.push({
      Id: next("Task"),
      Subject: `${kind} ${i + 1}`,
      TaskSubtype: kind,
      Type: kind,
      Status: "Completed",
      ActivityDate: iso(at).slice(0, 10),
      CompletedDateTime: iso(at),
      WhatId: whatId,
      WhoId: whoId,
      OwnerId: MARCUS,
      CreatedDate: iso(at),
      CreatedById: MARCUS,
    });
  };

  // The queue: top it up to about `waiting` open cases (the bench counts them).
  const alreadyWaiting = Case.filter((row) => row.OwnerId === QUEUE_IDS.amer && row.ClosedDate == null).length;
  let queueAccount = "";
  for (let i = 0; i < Math.max(0, waiting - alreadyWaiting); i++) {
    if (i % 10 === 0) queueAccount = account(`Scale Queue Account ${i / 10 + 1}`);
    pooledCase({ AccountId: queueAccount, Priority: i % 10 === 0 ? "High" : i % 2 ? "Medium" : "Low", created: t - (30 + ((i * 7) % (10 * 24 * 60))) * MINUTE });
  }

  // Accounts of 5, 50 and 500 cases, opportunities and activities.
  const accounts = {} as ScaleSeed["accounts"];
  for (const size of ACCOUNT_SIZES) {
    const accountId = account(`Scale Account of ${size}`);
    const contactId = contact(accountId, `Rows${size}`);
    for (let i = 0; i < size; i++) {
      const aeOwned = i % 10 === 9;
      const closed = !aeOwned && i % 3 === 0;
      pooledCase({
        AccountId: accountId,
        ContactId: contactId,
        created: t - (40 + i) * DAY,
        ...(aeOwned ? { OwnerId: MARCUS, Status: "In Progress" } : closed ? { OwnerId: AVERY, Status: "Closed_Resolved", ClosedDate: iso(t - (20 + i) * DAY) } : { OwnerId: POOLED_SALES_USER_ID }),
      });
      Opportunity.push({
        Id: next("Opportunity"),
        Name: aeOwned ? `Scale Account of ${size} - Ultimate Upgrade ${i}` : `Scale Account of ${size} - Renewal ${i}`,
        AccountId: accountId,
        OwnerId: aeOwned ? MARCUS : POOLED_SALES_USER_ID,
        StageName: i % 4 === 0 ? "Closed Won" : "1-Discovery",
        CloseDate: iso(t + 30 * DAY).slice(0, 10),
        Amount: 1000 + i,
        NextStep: aeOwned ? "Ultimate Upgrade: trial" : null,
        Type: aeOwned ? "Upgrade" : "Renewal",
        CreatedDate: iso(t - (60 + i) * DAY),
        CreatedById: POOLED_SALES_USER_ID,
      });
      task(null, contactId, t - ((i * 50 * DAY) / size + DAY), i);
    }
    accounts[size] = { accountId, caseId: pooledCase({ AccountId: accountId, ContactId: contactId, Priority: "Medium", created: t - 2 * 60 * MINUTE }) };
  }

  // Cases Avery claimed two days ago, with 10, 100 and 1,000 activities over two years.
  const claimedAt = t - 2 * DAY;
  const busyCases = {} as ScaleSeed["busyCases"];
  for (const count of ACTIVITY_COUNTS) {
    const busyAccount = account(`Scale Busy Account ${count}`);
    const busyContact = contact(busyAccount, `Busy${count}`);
    const busy = pooledCase({ AccountId: busyAccount, ContactId: busyContact, OwnerId: AVERY, Status: "In Progress", First_Responded_Date__c: iso(claimedAt), created: t - 2 * DAY - 3 * 60 * MINUTE });
    CaseHistory.push({ Id: makeId("017", 900_000 + count), CaseId: busy, Field: "Owner", OldValue: QUEUE_IDS.amer, NewValue: AVERY, CreatedDate: iso(claimedAt), CreatedById: AVERY });
    for (let i = 0; i < count; i++) task(busy, busyContact, claimedAt - ((count - 1 - i) * 730 * DAY) / count + (i === count - 1 ? 3 * 60 * MINUTE : 0), i);
    busyCases[count] = busy;
  }

  return {
    seed: { ...base, records: { ...base.records, Account, Contact, Case, Opportunity, Task, CaseHistory } as OrgSeed["records"] },
    accounts,
    busyCases,
  };
}
