import profileJson from "./default-profile.json";
import { isOrgProfileHost, misplacedPolicyHosts, resolveProfile, withValueAt } from "./profile-sources";
import { parseProfile } from "./parse-profile";

const text = JSON.stringify(profileJson);

describe("where an org's profile comes from", () => {
  it("takes the admin's policy over the options page, the options page over the defaults", () => {
    const fromPolicy = JSON.stringify({ ...profileJson, label: "Pushed by IT" });
    const saved = { ...profileJson, label: "Saved by me" };
    expect(resolveProfile({ policy: fromPolicy, options: saved })).toMatchObject({ ok: true, source: "policy", profile: { label: "Pushed by IT" } });
    expect(resolveProfile({ policy: undefined, options: saved })).toMatchObject({ ok: true, source: "options", profile: { label: "Saved by me" } });
    expect(resolveProfile({ policy: undefined, options: undefined })).toMatchObject({ ok: true, source: "defaults", profile: { label: profileJson.label } });
  });

  it("never falls back past a bad profile: it says which source is bad and each bad value", () => {
    const bad = JSON.stringify({ ...profileJson, pools: [] });
    expect(resolveProfile({ policy: bad, options: profileJson })).toEqual({ ok: false, source: "policy", problems: expect.arrayContaining([{ path: "pools", message: expect.stringMatching(/expected array to have >=1 items/) }]) });
    expect(resolveProfile({ policy: { ...profileJson }, options: undefined })).toMatchObject({ ok: false, source: "policy", problems: [{ path: "", message: expect.stringMatching(/JSON text/) }] });
    expect(resolveProfile({ policy: undefined, options: { ...profileJson, schemaVersion: 2 } })).toMatchObject({ ok: false, source: "options", problems: [{ path: "schemaVersion" }] });
    expect(resolveProfile({ policy: "{", options: undefined })).toMatchObject({ ok: false, problems: [{ message: expect.stringMatching(/not JSON/) }] });
    expect(resolveProfile({ policy: text, options: undefined }).ok).toBe(true);
  });

  it("keys profiles by My Domain host, sandboxes included, and points out the keys that are not", () => {
    expect(isOrgProfileHost("acme.my.salesforce.com")).toBe(true);
    expect(isOrgProfileHost("acme--uat.sandbox.my.salesforce.com")).toBe(true);
    expect(misplacedPolicyHosts({ "acme.my.salesforce.com": text, "acme.lightning.force.com": text, "ACME.my.salesforce.com": text })).toEqual(["acme.lightning.force.com", "ACME.my.salesforce.com"]);
  });

  it("sets one value by its path and leaves the rest as it was", () => {
    const changed = withValueAt(profileJson, ["pools", "1", "queue"], "EMEA_Queue");
    const parsed = parseProfile(changed);
    expect(parsed.ok && parsed.profile.pools.map((pool) => pool.queue)).toEqual(["Pooled_Sales_Queue", "EMEA_Queue"]);
    expect(profileJson.pools[1]?.queue).toBe("EMEA_Pooled_Sales_Queue");
    expect(withValueAt(profileJson, ["account", "fields", "carr"], "ARR__c")).toMatchObject({ account: { fields: { carr: "ARR__c", region: "Pooled_Region__c" } } });
  });
});
