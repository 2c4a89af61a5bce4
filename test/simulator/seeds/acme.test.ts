/**
 * The acme org: its own schema everywhere (describe, SOQL, writes), its own automation
 * names, and a day's work in its data.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { classifyTrigger } from "../../../src/domain/trigger/classify-trigger";
import { DEFAULT_PROFILE } from "../../../src/domain/org-profile/default-profile";
import { createSimulator, type Simulator } from "../index";
import { api, q } from "../fixtures/harness";
import {
  ACME_ACCOUNTS,
  ACME_APP,
  ACME_CASES,
  ACME_OPPORTUNITIES,
  ACME_USERS,
  acmeSeed,
  BUSINESS_HOURS,
  HOLIDAY_NAME,
  holidayDate,
  PERMISSION_SET,
  POOL_OWNER,
  QUEUES,
  RECORD_TYPES,
  STATUSES,
} from "./acme";
import { demoSeed } from "./demo";
import { OrgStore } from "../store";

const NOW = new Date("2026-03-10T17:00:00Z");
let sim: Simulator;
let call: ReturnType<typeof api>;
beforeAll(async () => {
  sim = await createSimulator({ seed: acmeSeed(NOW), tls: false, now: () => NOW });
  call = api(sim, sim.login(ACME_USERS.jamieOrtiz.username, { clientId: ACME_APP.consumerKey }));
});
afterAll(() => sim.close());

/** The seed as loaded, untouched by the tests that write through the API. */
const seeded = new OrgStore(acmeSeed(NOW), () => NOW);
const rows = (soql: string) => seeded.query(soql).records as Array<Record<string, any>>;

describe("the acme org's schema", () => {
  it("describes its own custom fields, labels and relationships, and none of the demo org's", async () => {
    const cases = await call("GET", "/sobjects/Case/describe");
    const fields = new Map<string, any>(cases.body.fields.map((f: { name: string }) => [f.name, f]));
    expect([...fields.values()].filter((f) => f.custom).map((f) => [f.name, f.label, f.type])).toEqual([
      ["Related_Deal__c", "Related Deal", "reference"],
      ["Rep_Notes__c", "Rep Notes", "textarea"],
      ["Outcome__c", "Outcome", "picklist"],
      ["Form_Submission__c", "Form Submission", "textarea"],
      ["First_Touch_At__c", "First Touch", "datetime"],
      ["Hours_To_First_Touch__c", "Hours to First Touch", "double"],
    ]);
    expect(fields.get("Related_Deal__c")).toMatchObject({ relationshipName: "Related_Deal__r", referenceTo: ["Opportunity"] });
    expect(fields.get("Status").picklistValues.map((p: { value: string }) => p.value)).toEqual(STATUSES.map((s) => s.apiName));
    expect(fields.has("Notes__c")).toBe(false);
    const account = await call("GET", "/sobjects/Account/describe");
    const carr = account.body.fields.find((f: { label: string }) => f.label === "CARR");
    expect(carr).toMatchObject({ name: "Contracted_ARR__c", type: "currency", custom: true });
    const user = await call("GET", "/sobjects/User/describe");
    expect(user.body.fields.filter((f: { custom: boolean }) => f.custom)).toEqual([]);
    const global = await call("GET", "/sobjects");
    expect(global.body.sobjects.map((o: { name: string }) => o.name)).toEqual(expect.arrayContaining(["GroupMember", "PermissionSet", "PermissionSetAssignment"]));
  });

  it("answers INVALID_FIELD to the demo org's field names, in queries and in writes", async () => {
    const query = await call("GET", q("SELECT Id, Notes__c FROM Case"));
    expect(query.status).toBe(400);
    expect(query.body[0]).toMatchObject({ errorCode: "INVALID_FIELD" });
    expect(query.body[0].message).toContain("No such column 'Notes__c' on entity 'Case'");
    expect((await call("GET", q("SELECT Pooled_Region__c FROM User"))).body[0].errorCode).toBe("INVALID_FIELD");
    const write = await call("PATCH", `/sobjects/Case/${ACME_CASES.npsDetractor}`, { Notes__c: "x" });
    expect(write.body).toEqual([{ errorCode: "INVALID_FIELD", message: "No such column 'Notes__c' on sobject of type Case" }]);
    // The demo org still has them: each seed its own schema.
    const demo = await createSimulator({ seed: demoSeed(NOW), tls: false, now: () => NOW });
    try {
      expect(demo.store.query("SELECT Notes__c FROM Case LIMIT 1").records).toHaveLength(1);
      expect(() => demo.store.query("SELECT Rep_Notes__c FROM Case")).toThrow(/No such column 'Rep_Notes__c'/);
    } finally {
      await demo.close();
    }
  });

  it("takes its own picklist values and refuses the demo org's", async () => {
    expect((await call("PATCH", `/sobjects/Case/${ACME_CASES.npsDetractor}`, { Origin: "Gainsight Survey" })).body[0].errorCode).toBe("INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST");
    expect((await call("PATCH", `/sobjects/Case/${ACME_CASES.npsDetractor}`, { Status: "In Progress" })).body[0].errorCode).toBe("INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST");
  });
});

describe("the acme org's automation", () => {
  it("assigns a new Digital Sales Request to its territory's queue unless Sforce-Auto-Assign is FALSE", async () => {
    const base = { Subject: "Inbound Request: Rückruf", Origin: "Phone", RecordTypeId: RECORD_TYPES.digitalSales.id, AccountId: ACME_ACCOUNTS.bergwerk };
    const assigned = await call("POST", "/sobjects/Case", base);
    expect(sim.store.get("Case", assigned.body.id)).toMatchObject({ OwnerId: QUEUES.dach.id, Status: "New" });
    const kept = await call("POST", "/sobjects/Case", base, { "Sforce-Auto-Assign": "FALSE" });
    expect(sim.store.get("Case", kept.body.id)!.OwnerId).toBe(ACME_USERS.jamieOrtiz.userId);
    const support = await call("POST", "/sobjects/Case", { ...base, RecordTypeId: RECORD_TYPES.support.id });
    expect(sim.store.get("Case", support.body.id)!.OwnerId).toBe(ACME_USERS.jamieOrtiz.userId);
  });

  it("stamps the first touch when a case first goes Working, follows CaseStatus for IsClosed, and writes history", async () => {
    const id = ACME_CASES.pqlBreached;
    const claimed = await call("PATCH", `/sobjects/Case/${id}`, { OwnerId: ACME_USERS.jamieOrtiz.userId, Status: "Working" }, { "Sforce-Auto-Assign": "FALSE" });
    expect(claimed.status).toBe(204);
    const c = sim.store.get("Case", id)!;
    expect(c.First_Touch_At__c).toBe("2026-03-10T17:00:00.000+0000");
    expect(c.Hours_To_First_Touch__c).toBeGreaterThan(9);
    const history = sim.store.query(`SELECT Field, OldValue, NewValue FROM CaseHistory WHERE CaseId = '${id}'`).records;
    expect(history).toEqual(expect.arrayContaining([
      expect.objectContaining({ Field: "Owner", OldValue: QUEUES.na.name, NewValue: ACME_USERS.jamieOrtiz.name }),
      expect.objectContaining({ Field: "Status", OldValue: "New", NewValue: "Working" }),
    ]));
    await call("PATCH", `/sobjects/Case/${id}`, { Status: "No_Response", Outcome__c: "No Reply" }, { "Sforce-Auto-Assign": "FALSE" });
    expect(sim.store.get("Case", id)).toMatchObject({ IsClosed: true, ClosedDate: "2026-03-10T17:00:00.000+0000" });
  });

  it("puts a claimed case back in its queue on an update without Sforce-Auto-Assign: FALSE", async () => {
    const id = ACME_CASES.ukiNps;
    await call("PATCH", `/sobjects/Case/${id}`, { OwnerId: ACME_USERS.niamhKelly.userId, Status: "Working" });
    expect(sim.store.get("Case", id)!.OwnerId).toBe(QUEUES.uki.id);
  });
});

describe("the acme org's people", () => {
  it("has its AEs in their pools' queues, the manager by permission set, and no custom User fields", () => {
    const members = (queue: string) => rows(`SELECT Id FROM User WHERE Id IN (SELECT UserOrGroupId FROM GroupMember WHERE Group.DeveloperName = '${queue}')`).map((r) => r.Id).sort();
    expect(members(QUEUES.na.developerName)).toEqual([ACME_USERS.jamieOrtiz, ACME_USERS.taylorBrooks, ACME_USERS.chrisNakamura].map((u) => u.userId).sort());
    expect(members(QUEUES.uki.developerName)).toEqual([ACME_USERS.niamhKelly.userId]);
    expect(members(QUEUES.dach.developerName)).toEqual([ACME_USERS.jonasWeber.userId]);
    const managers = rows(`SELECT Id FROM User WHERE Id IN (SELECT AssigneeId FROM PermissionSetAssignment WHERE PermissionSet.Name = '${PERMISSION_SET.name}')`);
    expect(managers.map((r) => r.Id)).toEqual([ACME_USERS.reneeCalloway.userId]);
    // Like every user, she also holds her profile's permission set.
    const mine = rows(`SELECT PermissionSet.Name, PermissionSet.IsOwnedByProfile FROM PermissionSetAssignment WHERE AssigneeId = '${ACME_USERS.reneeCalloway.userId}' ORDER BY PermissionSet.IsOwnedByProfile`);
    expect(mine.map((r) => [r.PermissionSet.Name === PERMISSION_SET.name, r.PermissionSet.IsOwnedByProfile])).toEqual([[true, false], [false, true]]);
    expect(rows(`SELECT Name, CommunityNickname FROM User WHERE Id = '${POOL_OWNER.userId}'`)[0]).toMatchObject({ Name: "Digital Sales Pool", CommunityNickname: POOL_OWNER.nickname });
  });

  it("has business hours per pool and a holiday inside the open cases' SLA clocks", () => {
    expect(rows("SELECT Name, IsDefault, TimeZoneSidKey FROM BusinessHours ORDER BY Name").map((r) => [r.Name, r.IsDefault, r.TimeZoneSidKey])).toEqual(
      Object.values(BUSINESS_HOURS).map((b) => [b.name, b.name === BUSINESS_HOURS.na.name, b.timeZone]).sort(),
    );
    const [holiday] = rows("SELECT Name, ActivityDate FROM Holiday");
    expect(holiday).toMatchObject({ Name: HOLIDAY_NAME, ActivityDate: holidayDate(NOW.getTime()) });
    const oldest = rows(`SELECT CreatedDate FROM Case WHERE OwnerId = '${QUEUES.na.id}' ORDER BY CreatedDate LIMIT 1`)[0]!;
    expect(String(oldest.CreatedDate).slice(0, 10) < holiday!.ActivityDate).toBe(true);
  });
});

describe("a day's work in the acme data", () => {
  it("has queue cases of several triggers, typed loosely, that the default trigger rules still read", () => {
    const waiting = rows(`SELECT Subject, Origin, Priority, ContactId FROM Case WHERE IsClosed = false AND OwnerId IN (SELECT Id FROM Group WHERE Type = 'Queue')`);
    const triggers = new Set(waiting.map((c) => { const m = classifyTrigger({ subject: c.Subject, origin: c.Origin }, DEFAULT_PROFILE.policy.triggers); return m.kind === "classified" ? m.trigger : "unclassified"; }));
    expect([...triggers].sort()).toEqual(expect.arrayContaining(["contact-us-form", "nps-csat", "post-churn-survey", "pql-hand-raise", "fast-moving-buyer", "expansion-opportunity", "urgent-renewal", "unclassified"]));
    expect(waiting.map((c) => c.Subject)).toEqual(expect.arrayContaining(["NPS/ CSAT Response - Score 4", "Post Churn Survey", "contact us form response - Brightline Dental"]));
    expect(new Set(waiting.map((c) => c.Priority))).toEqual(new Set(["High", "Medium", "Low"]));
    expect(waiting.some((c) => c.ContactId === null)).toBe(true);
  });

  it("has both kinds of conflict", () => {
    const open = rows(`SELECT Owner.Type, Status FROM Case WHERE AccountId = '${ACME_ACCOUNTS.brightline}' AND IsClosed = false`);
    expect(open.map((c) => [c.Owner.Type, c.Status]).sort()).toEqual([["Queue", "New"], ["User", "Working"]]);
    const upgrade = rows(`SELECT Owner.Name, IsClosed FROM Opportunity WHERE AccountId = '${ACME_ACCOUNTS.fjord}' AND Name LIKE '%Ultimate Upgrade%'`);
    expect(upgrade).toEqual([expect.objectContaining({ Owner: expect.objectContaining({ Name: ACME_USERS.chrisNakamura.name }), IsClosed: false })]);
    expect(rows(`SELECT Id FROM Case WHERE AccountId = '${ACME_ACCOUNTS.fjord}' AND IsClosed = false`).map((c) => c.Id)).toEqual([ACME_CASES.expansionUpgradeConflict]);
  });

  it("has pooled accounts with CARR, territory and contacts with phones (one with an extension)", () => {
    const pooled = rows(`SELECT Name, Contracted_ARR__c, Sales_Territory__c FROM Account WHERE OwnerId = '${POOL_OWNER.userId}' AND Id NOT IN (SELECT AccountId FROM Case WHERE IsClosed = false)`);
    expect(pooled.map((a) => a.Name)).toEqual(expect.arrayContaining(["Copper Kettle Bakery", "Tinsel Town Toys"]));
    expect(pooled.every((a) => a.Contracted_ARR__c < 4000 && a.Sales_Territory__c === "North America")).toBe(true);
    const phones = rows("SELECT Phone FROM Contact").map((c) => c.Phone);
    expect(phones).toContain("+1 415 555 0100 ext. 42");
    expect(phones.every((p) => typeof p === "string" && p.length > 6)).toBe(true);
  });

  it("has one closed case per closed status, mid-cadence cases with their history, and a related deal", () => {
    const closed = rows("SELECT Status, Outcome__c FROM Case WHERE IsClosed = true").map((c) => c.Status).sort();
    expect(closed).toEqual(STATUSES.filter((s) => s.isClosed).map((s) => s.apiName).sort());
    const working = rows(`SELECT Id, First_Touch_At__c, (SELECT Field FROM Histories), (SELECT Subject FROM Tasks) FROM Case WHERE Status = 'Working'`);
    expect(working.length).toBeGreaterThanOrEqual(3);
    for (const c of working) {
      expect(c.First_Touch_At__c).toBeTruthy();
      expect(c.Histories.records.map((h: { Field: string }) => h.Field).sort()).toEqual(["Owner", "Owner", "Status"]);
      expect(c.Tasks.totalSize).toBeGreaterThan(0);
    }
    expect(rows(`SELECT Related_Deal__r.Name FROM Case WHERE Id = '${ACME_CASES.closedSolved}'`)[0]!.Related_Deal__r.Name).toContain("Ultimate Upgrade");
    expect(rows(`SELECT Id FROM Opportunity WHERE Id = '${ACME_OPPORTUNITIES.pebbleUpgradeWon}' AND IsWon = true`)).toHaveLength(1);
  });

  it("shows its own custom fields on its Lightning pages", async () => {
    const { lightningPageData } = await import("../pages/page-data");
    const page = lightningPageData(sim.store, ACME_USERS.jamieOrtiz.userId, `/lightning/r/Account/${ACME_ACCOUNTS.kiteKey}/view`);
    expect(page.fields).toEqual(expect.arrayContaining([{ label: "CARR", api: "Contracted_ARR__c", value: "$2,800.00" }, { label: "Sales Territory", api: "Sales_Territory__c", value: "North America" }]));
  });
});
