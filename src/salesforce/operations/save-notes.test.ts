import type { Connection } from "jsforce";

import { caseUpdateHeaders } from "../case-update-headers";
import { DEFAULT_PROFILE } from "../../domain/org-profile";
import { orgNames } from "../query/org-names";
import { saveNotes } from "./save-notes";

const NAMES = orgNames(DEFAULT_PROFILE, null);

interface RequestInfo {
  method: string;
  url: string;
  body: string;
  headers: Record<string, string>;
}

function fakeConnection(answer: () => Promise<unknown>) {
  const calls: RequestInfo[] = [];
  const connection = {
    request: async (request: RequestInfo) => {
      calls.push(request);
      return answer();
    },
  } as unknown as Connection;
  return { connection, calls };
}

const CASE_ID = "5008X00002CytL1QAJ";

const LAST_MODIFIED = "2026-11-18T14:03:07.000+0000";
const query = (records: unknown[]) => ({ totalSize: records.length, done: true, records });
const caseRow = (notes: string, lastModified: string) => ({
  Id: CASE_ID,
  CaseNumber: "00001042",
  IsClosed: false,
  CreatedDate: "2026-11-16T14:00:00.000+0000",
  LastModifiedDate: lastModified,
  OwnerId: "0058X00000AvErYQAV",
  Owner: { Name: "Avery Chen", Type: "User" },
  Notes__c: notes,
  Tasks: null,
  Histories: null,
});
/** Salesforce's composite answer: the PATCH's status, then the case as it now is. */
const answerWith = (patchStatus: number, row: ReturnType<typeof caseRow>, before = "Quote sent.") => async () => ({
  compositeResponse: [
    { referenceId: "notesBefore", httpStatusCode: 200, body: query([{ Id: CASE_ID, Notes__c: before }]) },
    { referenceId: "notes", httpStatusCode: patchStatus, body: patchStatus === 412 ? [{ errorCode: "PRECONDITION_FAILED", message: "The requested resource was modified since the If-Unmodified-Since date." }] : null },
    { referenceId: "panelCase", httpStatusCode: 200, body: query([row]) },
    { referenceId: "panelContact", httpStatusCode: 200, body: query([]) },
    { referenceId: "panelAccount", httpStatusCode: 200, body: query([]) },
  ],
});

describe("saveNotes", () => {
  it("PATCHes only Notes__c, without assignment rules and only if the case is unchanged, and reads the case back in the same request", async () => {
    const { connection, calls } = fakeConnection(answerWith(204, caseRow("Quote sent.", "2026-11-18T15:00:00.000+0000")));
    const result = await saveNotes(connection, { type: "case/save-notes", caseId: CASE_ID, notes: "Quote sent; call <b>Friday</b>.\n", lastModifiedDate: LAST_MODIFIED, notesFrom: "Quote sent." }, NAMES);

    expect(result).toMatchObject({ saved: true, panel: { case: { notes: "Quote sent.", lastModifiedDate: "2026-11-18T15:00:00.000+0000" } } });
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ method: "POST", url: "/services/data/v62.0/composite" });
    const sent = JSON.parse(calls[0]!.body) as { allOrNone: boolean; compositeRequest: Array<Record<string, unknown>> };
    expect(sent.allOrNone).toBe(false);
    expect(sent.compositeRequest.map((sub) => sub.referenceId)).toEqual(["notesBefore", "notes", "panelCase", "panelContact", "panelAccount"]);
    expect(decodeURIComponent(String(sent.compositeRequest[0]!.url).split("?q=")[1]!)).toBe(`SELECT Id, Notes__c FROM Case WHERE Id = '${CASE_ID}'`);
    expect(sent.compositeRequest[1]).toEqual({
      referenceId: "notes",
      method: "PATCH",
      url: `/services/data/v62.0/sobjects/Case/${CASE_ID}`,
      body: { Notes__c: "Quote sent; call <b>Friday</b>.\n" },
      httpHeaders: { "Sforce-Auto-Assign": "FALSE", "If-Unmodified-Since": "Wed, 18 Nov 2026 14:03:07 GMT" },
    });
  });

  it("a 412: not saved, with the case as someone else left it", async () => {
    const { connection } = fakeConnection(answerWith(412, caseRow("Their notes.", "2026-11-18T14:30:00.000+0000")));
    const result = await saveNotes(connection, { type: "case/save-notes", caseId: CASE_ID, notes: "x", lastModifiedDate: LAST_MODIFIED, notesFrom: "Quote sent." }, NAMES);
    expect(result).toMatchObject({ saved: false, panel: { case: { notes: "Their notes.", lastModifiedDate: "2026-11-18T14:30:00.000+0000" } } });
  });

  it("a same-second change the precondition let through: their Notes are put back, conditional on our write being the latest, and the save is refused", async () => {
    const answers = [
      answerWith(204, caseRow("x", "2026-11-18T14:03:07.000+0000"), "Their same-second notes."),
      async () => ({
        compositeResponse: [
          { referenceId: "restore", httpStatusCode: 204, body: null },
          { referenceId: "panelCase", httpStatusCode: 200, body: query([caseRow("Their same-second notes.", "2026-11-18T14:03:08.000+0000")]) },
          { referenceId: "panelContact", httpStatusCode: 200, body: query([]) },
          { referenceId: "panelAccount", httpStatusCode: 200, body: query([]) },
        ],
      }),
    ];
    const { connection, calls } = fakeConnection(() => answers[calls.length - 1]!());
    const result = await saveNotes(connection, { type: "case/save-notes", caseId: CASE_ID, notes: "x", lastModifiedDate: LAST_MODIFIED, notesFrom: "Quote sent." }, NAMES);
    expect(result).toMatchObject({ saved: false, panel: { case: { notes: "Their same-second notes.", lastModifiedDate: "2026-11-18T14:03:08.000+0000" } } });
    expect(calls).toHaveLength(2);
    const restore = (JSON.parse(calls[1]!.body) as { compositeRequest: Array<Record<string, unknown>> }).compositeRequest[0];
    expect(restore).toMatchObject({ method: "PATCH", body: { Notes__c: "Their same-second notes." }, httpHeaders: { "If-Unmodified-Since": "Wed, 18 Nov 2026 14:03:07 GMT" } });
  });

  it("throws Salesforce's own error for any other refusal", async () => {
    const { connection } = fakeConnection(async () => ({
      compositeResponse: [
        { referenceId: "notes", httpStatusCode: 400, body: [{ errorCode: "STRING_TOO_LONG", message: "Notes: data value too large" }] },
        { referenceId: "panelCase", httpStatusCode: 200, body: query([]) },
      ],
    }));
    await expect(saveNotes(connection, { type: "case/save-notes", caseId: CASE_ID, notes: "x", lastModifiedDate: LAST_MODIFIED, notesFrom: "Quote sent." }, NAMES)).rejects.toMatchObject({ errorCode: "STRING_TOO_LONG", message: "Notes: data value too large" });
  });
});

describe("caseUpdateHeaders", () => {
  it("always turns the assignment rule off", () => {
    expect(caseUpdateHeaders()).toEqual({ "Sforce-Auto-Assign": "FALSE" });
  });

  it.each([
    ["Salesforce's +0000 form", "2026-11-18T14:03:07.000+0000", "Wed, 18 Nov 2026 14:03:07 GMT"],
    ["ISO with Z", "2026-03-08T06:59:59.999Z", "Sun, 08 Mar 2026 06:59:59 GMT"],
    ["an offset", "2026-11-18T09:03:07.000-05:00", "Wed, 18 Nov 2026 14:03:07 GMT"],
  ])("writes If-Unmodified-Since as an HTTP-date from %s", (_name, lastModified, httpDate) => {
    const header = caseUpdateHeaders(lastModified)["If-Unmodified-Since"];
    expect(header).toBe(httpDate);
    expect(header).toMatch(/^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/);
  });
});
