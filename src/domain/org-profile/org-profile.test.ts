import profileJson from "./default-profile.json";
import { DEFAULT_PROFILE, parseProfile, parseProfileText, profileField, usableField, type OrgCheck } from ".";

const clone = () => structuredClone(profileJson) as Record<string, any>;

describe("the org profile", () => {
  it("has the handbook's org as its defaults", () => {
    expect(DEFAULT_PROFILE.pools.map((pool) => pool.queue)).toEqual(["Pooled_Sales_Queue", "EMEA_Pooled_Sales_Queue"]);
    expect(DEFAULT_PROFILE.policy.cadence.steps.map((step) => `${step.day}:${step.channel}`)).toEqual(["1:email", "3:call", "5:email", "7:email"]);
    expect(DEFAULT_PROFILE.policy.sla.businessHours).toBe(8);
    expect(DEFAULT_PROFILE.policy.resolutionDays).toBe(7);
    // No custom User field by default: the pool comes from queue membership.
    expect(DEFAULT_PROFILE.people.region.kind).toBe("queue-membership");
    expect(profileField(DEFAULT_PROFILE, "user.region")).toBeNull();
  });

  it("lists every bad value with where it is, and uses none of them", () => {
    const bad = clone();
    bad.pools[0].queue = "Pooled Sales Queue";
    bad.case.fields.notes = 42;
    bad.policy.cadence.steps.push({ day: 3, channel: "sms" });
    bad.account.fields.carrField = "ARR__c";
    delete bad.policy.sla;
    const parsed = parseProfile(bad);
    expect(parsed.ok).toBe(false);
    const problems = parsed.ok ? [] : parsed.problems;
    expect(problems.map((problem) => problem.path).sort()).toEqual(
      ["account.fields", "case.fields.notes", "policy.cadence.steps.4.channel", "policy.sla", "pools.0.queue"].sort(),
    );
    expect(problems.find((problem) => problem.path === "pools.0.queue")?.message).toMatch(/API name/);
    expect(problems.find((problem) => problem.path === "account.fields")?.message).toMatch(/carrField/);
    expect(problems.find((problem) => problem.path === "policy.sla")?.message).toMatch(/missing/);
  });

  it("refuses two pools on one queue, and two steps on one day", () => {
    const twice = clone();
    twice.pools[1].queue = twice.pools[0].queue;
    expect(parseProfile(twice)).toMatchObject({ ok: false, problems: [{ path: "pools", message: expect.stringMatching(/own queue/) }] });
    const sameDay = clone();
    sameDay.policy.cadence.steps[1].day = 1;
    expect(parseProfile(sameDay)).toMatchObject({ ok: false, problems: [{ path: "policy.cadence", message: "one step per day" }] });
  });

  it("says so when the text is not JSON", () => {
    expect(parseProfileText("{ pools: ")).toMatchObject({ ok: false, problems: [{ path: "", message: expect.stringMatching(/not JSON/) }] });
    expect(parseProfileText(JSON.stringify(profileJson))).toMatchObject({ ok: true });
  });
});

describe("which field a role uses in this org", () => {
  const check = (status: "found" | "missing" | "no-access"): OrgCheck => ({
    checkedAt: "2026-12-01T00:00:00.000Z",
    orgId: "00D8X0000000001",
    userId: "0058X0000000001AAA",
    items: [{ id: "field:case.notes", kind: "field", label: "Case field Notes (Notes__c)", status, detail: null, withoutIt: "Notes are not shown or saved", role: "case.notes", candidates: [], profilePath: ["case", "fields", "notes"] }],
  });

  it("trusts the profile until the org is checked, then only what the org has", () => {
    expect(usableField(DEFAULT_PROFILE, null, "case.notes")).toBe("Notes__c");
    expect(usableField(DEFAULT_PROFILE, check("found"), "case.notes", "write")).toBe("Notes__c");
    expect(usableField(DEFAULT_PROFILE, check("missing"), "case.notes")).toBeNull();
    // Readable but not editable: shown, never written.
    expect(usableField(DEFAULT_PROFILE, check("no-access"), "case.notes", "read")).toBe("Notes__c");
    expect(usableField(DEFAULT_PROFILE, check("no-access"), "case.notes", "write")).toBeNull();
  });
});
