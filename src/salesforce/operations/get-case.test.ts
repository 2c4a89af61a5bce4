import type { Connection } from "jsforce";

import { caseSoql, getCase } from "./get-case";

const record = {
  attributes: { type: "Case", url: "/services/data/v62.0/sobjects/Case/5008X00002CytL1QAJ" },
  Id: "5008X00002CytL1QAJ",
  CaseNumber: "00001042",
  Subject: "Contact Us Form Response - Northwind",
  Description: null,
  Status: "New",
  IsClosed: false,
  Priority: "High",
  Origin: "Web Form",
  CreatedDate: "2026-11-22T10:00:00.000+0000",
  LastModifiedDate: "2026-11-22T10:00:00.000+0000",
  OwnerId: "00G8X000000AbCdEAF",
  Owner: { attributes: { type: "Name" }, Name: "Pooled Sales Queue", Type: "Queue" },
  Account: { attributes: { type: "Account" }, Id: "001A0000006Vm9rIAC", Name: "Northwind" },
  Contact: null,
  RecordType: { attributes: { type: "RecordType" }, DeveloperName: "Pooled_Sales_Case" },
};

const connectionAnswering = (answer: unknown) => ({ query: async () => answer }) as unknown as Connection;

describe("getCase", () => {
  it("queries by the 18-character id and maps Salesforce's shape", async () => {
    expect(caseSoql("5008X00002CytL1")).toContain("WHERE Id = '5008X00002CytL1QAJ'");
    const summary = await getCase(connectionAnswering({ totalSize: 1, done: true, records: [record] }), "5008X00002CytL1");
    expect(summary).toMatchObject({
      id: "5008X00002CytL1QAJ",
      caseNumber: "00001042",
      owner: { name: "Pooled Sales Queue", isQueue: true },
      account: { id: "001A0000006Vm9rIAC", name: "Northwind" },
      contact: null,
      recordType: "Pooled_Sales_Case",
    });
  });

  it("reports a case that is not there as NOT_FOUND", async () => {
    await expect(getCase(connectionAnswering({ totalSize: 0, done: true, records: [] }), "5008X00002CytL1")).rejects.toMatchObject({
      errorCode: "NOT_FOUND",
    });
  });

  it("rejects an answer in an unexpected shape instead of showing half a case", async () => {
    await expect(getCase(connectionAnswering({ totalSize: 1, records: [{ ...record, IsClosed: "no" }] }), "5008X00002CytL1")).rejects.toThrow();
  });
});
