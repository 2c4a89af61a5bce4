import { DEFAULT_PROFILE } from "./default-profile";
import { evaluateOrgCheck, objectsToDescribe, type ObjectDescribe, type OrgCheckAnswers } from "./evaluate-org-check";
import { closestFields } from "./label-candidates";
import type { OrgProfile } from "./schema";

const ME = "0058X0000000001AAA";
const field = (name: string, label: string, type: string, updateable = true) => ({ name, label, type, updateable });

/** The handbook's org, as it answers the check: everything the defaults name is there. */
const caseDescribe = (): ObjectDescribe => ({
  queryable: true,
  updateable: true,
  fields: [
    field("Id", "Case ID", "id", false),
    field("Subject", "Subject", "string"),
    field("Notes__c", "Notes", "textarea"),
    field("Resolution_Action__c", "Resolution Action", "picklist"),
    field("Web_Form_Details__c", "Web Form Details", "textarea", false),
    field("First_Responded_Date__c", "Date/Time First Responded", "datetime", false),
    field("Time_To_First_Response__c", "Time to First Response", "double", false),
    field("Opportunity__c", "Opportunity", "reference"),
  ],
  recordTypeInfos: [
    { developerName: "Pooled_Sales_Case", name: "Pooled Sales Case", available: true, active: true },
    { developerName: "Master", name: "Master", available: true, active: true },
  ],
});
const accountDescribe = (): ObjectDescribe => ({
  queryable: true,
  updateable: true,
  fields: [field("Name", "Account Name", "string"), field("CARR__c", "CARR", "currency"), field("Pooled_Region__c", "Region", "picklist")],
  recordTypeInfos: [],
});

function answers(overrides: Partial<OrgCheckAnswers> = {}): OrgCheckAnswers {
  return {
    checkedAt: "2026-12-01T09:00:00.000Z",
    orgId: "00D8X0000000001",
    userId: ME,
    api: { ok: true },
    describes: { Case: { ok: true, value: caseDescribe() }, Account: { ok: true, value: accountDescribe() } },
    groups: {
      ok: true,
      value: [
        { id: "00G8X0000000001AAA", developerName: "Pooled_Sales_Queue", name: "Pooled Sales Queue", type: "Queue" },
        { id: "00G8X0000000002AAA", developerName: "EMEA_Pooled_Sales_Queue", name: "EMEA Pooled Sales Queue", type: "Queue" },
        { id: "00G8X0000000003AAA", developerName: "Pooled_Sales_Managers", name: "Pooled Sales Managers", type: "Regular" },
        { id: "00G8X0000000009AAA", developerName: "Support_Queue", name: "Support", type: "Queue" },
      ],
    },
    memberships: { ok: true, value: [{ groupId: "00G8X0000000001AAA", userOrGroupId: ME }] },
    statuses: {
      ok: true,
      value: [
        { apiName: "New", label: "New", isClosed: false },
        { apiName: "In Progress", label: "In Progress", isClosed: false },
        { apiName: "Closed", label: "Closed", isClosed: true },
      ],
    },
    businessHours: { ok: true, value: [{ name: "Default", isDefault: true, isActive: true }] },
    ...overrides,
  };
}

const statusOf = (check: ReturnType<typeof evaluateOrgCheck>) => Object.fromEntries(check.items.map((item) => [item.id, item.status]));
const profileWith = (change: (profile: OrgProfile) => void): OrgProfile => {
  const profile = structuredClone(DEFAULT_PROFILE);
  change(profile);
  return profile;
};

describe("the org check's verdicts", () => {
  it("finds everything the defaults name in the handbook's org, and the user in the AMER queue", () => {
    const check = evaluateOrgCheck(DEFAULT_PROFILE, answers());
    expect(check.items.filter((item) => item.status !== "found").map((item) => item.id)).toEqual([]);
    expect(check.items.find((item) => item.id === "membership")?.detail).toBe("member of AMER Pooled Sales Queue");
    expect(statusOf(check)).toMatchObject({ api: "found", "object:Case": "found", "field:account.carr": "found", "queue:emea": "found", "group:Pooled_Sales_Managers": "found" });
  });

  it("reports a missing CARR field with the field labelled CARR as the top candidate, and where it goes in the profile", () => {
    const account = accountDescribe();
    account.fields = [field("Name", "Account Name", "string"), field("ARR_Current__c", "CARR", "currency"), field("Carrier__c", "Carrier", "string"), field("Region__c", "Region", "picklist")];
    const check = evaluateOrgCheck(DEFAULT_PROFILE, answers({ describes: { Case: { ok: true, value: caseDescribe() }, Account: { ok: true, value: account } } }));
    const carr = check.items.find((item) => item.id === "field:account.carr");
    expect(carr).toMatchObject({ status: "missing", profilePath: ["account", "fields", "carr"], withoutIt: "the pooled CARR threshold is not checked" });
    expect(carr?.candidates[0]).toEqual({ apiName: "ARR_Current__c", label: "CARR" });
    // A text field is no CARR, however alike its name.
    expect(carr?.candidates.map((candidate) => candidate.apiName)).not.toContain("Carrier__c");
    expect(check.items.find((item) => item.id === "field:account.region")?.candidates[0]?.apiName).toBe("Region__c");
  });

  it("tells a field of the wrong type, and one the user may read but not edit, from a missing one", () => {
    const kase = caseDescribe();
    kase.fields = kase.fields.map((f) => (f.name === "Notes__c" ? { ...f, updateable: false } : f.name === "Opportunity__c" ? { ...f, type: "string" } : f));
    const check = evaluateOrgCheck(DEFAULT_PROFILE, answers({ describes: { Case: { ok: true, value: kase }, Account: { ok: true, value: accountDescribe() } } }));
    expect(check.items.find((item) => item.id === "field:case.notes")).toMatchObject({ status: "no-access", detail: expect.stringMatching(/cannot edit/) });
    expect(check.items.find((item) => item.id === "field:case.opportunity")).toMatchObject({ status: "missing", detail: expect.stringMatching(/string field/) });
  });

  it("counts a user in a public group that is a member of the queue as in the pool", () => {
    const check = evaluateOrgCheck(
      DEFAULT_PROFILE,
      answers({
        memberships: {
          ok: true,
          value: [
            { groupId: "00G8X0000000077AAA", userOrGroupId: ME },
            { groupId: "00G8X0000000002AAA", userOrGroupId: "00G8X0000000077AAA" },
          ],
        },
      }),
    );
    expect(check.items.find((item) => item.id === "membership")).toMatchObject({ status: "found", detail: "member of EMEA Pooled Sales Queue" });
    const outside = evaluateOrgCheck(DEFAULT_PROFILE, answers({ memberships: { ok: true, value: [{ groupId: "00G8X0000000009AAA", userOrGroupId: ME }] } }));
    expect(outside.items.find((item) => item.id === "membership")?.status).toBe("missing");
  });

  it("names renamed queues, statuses and business hours, each with the org's closest names", () => {
    const profile = profileWith((p) => {
      p.pools[0]!.businessHours = "AMER Hours";
      p.case.closedStatuses = ["Closed - Won", "New"];
    });
    const check = evaluateOrgCheck(
      profile,
      answers({
        groups: { ok: true, value: [{ id: "00G8X0000000011AAA", developerName: "AMER_Pooled_Queue", name: "AMER Pooled Queue", type: "Queue" }] },
        businessHours: { ok: true, value: [{ name: "AMER Business Hours", isDefault: false, isActive: true }] },
      }),
    );
    expect(check.items.find((item) => item.id === "queue:amer")).toMatchObject({ status: "missing", profilePath: ["pools", "0", "queue"], candidates: [{ apiName: "AMER_Pooled_Queue" }] });
    expect(check.items.find((item) => item.id === "status:Closed - Won")).toMatchObject({ status: "missing", candidates: [{ apiName: "Closed" }] });
    expect(check.items.find((item) => item.id === "status:In Progress")?.status).toBe("found");
    expect(check.items.find((item) => item.id === "status:New")).toMatchObject({ status: "missing", detail: "this status does not close a case" });
    expect(check.items.find((item) => item.id === "business-hours:amer")).toMatchObject({ status: "missing", candidates: [{ apiName: "AMER Business Hours" }] });
    // EMEA still uses the default hours, which this org lacks.
    expect(check.items.find((item) => item.id === "business-hours:default")).toMatchObject({ status: "missing", withoutIt: expect.stringContaining("EMEA") });
    expect(check.items.find((item) => item.id === "group:Pooled_Sales_Managers")?.status).toBe("missing");
  });

  it("offers the org's open statuses for a missing In Progress, never the status new cases start in", () => {
    const statuses = { ok: true as const, value: [{ apiName: "New", label: "New", isClosed: false, isDefault: true }, { apiName: "Working", label: "Working", isClosed: false }, { apiName: "Solved", label: "Solved", isClosed: true }] };
    const check = evaluateOrgCheck(DEFAULT_PROFILE, answers({ statuses }));
    expect(check.items.find((item) => item.id === "status:In Progress")).toMatchObject({ status: "missing", candidates: [{ apiName: "Working", label: "Working" }] });
  });

  it("leaves membership to the org context when asked without a user", () => {
    const check = evaluateOrgCheck(DEFAULT_PROFILE, answers({ userId: "", memberships: { ok: false, errorCode: "NOT_ASKED", message: "not asked" } }));
    expect(check.items.find((item) => item.id === "membership")).toBeUndefined();
    expect(check.items.find((item) => item.id === "queue:amer")?.status).toBe("found");
  });

  it("says which part Salesforce refused instead of failing the whole check", () => {
    const check = evaluateOrgCheck(DEFAULT_PROFILE, answers({ memberships: { ok: false, errorCode: "INVALID_TYPE", message: "sObject type 'GroupMember' is not supported." } }));
    expect(check.items.find((item) => item.id === "membership")).toMatchObject({ status: "no-access", detail: expect.stringContaining("INVALID_TYPE") });
    expect(check.items.find((item) => item.id === "queue:amer")?.status).toBe("found");
  });

  it("stops at the API when the session may not use it", () => {
    const check = evaluateOrgCheck(DEFAULT_PROFILE, answers({ api: { ok: false, message: "This session is not valid for use with the REST API" } }));
    expect(check.items).toEqual([expect.objectContaining({ id: "api", status: "no-access", withoutIt: expect.stringMatching(/connect/i) })]);
  });

  it("reads the pool from a User field when the profile says so", () => {
    const profile = profileWith((p) => {
      p.people.region = { kind: "user-field", field: "Sales_Region__c" };
    });
    expect(objectsToDescribe(profile)).toContain("User");
    expect(objectsToDescribe(DEFAULT_PROFILE)).not.toContain("User");
    const found = evaluateOrgCheck(profile, answers({ me: { ok: true, value: { Sales_Region__c: "emea" } } }));
    expect(found.items.find((item) => item.id === "membership")).toMatchObject({ status: "found", detail: expect.stringContaining("EMEA Pooled Sales Queue") });
    const empty = evaluateOrgCheck(profile, answers({ me: { ok: true, value: { Sales_Region__c: null } } }));
    expect(empty.items.find((item) => item.id === "membership")).toMatchObject({ status: "missing", detail: expect.stringMatching(/empty/) });
    // No User describe was answered: the field is not known to exist.
    expect(found.items.find((item) => item.id === "field:user.region")?.status).toBe("no-access");
  });
});

describe("candidates for a missing field", () => {
  it("prefer the role's label, then a look-alike API name, and only fields of a usable type", () => {
    const fields = [field("Amount__c", "Amount", "currency"), field("Current_ARR__c", "Current ARR", "currency"), field("Carr_Value__c", "Annual value", "currency"), field("CARR_Text__c", "CARR", "string")];
    expect(closestFields({ label: "CARR", apiName: "CARR__c", types: ["currency", "double"] }, fields).map((c) => c.apiName)).toEqual(["Carr_Value__c", "Current_ARR__c"]);
    expect(closestFields({ label: "Notes", apiName: "Notes__c", types: ["textarea"] }, fields)).toEqual([]);
    // A lookup to the right object, whatever its name; fillers like "Date/Time" match nothing by themselves.
    const lookups = [field("Related_Deal__c", "Related Deal", "reference"), field("ParentId", "Parent Case ID", "reference")].map((f, i) => ({ ...f, referenceTo: i === 0 ? ["Opportunity"] : ["Case"] }));
    expect(closestFields({ label: "Opportunity", apiName: "Opportunity__c", types: ["reference"], referenceTo: "Opportunity" }, lookups)).toEqual([{ apiName: "Related_Deal__c", label: "Related Deal" }]);
    const dates = [field("CreatedDate", "Date/Time Opened", "datetime"), field("First_Touch_At__c", "First Touch", "datetime")];
    expect(closestFields({ label: "Date/Time First Responded", apiName: "First_Responded_Date__c", types: ["datetime"] }, dates).map((c) => c.apiName)).toEqual(["First_Touch_At__c"]);
  });
});
