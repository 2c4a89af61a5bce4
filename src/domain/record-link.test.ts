import { recordUrl } from "./record-link";

describe("recordUrl", () => {
  it.each([
    ["acme.my.salesforce.com", "lightning", "https://acme.lightning.force.com/lightning/r/Case/5008X0000000001QAA/view"],
    ["acme.my.salesforce.com", "console", "https://acme.lightning.force.com/lightning/r/Case/5008X0000000001QAA/view"],
    ["acme.my.salesforce.com", "classic", "https://acme.my.salesforce.com/5008X0000000001QAA"],
    ["evil.example.com", "lightning", null],
  ] as const)("%s %s", (host, shape, url) => {
    expect(recordUrl(host, "Case", "5008X0000000001QAA", shape)).toBe(url);
  });
});

describe("recordUrl refuses what is not a record", () => {
  it("an id that is not an id, or an object name that is not a name", () => {
    expect(recordUrl("acme.my.salesforce.com", "Case", "../../evil", "lightning")).toBeNull();
    expect(recordUrl("acme.my.salesforce.com", "Case/../x", "5008X0000000001QAA", "lightning")).toBeNull();
    expect(recordUrl("acme.lightning.force.com", "Case", "5008X0000000001QAA", "lightning")).toBeNull();
  });
});
