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

describe("saveNotes", () => {
  it("PATCHes only Notes__c, without assignment rules, and only if the case is unchanged since the panel read it", async () => {
    const { connection, calls } = fakeConnection(async () => "");
    const result = await saveNotes(connection, { type: "case/save-notes", caseId: CASE_ID, notes: "Quote sent; call <b>Friday</b>.\n", lastModifiedDate: "2026-11-18T14:03:07.000+0000" }, NAMES);

    expect(result).toEqual({ saved: true });
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ method: "PATCH", url: `/services/data/v62.0/sobjects/Case/${CASE_ID}` });
    expect(JSON.parse(calls[0]!.body)).toEqual({ Notes__c: "Quote sent; call <b>Friday</b>.\n" });
    expect(calls[0]!.headers).toEqual({
      "Content-Type": "application/json",
      "Sforce-Auto-Assign": "FALSE",
      "If-Unmodified-Since": "Wed, 18 Nov 2026 14:03:07 GMT",
    });
  });

  it("passes Salesforce's 412 on", async () => {
    const precondition = Object.assign(new Error("The requested resource was modified since the If-Unmodified-Since date."), { errorCode: "PRECONDITION_FAILED" });
    const { connection } = fakeConnection(async () => {
      throw precondition;
    });
    await expect(saveNotes(connection, { type: "case/save-notes", caseId: CASE_ID, notes: "x", lastModifiedDate: "2026-11-18T14:03:07.000+0000" }, NAMES)).rejects.toBe(precondition);
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
