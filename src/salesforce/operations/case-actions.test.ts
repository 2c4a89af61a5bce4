/** The claim / transfer / close composites as sent, against a fake Connection that records the body. */
import type { Connection } from "jsforce";

import { DEFAULT_PROFILE } from "../../domain/org-profile";
import { orgNames } from "../query/org-names";
import { claimCase } from "./claim-case";
import { closeCase } from "./close-case";
import { transferCase, transferNote } from "./transfer-case";

const NAMES = orgNames(DEFAULT_PROFILE, null);

interface Sent {
  allOrNone: boolean;
  compositeRequest: { referenceId: string; method: string; url: string; body?: Record<string, unknown>; httpHeaders?: Record<string, string> }[];
}

function fakeConnection(answer: (sent: Sent) => { referenceId: string; httpStatusCode: number; body: unknown }[]) {
  const calls: Sent[] = [];
  const connection = {
    request: async (req: { method: string; url: string; body: string }) => {
      expect(req).toMatchObject({ method: "POST", url: "/services/data/v62.0/composite" });
      const sent = JSON.parse(req.body) as Sent;
      calls.push(sent);
      return { compositeResponse: answer(sent) };
    },
  } as unknown as Connection;
  return { connection, calls };
}

const CASE = "5008X0000000001QAA";
const QUEUE = "00G8X0000000001UAA";
const ACCOUNT = "0018X0000000001QAA";
const ME = "0058X0000000003QAA";
const POOLED = "0058X0000000001QAA";
const AVERY = { id: "0058X0000000002QAA", name: "Avery Chen" };
const version = { caseId: CASE, lastModifiedDate: "2026-11-23T04:33:21.000+0000", ownerId: QUEUE, accountId: ACCOUNT };
const query = (records: unknown[]) => ({ totalSize: records.length, done: true, records });
const decode = (url: string) => decodeURIComponent(url.replace(/^.*\?q=/, ""));
const halted = [{ errorCode: "PROCESSING_HALTED", message: "Invalid reference specified. No value for guard.records[0].Cases.records[0].Id found in guard." }];
/** The case as the read-back query answers it (the panel's case fields, no activities). */
const caseNow = (OwnerId: string, name: string, type: string, Status = "In Progress", IsClosed = false) =>
  query([
    {
      Id: CASE,
      CaseNumber: "00000001",
      Subject: "PQL Hand Raise",
      Status,
      IsClosed,
      Priority: "High",
      CreatedDate: "2026-11-20T14:00:00.000+0000",
      LastModifiedDate: "2026-11-23T05:00:00.000+0000",
      OwnerId,
      Owner: { Name: name, Type: type },
      Account: { Id: ACCOUNT, Name: "Northwind" },
      Contact: null,
      RecordType: { DeveloperName: "Pooled_Sales_Case" },
      Reason: null,
      ClosedDate: null,
      Tasks: null,
      Histories: null,
    },
  ]);
const accountNow = (fields: Record<string, unknown> = {}) =>
  query([{ Id: ACCOUNT, Name: "Northwind", Type: "Customer", OwnerId: POOLED, Owner: { Name: "Pooled Sales User" }, Cases: null, Opportunities: null, ...fields }]);
/** The three read-backs every write ends with. */
const readBacks = (owner: [string, string, string, string?], account = accountNow()) => [
  { referenceId: "panelCase", httpStatusCode: 200, body: caseNow(...owner) },
  { referenceId: "panelContact", httpStatusCode: 200, body: query([]) },
  { referenceId: "panelAccount", httpStatusCode: 200, body: account },
];

describe("claimCase", () => {
  it("sends one composite: guard, conditional PATCH without auto-assign, read-backs", async () => {
    const { connection, calls } = fakeConnection(() => [
      { referenceId: "guard", httpStatusCode: 200, body: query([{ Id: ACCOUNT, Cases: query([{ Id: CASE }]) }]) },
      { referenceId: "claim", httpStatusCode: 204, body: null },
      ...readBacks([ME, "Me", "User"]),
    ]);
    const result = await claimCase(connection, version, { meId: ME, pooledOwnerUserIds: [POOLED], profile: DEFAULT_PROFILE });
    expect(result).toMatchObject({ outcome: "claimed", panel: { case: { id: CASE, owner: { id: ME, isQueue: false }, status: "In Progress" }, account: { id: ACCOUNT } } });

    expect(calls).toHaveLength(1);
    const [sent] = calls;
    expect(sent!.allOrNone).toBe(false);
    // The panel's parts read after the write: the answer redraws the panel with no second call.
    expect(sent!.compositeRequest.map((s) => `${s.method} ${s.referenceId}`)).toEqual(["GET guard", "PATCH claim", "GET panelCase", "GET panelContact", "GET panelAccount"]);
    expect(sent!.compositeRequest.filter((s) => s.method === "GET").length).toBeLessThanOrEqual(5);
    const guard = decode(sent!.compositeRequest[0]!.url);
    expect(guard).toContain(`(SELECT Id FROM Cases WHERE Id = '${CASE}' AND OwnerId = '${QUEUE}' AND IsClosed = false) FROM Account WHERE Id = '${ACCOUNT}'`);
    expect(guard).toContain(`Id NOT IN (SELECT AccountId FROM Case WHERE IsClosed = false AND RecordType.DeveloperName = 'Pooled_Sales_Case' AND Owner.Type = 'User' AND Id != '${CASE}' AND OwnerId NOT IN ('${POOLED}') AND OwnerId != '${ME}')`);
    expect(guard).toContain(`Id NOT IN (SELECT AccountId FROM Opportunity WHERE IsClosed = false AND (Name LIKE '%Ultimate%Upgrade%' OR NextStep LIKE '%Ultimate%Upgrade%') AND OwnerId NOT IN ('${POOLED}') AND OwnerId != '${ME}')`);
    expect(guard.match(/ IN \(SELECT/g)).toHaveLength(2); // SOQL allows two semi/anti-joins per WHERE
    expect(sent!.compositeRequest[1]).toEqual({
      referenceId: "claim",
      method: "PATCH",
      url: "/services/data/v62.0/sobjects/Case/@{guard.records[0].Cases.records[0].Id}",
      body: { OwnerId: ME, Status: "In Progress" },
      httpHeaders: { "Sforce-Auto-Assign": "FALSE", "If-Unmodified-Since": "Mon, 23 Nov 2026 04:33:21 GMT" },
    });
  });

  it("claims with no read-back when the case cannot be read after it (the panel then reads it itself)", async () => {
    const { connection } = fakeConnection((sent) => sent.compositeRequest.map((s) => ({ referenceId: s.referenceId, httpStatusCode: s.method === "PATCH" ? 204 : 200, body: s.method === "PATCH" ? null : query([]) })));
    expect(await claimCase(connection, version, { meId: ME, pooledOwnerUserIds: [], profile: DEFAULT_PROFILE })).toEqual({ outcome: "claimed", panel: null });
  });

  it("guards a case without an account by the case alone", async () => {
    const { connection, calls } = fakeConnection((sent) => sent.compositeRequest.map((s) => ({ referenceId: s.referenceId, httpStatusCode: 200, body: query([]) })));
    await claimCase(connection, { ...version, accountId: null }, { meId: ME, pooledOwnerUserIds: [], profile: DEFAULT_PROFILE });
    expect(decode(calls[0]!.compositeRequest[0]!.url)).toBe(`SELECT Id FROM Case WHERE Id = '${CASE}' AND OwnerId = '${QUEUE}' AND IsClosed = false AND AccountId = null`);
    expect(calls[0]!.compositeRequest[1]!.url).toMatch(/\/sobjects\/Case\/@\{guard\.records\[0\]\.Id\}$/);
  });

  it("says who has it now after a 412", async () => {
    const { connection } = fakeConnection(() => [
      { referenceId: "guard", httpStatusCode: 200, body: query([{ Id: ACCOUNT, Cases: query([{ Id: CASE }]) }]) },
      { referenceId: "claim", httpStatusCode: 412, body: [{ errorCode: "PRECONDITION_FAILED", message: "modified" }] },
      ...readBacks([AVERY.id, AVERY.name, "User"]),
    ]);
    expect(await claimCase(connection, version, { meId: ME, pooledOwnerUserIds: [], profile: DEFAULT_PROFILE })).toMatchObject({
      outcome: "changed",
      now: { owner: { id: AVERY.id, name: "Avery Chen", isQueue: false }, status: "In Progress", isClosed: false },
      // The new version comes with the refusal: the next try needs no re-read.
      panel: { case: { owner: { id: AVERY.id }, lastModifiedDate: "2026-11-23T05:00:00.000+0000" } },
    });
  });

  it("turns an empty guard on an unchanged case with a fresh conflict into the transfer offer", async () => {
    const { connection } = fakeConnection(() => [
      { referenceId: "guard", httpStatusCode: 200, body: query([]) },
      { referenceId: "claim", httpStatusCode: 400, body: halted },
      ...readBacks(
        [QUEUE, "Pooled Sales Queue", "Queue", "New"],
        accountNow({
          Cases: query([
            { Id: "5008X0000000013QAA", CaseNumber: "00000024", Subject: null, Status: "In Progress", IsClosed: false, CreatedDate: "2026-11-19T14:00:00.000+0000", OwnerId: AVERY.id, Owner: { Name: AVERY.name, Type: "User" }, RecordType: { DeveloperName: "Pooled_Sales_Case" } },
          ]),
        }),
      ),
    ]);
    expect(await claimCase(connection, version, { meId: ME, pooledOwnerUserIds: [POOLED], profile: DEFAULT_PROFILE })).toMatchObject({
      outcome: "conflict",
      transferTo: AVERY,
      because: { kind: "open-case", recordId: "5008X0000000013QAA", label: "Case 00000024" },
      panel: { otherCases: [{ id: "5008X0000000013QAA", owner: { id: AVERY.id } }] },
    });
  });

  it("throws Salesforce's own error for anything else (nothing was written)", async () => {
    const { connection } = fakeConnection(() => [
      { referenceId: "guard", httpStatusCode: 200, body: query([{ Id: ACCOUNT, Cases: query([{ Id: CASE }]) }]) },
      { referenceId: "claim", httpStatusCode: 400, body: [{ errorCode: "FIELD_CUSTOM_VALIDATION_EXCEPTION", message: "Set a Case Reason first." }] },
      ...readBacks([QUEUE, "Pooled Sales Queue", "Queue", "New"]),
    ]);
    await expect(claimCase(connection, version, { meId: ME, pooledOwnerUserIds: [], profile: DEFAULT_PROFILE })).rejects.toMatchObject({ errorCode: "FIELD_CUSTOM_VALIDATION_EXCEPTION", message: "Set a Case Reason first." });
  });
});

describe("transferCase", () => {
  const input = {
    ...version,
    to: AVERY,
    because: { kind: "open-case" as const, recordId: "5008X0000000013QAA", label: "Case 00000024" },
    notes: "Left a voicemail.",
  };
  const on = new Date("2026-11-23T15:00:00Z");
  const jordan = { name: "Jordan Rivera", timeZone: "America/New_York" };

  it("moves the owner and appends why to Notes, guarded by the conflict still being there", async () => {
    const { connection, calls } = fakeConnection(() => [
      { referenceId: "guard", httpStatusCode: 200, body: query([{ Id: ACCOUNT, Cases: query([{ Id: CASE }]) }]) },
      { referenceId: "transfer", httpStatusCode: 204, body: null },
      ...readBacks([AVERY.id, AVERY.name, "User"]),
    ]);
    expect(await transferCase(connection, input, jordan, NAMES, on)).toMatchObject({ outcome: "transferred", to: AVERY, panel: { case: { owner: { id: AVERY.id } } } });
    const sent = calls[0]!;
    expect(sent.allOrNone).toBe(false);
    expect(sent.compositeRequest.map((s) => s.referenceId)).toEqual(["guard", "transfer", "panelCase", "panelContact", "panelAccount"]);
    expect(decode(sent.compositeRequest[0]!.url)).toContain(`Id IN (SELECT AccountId FROM Case WHERE Id = '5008X0000000013QAA' AND OwnerId = '${AVERY.id}' AND IsClosed = false)`);
    expect(sent.compositeRequest[1]).toMatchObject({
      method: "PATCH",
      url: "/services/data/v62.0/sobjects/Case/@{guard.records[0].Cases.records[0].Id}",
      body: { OwnerId: AVERY.id, Notes__c: `Left a voicemail.\n${transferNote(input, jordan, on, "Ultimate Upgrade")}` },
      httpHeaders: { "Sforce-Auto-Assign": "FALSE", "If-Unmodified-Since": "Mon, 23 Nov 2026 04:33:21 GMT" },
    });
    expect(transferNote(input, jordan, on, "Ultimate Upgrade")).toBe(
      "2026-11-23: transferred to Avery Chen by Jordan Rivera (Pooled Case Copilot): they own open Pooled Case 00000024 on this account.",
    );
  });

  it("dates the note in the AE's time zone: 22:30 in New York is still that day there (UTC is already the next)", () => {
    const evening = new Date("2026-11-24T03:30:00Z"); // 22:30 EST on 2026-11-23
    expect(transferNote(input, jordan, evening, "Ultimate Upgrade")).toMatch(/^2026-11-23: transferred to Avery Chen by Jordan Rivera/);
    expect(transferNote(input, { name: "Jordan Rivera", timeZone: null }, evening, "Ultimate Upgrade")).toMatch(/^2026-11-23: /); // New York when unknown
    expect(transferNote(input, { name: "Jordan Rivera", timeZone: "Europe/Dublin" }, evening, "Ultimate Upgrade")).toMatch(/^2026-11-24: /);
  });

  it("says when the conflict is gone instead of transferring", async () => {
    const { connection } = fakeConnection(() => [
      { referenceId: "guard", httpStatusCode: 200, body: query([]) },
      { referenceId: "transfer", httpStatusCode: 400, body: halted },
      ...readBacks([QUEUE, "Pooled Sales Queue", "Queue", "New"]),
    ]);
    expect(await transferCase(connection, input, { name: null, timeZone: null }, NAMES, on)).toMatchObject({ outcome: "conflict-gone", panel: { case: { owner: { id: QUEUE, isQueue: true } } } });
  });
});

describe("closeCase", () => {
  const input = { caseId: CASE, lastModifiedDate: version.lastModifiedDate, ownerId: ME, fromStatus: "In Progress", status: "Closed - Resolved", resolutionAction: "Upgrade Completed", opportunity: { id: "0068X0000000010QAA", stageName: "Closed Won" } };

  it("closes case and opportunity in one allOrNone composite", async () => {
    const { connection, calls } = fakeConnection(() => [
      { referenceId: "guard", httpStatusCode: 200, body: query([{ Id: CASE }]) },
      { referenceId: "case", httpStatusCode: 204, body: null },
      { referenceId: "opportunity", httpStatusCode: 204, body: null },
      ...readBacks([ME, "Me", "User", "Closed - Resolved"]),
    ]);
    expect(await closeCase(connection, input, NAMES)).toMatchObject({ outcome: "closed", panel: { case: { status: "Closed - Resolved" } } });
    expect(calls[0]!.compositeRequest.slice(3).map((s) => `${s.method} ${s.referenceId}`)).toEqual(["GET panelCase", "GET panelContact", "GET panelAccount"]);
    expect(decode(calls[0]!.compositeRequest[0]!.url)).toBe(`SELECT Id FROM Case WHERE Id = '${CASE}' AND OwnerId = '${ME}' AND IsClosed = false AND Status = 'In Progress'`);
    expect({ ...calls[0]!, compositeRequest: calls[0]!.compositeRequest.slice(1, 3) }).toEqual({
      allOrNone: true,
      compositeRequest: [
        {
          referenceId: "case",
          method: "PATCH",
          url: "/services/data/v62.0/sobjects/Case/@{guard.records[0].Id}",
          body: { Status: "Closed - Resolved", Resolution_Action__c: "Upgrade Completed" },
          httpHeaders: { "Sforce-Auto-Assign": "FALSE", "If-Unmodified-Since": "Mon, 23 Nov 2026 04:33:21 GMT" },
        },
        { referenceId: "opportunity", method: "PATCH", url: "/services/data/v62.0/sobjects/Opportunity/0068X0000000010QAA", body: { StageName: "Closed Won" } },
      ],
    });
  });

  it("throws the real error, not PROCESSING_HALTED, when the opportunity fails", async () => {
    const { connection } = fakeConnection(() => [
      { referenceId: "guard", httpStatusCode: 400, body: [{ errorCode: "PROCESSING_HALTED", message: "The transaction was rolled back since another operation in the same transaction failed." }] },
      { referenceId: "case", httpStatusCode: 400, body: [{ errorCode: "PROCESSING_HALTED", message: "The transaction was rolled back since another operation in the same transaction failed." }] },
      { referenceId: "opportunity", httpStatusCode: 400, body: [{ errorCode: "FIELD_CUSTOM_VALIDATION_EXCEPTION", message: "Amount is required to close." }] },
    ]);
    await expect(closeCase(connection, input, NAMES)).rejects.toMatchObject({ errorCode: "FIELD_CUSTOM_VALIDATION_EXCEPTION", message: "Amount is required to close." });
  });

  it("answers 'changed' when the case moved since the dialog opened", async () => {
    const { connection } = fakeConnection(() => [
      { referenceId: "case", httpStatusCode: 412, body: [{ errorCode: "PRECONDITION_FAILED", message: "modified" }] },
      { referenceId: "opportunity", httpStatusCode: 400, body: [{ errorCode: "PROCESSING_HALTED", message: "rolled back" }] },
    ]);
    expect(await closeCase(connection, { ...input, opportunity: null }, NAMES)).toEqual({ outcome: "changed", now: null, panel: null });
  });

  it("answers 'changed' when the guard found the case no longer as the dialog saw it (owner, open, Status)", async () => {
    const { connection } = fakeConnection(() => [
      { referenceId: "guard", httpStatusCode: 400, body: [{ errorCode: "PROCESSING_HALTED", message: "The transaction was rolled back since another operation in the same transaction failed." }] },
      { referenceId: "case", httpStatusCode: 400, body: [{ errorCode: "PROCESSING_HALTED", message: "Invalid reference specified. No value for guard.records[0].Id found in guard." }] },
      { referenceId: "opportunity", httpStatusCode: 400, body: [{ errorCode: "PROCESSING_HALTED", message: "rolled back" }] },
    ]);
    expect(await closeCase(connection, input, NAMES)).toEqual({ outcome: "changed", now: null, panel: null });
  });
});

describe("the writes speak the org's own names", () => {
  const acme = structuredClone(DEFAULT_PROFILE);
  acme.case.recordType = "SMB_Pool_Case";
  acme.case.inProgressStatus = "Working";
  acme.case.fields.notes = "AE_Notes__c";
  acme.case.fields.resolutionAction = "Outcome__c";
  acme.policy.upgrade = { ...acme.policy.upgrade, mark: "Tier Up", markedIn: ["NextStep"] };
  const acmeNames = orgNames(acme, null);
  const answerAll = (status: (method: string) => number) => (sent: Sent) => sent.compositeRequest.map((s) => ({ referenceId: s.referenceId, httpStatusCode: status(s.method), body: s.method === "PATCH" ? null : query([]) }));

  it("claims with the profile's in-progress status, record type and upgrade mark", async () => {
    const { connection, calls } = fakeConnection(answerAll((method) => (method === "PATCH" ? 204 : 200)));
    await claimCase(connection, version, { meId: ME, pooledOwnerUserIds: [], profile: acme });
    const guard = decode(calls[0]!.compositeRequest[0]!.url);
    expect(guard).toContain("RecordType.DeveloperName = 'SMB_Pool_Case'");
    expect(guard).toContain("(NextStep LIKE '%Tier%Up%')");
    expect(guard).not.toMatch(/Pooled_Sales_Case|Ultimate/);
    expect(calls[0]!.compositeRequest[1]!.body).toEqual({ OwnerId: ME, Status: "Working" });
  });

  it("transfers with the note in the org's Notes field, and without one where the org has none", async () => {
    const input = { ...version, to: AVERY, because: { kind: "open-case" as const, recordId: "5008X0000000002QAA", label: "Case 00000002" }, notes: null };
    const first = fakeConnection(answerAll((method) => (method === "PATCH" ? 204 : 200)));
    await transferCase(first.connection, input, { name: "Jordan", timeZone: null }, acmeNames, new Date("2026-11-23T15:00:00Z"));
    expect(Object.keys(first.calls[0]!.compositeRequest[1]!.body!)).toEqual(["OwnerId", "AE_Notes__c"]);
    const noNotes = orgNames({ ...acme, case: { ...acme.case, fields: { ...acme.case.fields, notes: null } } }, null);
    const second = fakeConnection(answerAll((method) => (method === "PATCH" ? 204 : 200)));
    await transferCase(second.connection, input, { name: "Jordan", timeZone: null }, noNotes, new Date("2026-11-23T15:00:00Z"));
    expect(second.calls[0]!.compositeRequest[1]!.body).toEqual({ OwnerId: AVERY.id });
  });

  it("closes with the org's Resolution Action field, or with the status alone where it has none", async () => {
    const input = { caseId: CASE, lastModifiedDate: version.lastModifiedDate, ownerId: ME, fromStatus: "Working", status: "Resolved", resolutionAction: "Won", opportunity: null };
    const first = fakeConnection(answerAll((method) => (method === "PATCH" ? 204 : 200)));
    await closeCase(first.connection, input, acmeNames);
    expect(first.calls[0]!.compositeRequest[1]!.body).toEqual({ Status: "Resolved", Outcome__c: "Won" });
    const second = fakeConnection(answerAll((method) => (method === "PATCH" ? 204 : 200)));
    await closeCase(second.connection, { ...input, resolutionAction: null }, orgNames({ ...acme, case: { ...acme.case, fields: { ...acme.case.fields, resolutionAction: null } } }, null));
    expect(second.calls[0]!.compositeRequest[1]!.body).toEqual({ Status: "Resolved" });
  });
});
