import { apiHostFor, isSalesforcePageHost } from "./org-host";

describe("API host for a page host", () => {
  it.each([
    ["acme.my.salesforce.com", "acme.my.salesforce.com"],
    ["acme.lightning.force.com", "acme.my.salesforce.com"],
    ["ACME.Lightning.Force.com", "acme.my.salesforce.com"],
    ["acme--uat.sandbox.lightning.force.com", "acme--uat.sandbox.my.salesforce.com"],
    ["acme--uat.sandbox.my.salesforce.com", "acme--uat.sandbox.my.salesforce.com"],
  ])("%s -> %s", (page, api) => expect(apiHostFor(page)).toBe(api));

  it.each(["example.com", "my.salesforce.com.evil.example", "lightning.force.com", "acme.force.com", "acme.my.salesforce.com.attacker.io"])(
    "refuses %s",
    (host) => {
      expect(apiHostFor(host)).toBeNull();
      expect(isSalesforcePageHost(host)).toBe(false);
    },
  );
});
