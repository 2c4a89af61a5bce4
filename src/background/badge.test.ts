import { orgContextFixture } from "../../test/support/org-context-fixture";
import { forgetPoolReads, poolReadOwner, poolReadWanted, recordPoolRead } from "./badge";

const production = orgContextFixture();
const owner = poolReadOwner(production, new Date("2026-12-01T15:00:00Z"));

afterEach(() => forgetPoolReads());

describe("the badge's last pool read", () => {
  it("is the pool's, named in its tooltip, and good for this org and user only", async () => {
    expect(owner).toMatchObject({ queue: "AMER Pooled Sales Queue", highPriority: "High", scope: { host: "acme.my.salesforce.com", userId: production.me.id } });
    await recordPoolRead(owner, []);
    expect(await poolReadWanted(owner.scope)).toBe(false);
    // Another login on the same host, the sandbox with the same ids, a refreshed sandbox: none rides on this read.
    expect(await poolReadWanted({ ...owner.scope, userId: "0058X00000OtherQAA" })).toBe(true);
    expect(await poolReadWanted({ ...owner.scope, host: "acme--uat.sandbox.my.salesforce.com" })).toBe(true);
    expect(await poolReadWanted({ ...owner.scope, orgId: "00D8X000000NewIdUAK" })).toBe(true);
  });
});
