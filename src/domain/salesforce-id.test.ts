import { isSalesforceId, keyPrefix, sameId, toId15, toId18 } from "./salesforce-id";

describe("Salesforce ids", () => {
  it.each([
    // Known pairs from Salesforce's documentation and real orgs.
    ["001A0000006Vm9r", "001A0000006Vm9rIAC"],
    ["5008X00002CytL1", "5008X00002CytL1QAJ"],
    ["0058X00000F1YFq", "0058X00000F1YFqQAN"],
  ])("turns %s into its 18-character form", (id15, id18) => {
    expect(toId18(id15)).toBe(id18);
    expect(toId18(id18)).toBe(id18);
    expect(toId15(id18)).toBe(id15);
  });

  it("compares ids across their two forms, but not across case in the 15-character form", () => {
    expect(sameId("5008X00002CytL1", "5008X00002CytL1QAJ")).toBe(true);
    expect(sameId("5008X00002CytL1", "5008x00002cytl1")).toBe(false);
  });

  it("rejects what is not an id", () => {
    expect(isSalesforceId("500")).toBe(false);
    expect(isSalesforceId("5008X00002CytL1Q")).toBe(false);
    expect(isSalesforceId("5008X00002Cyt-1")).toBe(false);
    expect(() => toId18("nope")).toThrow(/Not a Salesforce id/);
    expect(keyPrefix("5008X00002CytL1")).toBe("500");
  });
});
