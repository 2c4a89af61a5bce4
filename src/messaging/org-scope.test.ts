import { orgContextFixture } from "../../test/support/org-context-fixture";
import { orgScopeOf, sameScope, scopedKey } from "./org-scope";

const production = orgScopeOf(orgContextFixture());

describe("scoped storage keys", () => {
  it("name the org's host, its id and the user, one id whichever form (15 or 18) it came in", () => {
    expect(scopedKey("draft:notes:X", production)).toBe("draft:notes:X@acme.my.salesforce.com/00D8X000000AbCd/0058X00000Avery");
    expect(scopedKey("n", { ...production, host: "ACME.my.salesforce.com", userId: "0058X00000Avery", orgId: "00D8X000000AbCd" })).toBe(scopedKey("n", production));
  });

  it("differ for a sandbox (other host), a refreshed sandbox (same host, new org id) and another user", () => {
    const keys = new Set([
      scopedKey("n", production),
      scopedKey("n", { ...production, host: "acme--uat.sandbox.my.salesforce.com" }),
      scopedKey("n", { ...production, orgId: "00D8X000000NewIdUAK" }),
      scopedKey("n", { ...production, userId: "0058X00000OtherQAA" }),
      scopedKey("n", { ...production, orgId: null }),
    ]);
    expect(keys.size).toBe(5);
    expect(sameScope(production, { ...production, userId: "0058X00000OtherQAA" })).toBe(false);
  });
});
