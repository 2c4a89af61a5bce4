import type { Connection } from "jsforce";

import { DEFAULT_PROFILE } from "../../domain/org-profile";
import { orgNames } from "../query/org-names";
import { SalesforceError } from "../composite";
import { toAppError } from "../salesforce-error";
import { CaseNotFound } from "./case-summary";
import { getCasePanel } from "./get-case-panel";

/** What jsforce's Connection.request was called with. */
interface RequestInfo {
  method: string;
  url: string;
  body: string;
  headers: Record<string, string>;
}
interface CompositeBody {
  allOrNone: boolean;
  compositeRequest: Array<{ referenceId: string; method: string; url: string }>;
}
interface SubAnswer {
  referenceId: string;
  httpStatusCode: number;
  body: unknown;
  httpHeaders: Record<string, string>;
}

/** A jsforce Connection whose request() records its argument and answers each subrequest from a table. */
function fakeConnection(answers: Record<string, SubAnswer>) {
  const calls: RequestInfo[] = [];
  const connection = {
    request: async (request: RequestInfo) => {
      calls.push(request);
      const body = JSON.parse(request.body) as CompositeBody;
      return { compositeResponse: body.compositeRequest.map((sub) => answers[sub.referenceId] ?? ok(sub.referenceId, records())) };
    },
  } as unknown as Connection;
  return { connection, calls, composite: () => JSON.parse(calls[0]!.body) as CompositeBody };
}

const ok = (referenceId: string, body: unknown): SubAnswer => ({ referenceId, httpStatusCode: 200, body, httpHeaders: {} });
const failed = (referenceId: string, errorCode: string, message: string, status = 400): SubAnswer => ({
  referenceId,
  httpStatusCode: status,
  body: [{ errorCode, message }],
  httpHeaders: {},
});
const records = (...rows: unknown[]) => ({ totalSize: rows.length, done: true, records: rows });
const child = (...rows: unknown[]) => records(...rows);
const attributes = (type: string, id?: string) => ({ type, ...(id ? { url: `/services/data/v62.0/sobjects/${type}/${id}` } : {}) });

const CASE_ID = "5008X00002CytL1QAJ";
const QUEUE_ID = "00G8X000000AbCdUAK";
const ME_ID = "0058X00000AvErYQAV";
const POOLED_USER_ID = "0058X00000F1YFqQAN";
const CONTACT_ID = "0038X00000AbCdEQAV";
const ACCOUNT_ID = "001A0000006Vm9rIAC";
const ORG = orgNames(DEFAULT_PROFILE, null);

const task = (id: string, fields: Record<string, unknown>) => ({
  attributes: attributes("Task", id),
  Id: id,
  Subject: null,
  TaskSubtype: "Task",
  Type: null,
  ActivityDate: null,
  CompletedDateTime: null,
  CreatedDate: "2026-11-01T00:00:00.000+0000",
  ...fields,
});
const owner = (name: string) => ({ attributes: attributes("Name"), Name: name });
const DAY1_EMAIL = task("00T8X00000Tsk01UAB", { Subject: "Email: Your quote", TaskSubtype: "Email", ActivityDate: "2026-11-16", CompletedDateTime: "2026-11-16T16:00:00.000+0000", CreatedDate: "2026-11-16T16:00:00.000+0000", Owner: owner("Avery Chen") });
/** Logged with both WhatId (the case) and WhoId (the contact): Salesforce returns it under both. */
const DAY3_CALL = task("00T8X00000Tsk02UAB", { Subject: "Call: No answer", TaskSubtype: "Call", Type: "Call", ActivityDate: "2026-11-18", CompletedDateTime: "2026-11-18T15:10:00.000+0000", CreatedDate: "2026-11-18T15:10:00.000+0000", CallDisposition: "No answer", Owner: owner("Avery Chen") });
/** An older task on the contact, completed before CompletedDateTime was stamped: only its ActivityDate is known. */
const CONTACT_EMAIL = task("00T8X00000Tsk03UAB", { Subject: "Intro", TaskSubtype: "Email", ActivityDate: "2026-11-15", CreatedDate: "2026-11-17T09:00:00.000+0000" });

const history = (oldValue: string, newValue: string, createdDate: string) => ({ attributes: attributes("CaseHistory"), Field: "Owner", OldValue: oldValue, NewValue: newValue, CreatedDate: createdDate });

/** The case as Salesforce's query answers it: claimed by Avery from the queue on Monday. */
function caseRecord(fields: Record<string, unknown> = {}) {
  return {
    attributes: attributes("Case", CASE_ID),
    Id: CASE_ID,
    CaseNumber: "00001042",
    Subject: "Contact Us Form Response - Northwind",
    Description: "We would like a quote for 20 more seats.",
    Status: "In Progress",
    IsClosed: false,
    Priority: "High",
    Origin: "Web Form",
    CreatedDate: "2026-11-16T14:00:00.000+0000",
    LastModifiedDate: "2026-11-18T15:10:00.000+0000",
    OwnerId: ME_ID,
    Owner: { attributes: attributes("Name", ME_ID), Name: "Avery Chen", Type: "User" },
    Account: { attributes: attributes("Account", ACCOUNT_ID), Id: ACCOUNT_ID, Name: "Northwind Traders" },
    Contact: { attributes: attributes("Contact", CONTACT_ID), Id: CONTACT_ID, Name: "Ana Trujillo", FirstName: "Ana", Email: "ana@northwind.example", Phone: "+1 (555) 010-2030" },
    RecordType: { attributes: attributes("RecordType"), DeveloperName: "Pooled_Sales_Case" },
    Reason: "Expansion",
    Notes__c: "Quote sent.",
    Resolution_Action__c: null,
    Web_Form_Details__c: "Company: Northwind\nHow can we help?: We need 20 more seats.",
    First_Responded_Date__c: "2026-11-16T15:45:00.000+0000",
    ClosedDate: null,
    Opportunity__r: { attributes: attributes("Opportunity", "0068X00000Opp01QAB"), Id: "0068X00000Opp01QAB", Name: "Northwind add-on", StageName: "Discovery", IsClosed: false },
    Tasks: child(DAY1_EMAIL, DAY3_CALL),
    Histories: child(
      // Salesforce writes two rows per owner change: names, and ids. Only the ids say queue -> user.
      history("Pooled Sales Queue", "Avery Chen", "2026-11-16T15:30:00.000+0000"),
      history(QUEUE_ID, ME_ID, "2026-11-16T15:30:00.000+0000"),
    ),
    ...fields,
  };
}

const contactRecord = (tasks: unknown) => ({ attributes: attributes("Contact", CONTACT_ID), Id: CONTACT_ID, Tasks: tasks });

function accountRecord(fields: Record<string, unknown> = {}) {
  return {
    attributes: attributes("Account", ACCOUNT_ID),
    Id: ACCOUNT_ID,
    Name: "Northwind Traders",
    CARR__c: 3200,
    Pooled_Region__c: "AMER",
    Type: "Customer",
    OwnerId: POOLED_USER_ID,
    Owner: { attributes: attributes("User", POOLED_USER_ID), Name: "Pooled Sales User" },
    Cases: child(
      { attributes: attributes("Case", CASE_ID), Id: CASE_ID, CaseNumber: "00001042", Subject: "Contact Us Form Response - Northwind", Status: "In Progress", IsClosed: false, CreatedDate: "2026-11-16T14:00:00.000+0000", OwnerId: ME_ID, Owner: { Name: "Avery Chen", Type: "User" }, RecordType: { DeveloperName: "Pooled_Sales_Case" } },
      { attributes: attributes("Case", "5008X00002OtherQAB"), Id: "5008X00002OtherQAB", CaseNumber: "00000990", Subject: "PQL Hand Raise", Status: "New", IsClosed: false, CreatedDate: "2026-11-10T14:00:00.000+0000", OwnerId: QUEUE_ID, Owner: { Name: "Pooled Sales Queue", Type: "Queue" }, RecordType: { DeveloperName: "Pooled_Sales_Case" } },
      { attributes: attributes("Case", "5008X00002Queu1QAB"), Id: "5008X00002Queu1QAB", CaseNumber: "00000991", Subject: "Login problem", Status: "New", IsClosed: false, CreatedDate: "2026-11-11T14:00:00.000+0000", OwnerId: "0058X00000BlakeQAB", Owner: null, RecordType: null },
    ),
    Opportunities: child({ attributes: attributes("Opportunity", "0068X00000Opp02QAB"), Id: "0068X00000Opp02QAB", Name: "Northwind Ultimate Upgrade", NextStep: "Ultimate Upgrade", StageName: "Negotiating", IsClosed: false, CreatedDate: "2026-11-01T14:00:00.000+0000", OwnerId: "0058X00000BlakeQAB", Owner: { Name: "Blake Ruiz" } }),
    ...fields,
  };
}

const queueRow = (id: string, caseNumber: string, priority: string, createdDate: string) => ({ attributes: attributes("Case", id), Id: id, CaseNumber: caseNumber, Subject: `Case ${caseNumber}`, Priority: priority, CreatedDate: createdDate });

/** A full, successful answer; override a subrequest to change one part. */
function answers(overrides: Partial<Record<"case" | "contact" | "account" | "queueHigh" | "queueRest", SubAnswer>> = {}): Record<string, SubAnswer> {
  return {
    case: ok("case", records(caseRecord())),
    contact: ok("contact", records(contactRecord(child(DAY3_CALL, CONTACT_EMAIL)))),
    account: ok("account", records(accountRecord())),
    // Salesforce answers these empty while a user owns the case (Owner.Type = 'Queue'); the panel ignores them then anyway.
    queueHigh: ok("queueHigh", records()),
    queueRest: ok("queueRest", records(queueRow("5008X00002Queu2QAB", "00001050", "Low", "2026-11-17T14:00:00.000+0000"))),
    ...overrides,
  };
}

const decodeSoql = (url: string) => decodeURIComponent(url.split("?q=")[1] ?? "");

describe("getCasePanel: the request", () => {
  it("reads everything in one Composite request with at most 5 queries", async () => {
    const { connection, calls, composite } = fakeConnection(answers());
    await getCasePanel(connection, "5008X00002CytL1", ORG);

    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ method: "POST", url: "/services/data/v62.0/composite", headers: { "Content-Type": "application/json" } });
    const { allOrNone, compositeRequest } = composite();
    expect(allOrNone).toBe(false);
    expect(compositeRequest.map((sub) => sub.referenceId)).toEqual(["case", "contact", "account", "queueHigh", "queueRest"]);
    const queries = compositeRequest.filter((sub) => sub.url.startsWith("/services/data/v62.0/query?q="));
    expect(queries.length).toBe(compositeRequest.length);
    expect(queries.length).toBeLessThanOrEqual(5);
    expect(compositeRequest.every((sub) => sub.method === "GET")).toBe(true);
  });

  it("queries by the 18-character id and lets Salesforce fill in the owner for the queue queries", async () => {
    const { connection, composite } = fakeConnection(answers());
    await getCasePanel(connection, "5008X00002CytL1", ORG);

    const [caseQuery, contactQuery, accountQuery, highQuery, restQuery] = composite().compositeRequest.map((sub) => sub.url);
    expect(decodeSoql(caseQuery!)).toMatch(/FROM Case WHERE Id = '5008X00002CytL1QAJ' LIMIT 1$/);
    expect(decodeSoql(caseQuery!)).toContain("FROM Histories WHERE Field = 'Owner' ORDER BY CreatedDate DESC");
    expect(decodeSoql(contactQuery!)).toContain("FROM Contact WHERE Id IN (SELECT ContactId FROM Case WHERE Id = '5008X00002CytL1QAJ')");
    expect(decodeSoql(accountQuery!)).toContain("FROM Account WHERE Id IN (SELECT AccountId FROM Case WHERE Id = '5008X00002CytL1QAJ')");
    // A composite reference must reach Salesforce as written, not percent-encoded.
    for (const queue of [highQuery!, restQuery!]) {
      expect(queue).toContain("OwnerId%20%3D%20'@{case.records[0].OwnerId}'");
      // Only while a queue owns the case, never this case itself, the oldest first, one row.
      expect(decodeSoql(queue)).toMatch(/ AND Owner\.Type = 'Queue' AND IsClosed = false AND Id != '5008X00002CytL1QAJ' AND .* ORDER BY CreatedDate ASC, Id ASC LIMIT 1$/);
    }
    expect(decodeSoql(highQuery!)).toContain("AND Priority = 'High' ORDER BY");
    expect(decodeSoql(restQuery!)).toContain("AND (Priority != 'High' OR Priority = null) ORDER BY");
  });

  it("reads only the rows the panel uses, however many the case and its account hold", async () => {
    const { connection, composite } = fakeConnection(answers());
    await getCasePanel(connection, CASE_ID, ORG);
    const [caseQuery, contactQuery, accountQuery] = composite().compositeRequest.map((sub) => decodeSoql(sub.url));
    // The most recent activities (the cadence needs the recent ones), the latest owner changes (the SLA's start, the claim).
    expect(caseQuery).toContain("FROM Tasks WHERE IsClosed = true ORDER BY CreatedDate DESC LIMIT 20)");
    expect(caseQuery).toContain("FROM Histories WHERE Field = 'Owner' ORDER BY CreatedDate DESC LIMIT 20)");
    // The contact's recent ones on other records only: the case's own are in its Tasks.
    expect(contactQuery).toContain(`FROM Tasks WHERE IsClosed = true AND CreatedDate = LAST_N_DAYS:60 AND WhatId != '${CASE_ID}' ORDER BY CreatedDate DESC LIMIT 20)`);
    // Conflicts come only from open pooled cases owned by an AE, and open upgrade opportunities.
    expect(accountQuery).toContain(
      "FROM Cases WHERE IsClosed = false AND RecordType.DeveloperName = 'Pooled_Sales_Case' AND Owner.Type = 'User' AND Owner.Name NOT IN ('Pooled Sales User') ORDER BY CreatedDate ASC LIMIT 5)",
    );
    expect(accountQuery).toContain("FROM Opportunities WHERE IsClosed = false AND ((Name LIKE '%Ultimate%Upgrade%' OR NextStep LIKE '%Ultimate%Upgrade%')) ORDER BY CreatedDate ASC LIMIT 5)");
  });
});

describe("getCasePanel: mapping Salesforce's answer", () => {
  it("maps a claimed case with its activities, account, other cases and opportunities", async () => {
    const { connection } = fakeConnection(answers());
    const data = await getCasePanel(connection, CASE_ID, ORG);

    expect(data.case).toEqual({
      id: CASE_ID,
      caseNumber: "00001042",
      subject: "Contact Us Form Response - Northwind",
      description: "We would like a quote for 20 more seats.",
      status: "In Progress",
      isClosed: false,
      priority: "High",
      origin: "Web Form",
      createdDate: "2026-11-16T14:00:00.000+0000",
      lastModifiedDate: "2026-11-18T15:10:00.000+0000",
      recordType: "Pooled_Sales_Case",
      owner: { id: ME_ID, name: "Avery Chen", isQueue: false },
      account: { id: ACCOUNT_ID, name: "Northwind Traders" },
      contact: { id: CONTACT_ID, name: "Ana Trujillo", firstName: "Ana", email: "ana@northwind.example", phone: "+1 (555) 010-2030" },
      reason: "Expansion",
      notes: "Quote sent.",
      resolutionAction: null,
      webFormDetails: "Company: Northwind\nHow can we help?: We need 20 more seats.",
      firstRespondedDate: "2026-11-16T15:45:00.000+0000",
      closedDate: null,
      claimedAt: "2026-11-16T15:30:00.000+0000",
      relatedOpportunity: { id: "0068X00000Opp01QAB", name: "Northwind add-on", stageName: "Discovery", isClosed: false },
      // The row with ids only, the id in its 18-character form.
      ownerHistory: { changes: [{ at: "2026-11-16T15:30:00.000Z", from: QUEUE_ID, to: ME_ID }], truncated: false },
    });
    expect(data.account).toEqual({ id: ACCOUNT_ID, name: "Northwind Traders", carr: 3200, region: "AMER", type: "Customer", owner: { id: POOLED_USER_ID, name: "Pooled Sales User" } });
    expect(data.otherCases).toEqual([
      {
        id: "5008X00002OtherQAB",
        caseNumber: "00000990",
        subject: "PQL Hand Raise",
        status: "New",
        isClosed: false,
        isPooled: true,
        createdDate: "2026-11-10T14:00:00.000+0000",
        owner: { id: QUEUE_ID, name: "Pooled Sales Queue", isQueue: true },
      },
      {
        id: "5008X00002Queu1QAB",
        caseNumber: "00000991",
        subject: "Login problem",
        status: "New",
        isClosed: false,
        isPooled: false,
        createdDate: "2026-11-11T14:00:00.000+0000",
        owner: { id: "0058X00000BlakeQAB", name: null, isQueue: false },
      },
    ]);
    expect(data.opportunities).toEqual([
      {
        id: "0068X00000Opp02QAB",
        name: "Northwind Ultimate Upgrade",
        nextStep: "Ultimate Upgrade",
        stageName: "Negotiating",
        isClosed: false,
        createdDate: "2026-11-01T14:00:00.000+0000",
        owner: { id: "0058X00000BlakeQAB", name: "Blake Ruiz" },
      },
    ]);
    expect(data.queueCases).toEqual([]);
  });

  it("merges the case's and the contact's activities once each, oldest first", async () => {
    const { connection } = fakeConnection(answers());
    const { activities } = await getCasePanel(connection, CASE_ID, ORG);

    expect(activities).toEqual([
      // Whose Task it is, and a call's Call Result, for the step's timeline; a Task whose owner is not readable has none.
      { id: "00T8X00000Tsk03UAB", kind: "email", subject: "Intro", at: "2026-11-15T12:00:00.000Z", on: "contact", by: null, outcome: null },
      { id: "00T8X00000Tsk01UAB", kind: "email", subject: "Email: Your quote", at: "2026-11-16T16:00:00.000+0000", on: "case", by: "Avery Chen", outcome: null },
      { id: "00T8X00000Tsk02UAB", kind: "call", subject: "Call: No answer", at: "2026-11-18T15:10:00.000+0000", on: "case", by: "Avery Chen", outcome: "No answer" },
    ]);
  });

  it("knows a call logged as a plain task by its Type, and a plain task as other", async () => {
    const plainCall = task("00T8X00000Tsk04UAB", { TaskSubtype: "Task", Type: "Call", CreatedDate: "2026-11-19T10:00:00.000+0000" });
    const plainTask = task("00T8X00000Tsk05UAB", { TaskSubtype: "Task", Type: "Other", CreatedDate: "2026-11-19T11:00:00.000+0000" });
    const { connection } = fakeConnection(answers({ case: ok("case", records(caseRecord({ Tasks: child(plainCall, plainTask) }))), contact: ok("contact", records()) }));
    const { activities } = await getCasePanel(connection, CASE_ID, ORG);
    expect(activities.map((activity) => activity.kind)).toEqual(["call", "other"]);
  });

  it("reads Salesforce's null child subqueries as empty lists, and falls back to First Responded for the claim", async () => {
    const { connection } = fakeConnection(
      answers({
        case: ok("case", records(caseRecord({ Tasks: null, Histories: null, Opportunity__r: null }))),
        contact: ok("contact", records(contactRecord(null))),
        account: ok("account", records(accountRecord({ Cases: null, Opportunities: null }))),
      }),
    );
    const data = await getCasePanel(connection, CASE_ID, ORG);

    expect(data.activities).toEqual([]);
    expect(data.otherCases).toEqual([]);
    expect(data.opportunities).toEqual([]);
    expect(data.case.relatedOpportunity).toBeNull();
    expect(data.case.claimedAt).toBe("2026-11-16T15:45:00.000+0000");
  });

  it("takes the first move from a queue to a user as the claim, not a later reassignment", async () => {
    const histories = child(
      history(QUEUE_ID, ME_ID, "2026-11-16T15:30:00.000+0000"),
      history(ME_ID, "0058X00000BlakeQAB", "2026-11-17T10:00:00.000+0000"),
    );
    const { connection } = fakeConnection(answers({ case: ok("case", records(caseRecord({ Histories: histories, OwnerId: "0058X00000BlakeQAB" }))) }));
    expect((await getCasePanel(connection, CASE_ID, ORG)).case.claimedAt).toBe("2026-11-16T15:30:00.000+0000");
  });

  it("ignores owner changes between users and from a user to the queue", async () => {
    const histories = child(
      history("0058X00000BlakeQAB", "0058X00000F1YFqQAN", "2026-11-16T14:05:00.000+0000"),
      history("0058X00000F1YFqQAN", QUEUE_ID, "2026-11-16T14:10:00.000+0000"),
      history(QUEUE_ID, ME_ID, "2026-11-17T09:00:00.000+0000"),
    );
    const { connection } = fakeConnection(answers({ case: ok("case", records(caseRecord({ Histories: histories }))) }));
    expect((await getCasePanel(connection, CASE_ID, ORG)).case.claimedAt).toBe("2026-11-17T09:00:00.000+0000");
  });

  it("reads the owner history latest first: the first claim still counts, and a full read says older rows may be missing", async () => {
    // As Salesforce answers ORDER BY CreatedDate DESC: the move back to the queue, then the claim.
    const latestFirst = child(history(ME_ID, QUEUE_ID, "2026-11-18T14:00:00.000+0000"), history(QUEUE_ID, ME_ID, "2026-11-16T15:30:00.000+0000"));
    const { connection } = fakeConnection(answers({ case: ok("case", records(caseRecord({ Histories: latestFirst, OwnerId: QUEUE_ID }))) }));
    const read = (await getCasePanel(connection, CASE_ID, ORG)).case;
    expect(read.ownerHistory).toEqual({ changes: [{ at: "2026-11-18T14:00:00.000Z", from: ME_ID, to: QUEUE_ID }, { at: "2026-11-16T15:30:00.000Z", from: QUEUE_ID, to: ME_ID }], truncated: false });

    const full = child(...Array.from({ length: 20 }, (_, n) => history(n % 2 ? QUEUE_ID : ME_ID, n % 2 ? ME_ID : QUEUE_ID, `2026-11-${String(20 - Math.floor(n / 2)).padStart(2, "0")}T10:00:00.000+0000`)));
    const answer = fakeConnection(answers({ case: ok("case", records(caseRecord({ Histories: full }))) }));
    const claimed = (await getCasePanel(answer.connection, CASE_ID, ORG)).case;
    expect(claimed.ownerHistory.truncated).toBe(true);
    expect(claimed.claimedAt).toBe("2026-11-11T10:00:00.000+0000");
  });

  it("has no claim time when neither history nor First Responded tells one", async () => {
    const { connection } = fakeConnection(answers({ case: ok("case", records(caseRecord({ Histories: null, First_Responded_Date__c: null }))) }));
    expect((await getCasePanel(connection, CASE_ID, ORG)).case.claimedAt).toBeNull();
  });

  it("maps a case without a contact: no contact, only the case's activities", async () => {
    const { connection } = fakeConnection(
      answers({
        case: ok("case", records(caseRecord({ Contact: null, Tasks: child(DAY1_EMAIL) }))),
        contact: ok("contact", records()),
      }),
    );
    const data = await getCasePanel(connection, CASE_ID, ORG);

    expect(data.case.contact).toBeNull();
    expect(data.activities.map((a) => [a.id, a.on])).toEqual([["00T8X00000Tsk01UAB", "case"]]);
  });

  it("maps a case without an account: no account, no other cases, no opportunities", async () => {
    const { connection } = fakeConnection(
      answers({
        case: ok("case", records(caseRecord({ Account: null }))),
        account: ok("account", records()),
      }),
    );
    const data = await getCasePanel(connection, CASE_ID, ORG);

    expect(data.case.account).toBeNull();
    expect(data.account).toBeNull();
    expect(data.otherCases).toEqual([]);
    expect(data.opportunities).toEqual([]);
  });

  it("a queue-owned case: unclaimed, with the first other case of each tier waiting in its queue", async () => {
    const { connection } = fakeConnection(
      answers({
        case: ok(
          "case",
          records(
            caseRecord({
              OwnerId: QUEUE_ID,
              Owner: { attributes: attributes("Name", QUEUE_ID), Name: "Pooled Sales Queue", Type: "Queue" },
              Status: "New",
              First_Responded_Date__c: null,
              // Claimed once, then sent back to the queue: it is not claimed now.
              Histories: child(history(QUEUE_ID, ME_ID, "2026-11-16T15:30:00.000+0000"), history(ME_ID, QUEUE_ID, "2026-11-16T16:00:00.000+0000")),
            }),
          ),
        ),
        queueHigh: ok("queueHigh", records(queueRow("5008X00002Queu3QAB", "00001060", "High", "2026-11-18T14:00:00.000+0000"))),
      }),
    );
    const data = await getCasePanel(connection, CASE_ID, ORG);

    expect(data.case.owner).toEqual({ id: QUEUE_ID, name: "Pooled Sales Queue", isQueue: true });
    expect(data.case.claimedAt).toBeNull();
    expect(data.queueCases).toEqual([
      { id: "5008X00002Queu3QAB", caseNumber: "00001060", subject: "Case 00001060", priority: "High", createdDate: "2026-11-18T14:00:00.000+0000" },
      { id: "5008X00002Queu2QAB", caseNumber: "00001050", subject: "Case 00001050", priority: "Low", createdDate: "2026-11-17T14:00:00.000+0000" },
    ]);
  });

  it("knows a queue by its 00G id when Owner.Type is not readable", async () => {
    const { connection } = fakeConnection(answers({ case: ok("case", records(caseRecord({ OwnerId: QUEUE_ID, Owner: null }))) }));
    const data = await getCasePanel(connection, CASE_ID, ORG);
    expect(data.case.owner).toEqual({ id: QUEUE_ID, name: null, isQueue: true });
    expect(data.queueCases.map((q) => q.caseNumber)).toEqual(["00001050"]);
  });
});

describe("getCasePanel: errors", () => {
  it("throws CaseNotFound when the case query has no rows, though the queue subrequests failed too", async () => {
    const unresolved = "Invalid reference specified. No value for case.records[0].OwnerId found in case.";
    const { connection } = fakeConnection(
      answers({
        case: ok("case", records()),
        queueHigh: failed("queueHigh", "PROCESSING_HALTED", unresolved),
        queueRest: failed("queueRest", "PROCESSING_HALTED", unresolved),
      }),
    );
    const error = await getCasePanel(connection, CASE_ID, ORG).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(CaseNotFound);
    expect(toAppError(error, "https://acme.my.salesforce.com")).toEqual({ kind: "not-found", errorCode: "NOT_FOUND", message: `Case ${CASE_ID} was not found, or you do not have access to it.` });
  });

  it("surfaces a failed subrequest's errorCode and message", async () => {
    const message = "No such column 'CARR__c' on entity 'Account'. If you are attempting to use a custom field, be sure to append the '__c' after the custom field name.";
    const { connection } = fakeConnection(answers({ account: failed("account", "INVALID_FIELD", message) }));
    const error = await getCasePanel(connection, CASE_ID, ORG).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(SalesforceError);
    expect(error).toMatchObject({ errorCode: "INVALID_FIELD", message, referenceId: "account" });
    expect(toAppError(error, "https://acme.my.salesforce.com")).toEqual({ kind: "salesforce", errorCode: "INVALID_FIELD", message });
  });

  it("reports the real failure, not the PROCESSING_HALTED it caused", async () => {
    const halted = failed("queueHigh", "PROCESSING_HALTED", "Invalid reference specified. No value for case.records[0].OwnerId found in case.");
    const broken = failed("case", "INVALID_FIELD", "No such column 'Notes__c' on entity 'Case'.");
    const { connection } = fakeConnection(answers({ case: broken, queueHigh: halted, queueRest: { ...halted, referenceId: "queueRest" } }));
    await expect(getCasePanel(connection, CASE_ID, ORG)).rejects.toMatchObject({ errorCode: "INVALID_FIELD", message: "No such column 'Notes__c' on entity 'Case'." });
  });

  it("a session that expired mid-request becomes a log-in prompt", async () => {
    const { connection } = fakeConnection(answers({ case: failed("case", "INVALID_SESSION_ID", "Session expired or invalid", 401) }));
    const error = await getCasePanel(connection, CASE_ID, ORG).catch((e: unknown) => e);
    expect(toAppError(error, "https://acme.my.salesforce.com/")).toMatchObject({ kind: "session", errorCode: "INVALID_SESSION_ID", loginUrl: "https://acme.my.salesforce.com/" });
  });
});

describe("getCasePanel on an org with other names", () => {
  const acme = structuredClone(DEFAULT_PROFILE);
  acme.case.recordType = "SMB_Pool_Case";
  acme.case.fields = { notes: "AE_Notes__c", resolutionAction: "Outcome__c", webFormDetails: null, firstResponded: "First_Response_At__c", timeToFirstResponse: null };
  acme.case.opportunity = { kind: "lookup", field: "Related_Opportunity__c" };
  acme.account.fields = { carr: "ARR_Current__c", region: null };
  const names = orgNames(acme, null);

  it("asks for the org's own fields, and leaves out the ones it has none for", async () => {
    const { connection, composite } = fakeConnection(answers());
    await getCasePanel(connection, CASE_ID, names);
    const [caseQuery, , accountQuery] = composite().compositeRequest.map((sub) => decodeSoql(sub.url));
    expect(caseQuery).toContain("AE_Notes__c, Outcome__c, First_Response_At__c, Related_Opportunity__r.Id, Related_Opportunity__r.Name");
    expect(caseQuery).not.toMatch(/\bNotes__c|Web_Form|\bOpportunity__r\.|Resolution_Action__c/);
    expect(accountQuery).toContain("ARR_Current__c");
    expect(accountQuery).not.toMatch(/CARR__c|Pooled_Region__c/);
  });

  it("reads the values from those fields, and nulls what the org has no field for", async () => {
    const record = caseRecord({ AE_Notes__c: "Called Tuesday.", Outcome__c: "Won", First_Response_At__c: "2026-11-16T15:00:00.000+0000", RecordType: { DeveloperName: "SMB_Pool_Case" } });
    const account = accountRecord({ ARR_Current__c: 1800 });
    const { connection } = fakeConnection(answers({ case: ok("case", records(record)), account: ok("account", records(account)) }));
    const data = await getCasePanel(connection, CASE_ID, names);
    expect(data.case).toMatchObject({ notes: "Called Tuesday.", resolutionAction: "Won", firstRespondedDate: "2026-11-16T15:00:00.000+0000", webFormDetails: null, relatedOpportunity: null });
    expect(data.account).toMatchObject({ carr: 1800, region: null });
    // Pooled means the org's own record type: the demo's Pooled_Sales_Case rows are not.
    expect(data.otherCases.map((other) => other.isPooled)).toEqual([false, false]);
  });

  it("finds the related opportunity by the profile's rule when the org has no lookup", async () => {
    const byRule = orgNames({ ...acme, case: { ...acme.case, opportunity: { kind: "account-open-opportunity", nameContains: "ultimate" } } }, null);
    const { connection, composite } = fakeConnection(answers());
    const data = await getCasePanel(connection, CASE_ID, byRule);
    expect(decodeSoql(composite().compositeRequest[0]!.url)).not.toContain("__r.");
    // The account's opportunities the rule may pick are read too, besides the upgrade mark's.
    expect(decodeSoql(composite().compositeRequest[2]!.url)).toContain("OR Name LIKE '%ultimate%') ORDER BY CreatedDate ASC LIMIT 5)");
    expect(data.case.relatedOpportunity).toEqual({ id: "0068X00000Opp02QAB", name: "Northwind Ultimate Upgrade", stageName: "Negotiating", isClosed: false });
  });
});
