import type { Connection } from "jsforce";

import { DEFAULT_PROFILE } from "../../domain/org-profile";
import { orgNames } from "../query/org-names";
import { clearMemoryCache } from "../session-cache";
import { createReferral } from "./create-referral";
import { getPooledAccount } from "./get-pooled-account";
import { memoryStorageArea } from "../../../test/support/memory-storage-area";

interface Recorded {
  url: string;
  body: { allOrNone: boolean; compositeRequest: Array<{ referenceId: string; method: string; url: string; body?: any; httpHeaders?: Record<string, string> }> };
}

/** A jsforce Connection that records each composite body and answers from a script. */
function fakeConnection(answer: (body: Recorded["body"]) => unknown) {
  const calls: Recorded[] = [];
  const connection = {
    request: async (req: { url: string; body: string }) => {
      const body = JSON.parse(req.body) as Recorded["body"];
      calls.push({ url: req.url, body });
      return answer(body);
    },
  } as unknown as Connection;
  return { connection, calls };
}


const session = { instanceUrl: "https://acme.my.salesforce.com", accessToken: "00D!token" };
const names = orgNames(DEFAULT_PROFILE, null);
const profile = DEFAULT_PROFILE;
const ok = (referenceId: string, body: unknown, status = 200) => ({ referenceId, httpStatusCode: status, body, httpHeaders: {} });
const records = (...rows: unknown[]) => ({ totalSize: rows.length, done: true, records: rows });

const POOLED_CASE = {
  Id: "5008X0000000013QAA",
  CaseNumber: "00000024",
  Subject: "Inbound Request: Add 5 seats before renewal",
  Status: "In Progress",
  CreatedDate: "2026-11-20T19:00:00.000+0000",
  OwnerId: "0058X0000000002QAA",
  Owner: { Name: "Avery Chen", Type: "User" },
};

const ACCOUNT = {
  Id: "0018X0000000002QAA",
  Name: "Harborview Dental Group",
  Type: "Customer",
  CARR__c: 3200,
  Pooled_Region__c: "AMER",
  OwnerId: "0058X0000000001QAA",
  Owner: { Name: "Pooled Sales User", CommunityNickname: "POOLED USER [ DO NOT CHATTER ]" },
  Cases: records(POOLED_CASE),
  Contacts: records({ Id: "0038X0000000003QAA", Name: "Rosa Alvarez", Email: "rosa.alvarez@harborviewdental.example", Title: "Practice Manager" }),
};

const DESCRIBE = {
  name: "Case",
  recordTypeInfos: [
    { developerName: "Support_Case", recordTypeId: "0128X0000000002QAA", active: true, available: true },
    { developerName: "Pooled_Sales_Case", recordTypeId: "0128X0000000001QAA", active: true, available: true },
  ],
  fields: [
    { name: "Subject", picklistValues: [] },
    {
      name: "Reason",
      picklistValues: [
        { value: "Expansion", label: "Expansion", active: true },
        { value: "Retired", label: "Retired", active: false },
        { value: "Other", label: "Other", active: true },
      ],
    },
  ],
};

beforeEach(() => clearMemoryCache());

describe("getPooledAccount", () => {
  it("reads the account, its open pooled cases, contacts and (once) describe in one Composite", async () => {
    const storage = memoryStorageArea();
    const { connection, calls } = fakeConnection((body) => ({
      compositeResponse: body.compositeRequest.map((sub) => (sub.referenceId === "account" ? ok("account", records(ACCOUNT)) : ok(sub.referenceId, DESCRIBE))),
    }));

    const data = await getPooledAccount(connection, "Account", "0018X0000000002", { session, apiHost: "acme.my.salesforce.com", names, storage });

    expect(calls).toHaveLength(1);
    expect(calls[0]!.url).toBe("/services/data/v62.0/composite");
    const [account, describe] = calls[0]!.body.compositeRequest;
    const soql = decodeURIComponent(account!.url.split("?q=")[1]!);
    expect(soql).toContain("SELECT Id, Name, Type, CARR__c, Pooled_Region__c, OwnerId, Owner.Name, Owner.CommunityNickname, ");
    // Whether the owner makes the account pooled comes from the org context, not from custom User fields.
    expect(soql).not.toMatch(/Owner\.Pooled_/);
    expect(soql).toContain("FROM Cases WHERE IsClosed = false AND RecordType.DeveloperName = 'Pooled_Sales_Case'");
    expect(soql).toContain("FROM Contacts ORDER BY LastName ASC, FirstName ASC LIMIT 501");
    expect(soql).toMatch(/FROM Account WHERE Id = '0018X0000000002QAA' LIMIT 1$/);
    expect(describe).toMatchObject({ method: "GET", url: "/services/data/v62.0/sobjects/Case/describe" });

    expect(data).toEqual({
      orgHost: "acme.my.salesforce.com",
      account: {
        id: "0018X0000000002QAA",
        name: "Harborview Dental Group",
        type: "Customer",
        carr: 3200,
        region: "AMER",
        owner: { id: "0058X0000000001QAA", name: "Pooled Sales User", nickname: "POOLED USER [ DO NOT CHATTER ]" },
      },
      openPooledCases: [
        {
          id: "5008X0000000013QAA",
          caseNumber: "00000024",
          subject: "Inbound Request: Add 5 seats before renewal",
          status: "In Progress",
          createdDate: "2026-11-20T19:00:00.000+0000",
          owner: { id: "0058X0000000002QAA", name: "Avery Chen", isQueue: false },
        },
      ],
      contacts: [{ id: "0038X0000000003QAA", name: "Rosa Alvarez", email: "rosa.alvarez@harborviewdental.example", title: "Practice Manager" }],
      contactsTruncated: false,
      metadata: {
        recordTypeId: "0128X0000000001QAA",
        reasons: [
          { value: "Expansion", label: "Expansion" },
          { value: "Other", label: "Other" },
        ],
      },
    });

    // The next banner of the session skips describe: the metadata is cached (in memory and in storage.session).
    await getPooledAccount(connection, "Account", "0018X0000000002QAA", { session, apiHost: "acme.my.salesforce.com", names, storage });
    expect(calls[1]!.body.compositeRequest.map((sub) => sub.referenceId)).toEqual(["account"]);
    clearMemoryCache();
    await getPooledAccount(connection, "Account", "0018X0000000002QAA", { session, apiHost: "acme.my.salesforce.com", names, storage });
    expect(calls[2]!.body.compositeRequest.map((sub) => sub.referenceId)).toEqual(["account"]);
  });

  it("finds a Contact page's account by a semi-join and answers no account when there is none", async () => {
    const { connection, calls } = fakeConnection((body) => ({ compositeResponse: body.compositeRequest.map((sub) => ok(sub.referenceId, sub.referenceId === "account" ? records() : DESCRIBE)) }));
    const data = await getPooledAccount(connection, "Contact", "0038X0000000003QAA", { session, apiHost: "acme.my.salesforce.com", names, storage: memoryStorageArea() });
    expect(decodeURIComponent(calls[0]!.body.compositeRequest[0]!.url)).toContain("FROM Account WHERE Id IN (SELECT AccountId FROM Contact WHERE Id = '0038X0000000003QAA') LIMIT 1");
    expect(data.account).toBeNull();
    expect(data.openPooledCases).toEqual([]);
  });

  it("says when the account has more contacts than the search covers", async () => {
    const many = Array.from({ length: 501 }, (_, i) => ({ Id: `0038X${String(i).padStart(10, "0")}QAA`, Name: `Contact ${i}`, Email: null, Title: null }));
    const { connection } = fakeConnection((body) => ({ compositeResponse: body.compositeRequest.map((sub) => ok(sub.referenceId, sub.referenceId === "account" ? records({ ...ACCOUNT, Contacts: records(...many) }) : DESCRIBE)) }));
    const data = await getPooledAccount(connection, "Account", ACCOUNT.Id, { session, apiHost: "acme.my.salesforce.com", names, storage: memoryStorageArea() });
    expect(data.contacts).toHaveLength(500);
    expect(data.contactsTruncated).toBe(true);
  });

  it("throws Salesforce's own error", async () => {
    const { connection } = fakeConnection((body) => ({
      compositeResponse: body.compositeRequest.map((sub) => ok(sub.referenceId, [{ errorCode: "INVALID_FIELD", message: "No such column 'CARR__c' on entity 'Account'." }], 400)),
    }));
    await expect(getPooledAccount(connection, "Account", "0018X0000000002QAA", { session, apiHost: "acme.my.salesforce.com", names, storage: memoryStorageArea() })).rejects.toMatchObject({
      errorCode: "INVALID_FIELD",
      message: "No such column 'CARR__c' on entity 'Account'.",
    });
  });
});

describe("createReferral", () => {
  const input = { accountId: "0018X0000000002QAA", contactId: "0038X0000000003QAA", description: "Wants 6 more seats: https://gitlab.com/x", reason: "Expansion" };
  const NEW_CASE = { ...POOLED_CASE, Id: "5008X0000000099QAA", CaseNumber: "00000099", Subject: "Referral", Status: "New", OwnerId: "00G8X0000000001UAA", Owner: { Name: "Pooled Sales Queue", Type: "Queue" } };

  async function primedStorage() {
    const storage = memoryStorageArea();
    const { connection } = fakeConnection((body) => ({ compositeResponse: body.compositeRequest.map((sub) => ok(sub.referenceId, sub.referenceId === "account" ? records(ACCOUNT) : DESCRIBE)) }));
    await getPooledAccount(connection, "Account", input.accountId, { session, apiHost: "acme.my.salesforce.com", names, storage });
    return storage;
  }

  it("POSTs the handbook's fields with Sforce-Auto-Assign: TRUE and reads the new case's queue, all in one Composite", async () => {
    const storage = await primedStorage();
    const { connection, calls } = fakeConnection((body) => ({
      compositeResponse: body.compositeRequest.map((sub) =>
        sub.referenceId === "newCase" ? ok("newCase", { id: NEW_CASE.Id, success: true, errors: [] }, 201) : ok(sub.referenceId, sub.referenceId === "created" ? records(NEW_CASE) : records(POOLED_CASE, NEW_CASE)),
      ),
    }));

    const created = await createReferral(connection, input, { session, profile, storage });

    expect(calls).toHaveLength(1);
    const { allOrNone, compositeRequest } = calls[0]!.body;
    expect(allOrNone).toBe(true);
    expect(compositeRequest[0]).toEqual({
      referenceId: "newCase",
      method: "POST",
      url: "/services/data/v62.0/sobjects/Case",
      httpHeaders: { "Sforce-Auto-Assign": "TRUE" },
      body: {
        RecordTypeId: "0128X0000000001QAA",
        Origin: "SMB Pool Internal Created",
        Subject: "Referral",
        AccountId: "0018X0000000002QAA",
        ContactId: "0038X0000000003QAA",
        Description: "Wants 6 more seats: https://gitlab.com/x",
        Reason: "Expansion",
      },
    });
    expect(compositeRequest[1]!.url).toContain("WHERE%20Id%20%3D%20'@{newCase.id}'");
    expect(decodeURIComponent(compositeRequest[2]!.url)).toContain("WHERE AccountId = '0018X0000000002QAA' AND IsClosed = false AND RecordType.DeveloperName = 'Pooled_Sales_Case'");
    expect(created.case).toEqual({
      id: "5008X0000000099QAA",
      caseNumber: "00000099",
      subject: "Referral",
      status: "New",
      createdDate: NEW_CASE.CreatedDate,
      owner: { id: "00G8X0000000001UAA", name: "Pooled Sales Queue", isQueue: true },
    });
    expect(created.openPooledCases.map((c) => c.caseNumber)).toEqual(["00000024", "00000099"]);
  });

  it("throws the validation rule's message, not PROCESSING_HALTED, when the create fails", async () => {
    const storage = await primedStorage();
    const halted = [{ errorCode: "PROCESSING_HALTED", message: "The transaction was rolled back since another operation in the same transaction failed." }];
    const { connection } = fakeConnection((body) => ({
      compositeResponse: body.compositeRequest.map((sub) =>
        sub.referenceId === "newCase" ? ok("newCase", [{ errorCode: "FIELD_CUSTOM_VALIDATION_EXCEPTION", message: "Referral cases need a contact email.", fields: [] }], 400) : ok(sub.referenceId, halted, 400),
      ),
    }));
    await expect(createReferral(connection, input, { session, profile, storage })).rejects.toMatchObject({ errorCode: "FIELD_CUSTOM_VALIDATION_EXCEPTION", message: "Referral cases need a contact email." });
  });

  it("reads describe first when the session has no cached metadata, and refuses without the record type", async () => {
    const { connection, calls } = fakeConnection((body) => ({ compositeResponse: body.compositeRequest.map((sub) => ok(sub.referenceId, { ...DESCRIBE, recordTypeInfos: [] })) }));
    await expect(createReferral(connection, input, { session, profile, storage: memoryStorageArea() })).rejects.toMatchObject({ errorCode: "NO_POOLED_RECORD_TYPE" });
    expect(calls).toHaveLength(1);
    expect(calls[0]!.body.compositeRequest.map((sub) => sub.url)).toEqual(["/services/data/v62.0/sobjects/Case/describe"]);
  });
});
