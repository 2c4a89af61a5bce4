import { DEFAULT_PROFILE, OrgProfileSchema, type Pool } from "../org-profile";
import { checkCarr, classifyPooledAccount, describeCarr, type AccountFacts, type PoolPeople } from "./classify-pooled-account";
import { EMPTY_DRAFT, referralCase, searchContacts, validateReferral } from "./referral";

const POLICY = DEFAULT_PROFILE.policy.pooledAccount;
const [AMER, EMEA] = DEFAULT_PROFILE.pools as [Pool, Pool];
const POOLED_SALES_USER = { id: "0058X00000F1YFqQAN", name: "Pooled Sales User", nickname: "POOLED USER [ DO NOT CHATTER ]" };
const SIOBHAN = { id: "0058X0000000006QAA", name: "Siobhan Murphy", nickname: "smurphy" };
const AVERY = { id: "0058X0000000002QAA", name: "Avery Chen", nickname: "achen" };
const RACHEL = { id: "0058X0000000011QAA", name: "Rachel Goldberg", nickname: "rgoldberg" };
const people: PoolPeople = {
  pooledOwnerUserIds: [POOLED_SALES_USER.id],
  poolOf: (userId) => (userId === SIOBHAN.id ? EMEA : userId === AVERY.id ? AMER : null),
};

const account = (overrides: Partial<AccountFacts>): AccountFacts => ({ type: "Customer", carr: 2400, owner: POOLED_SALES_USER, ...overrides });
const classify = (facts: AccountFacts, profile = DEFAULT_PROFILE) => classifyPooledAccount(facts, profile, people);

describe("the pooled-account policy of the default profile", () => {
  it("holds the newer handbook's thresholds: under $4k for existing customers, under $2k for new ones", () => {
    expect(POLICY.carrThresholds).toEqual([
      { accountType: "Customer", segment: "existing customers", below: 4000 },
      { accountType: "Prospect", segment: "new customers", below: 2000 },
    ]);
    expect(POLICY.landingPageUrl).toBe("https://page.gitlab.com/smbsales");
  });

  it.each([
    ["a negative threshold", { carrThresholds: [{ accountType: "Customer", segment: "x", below: -1 }] }],
    ["two thresholds for one type", { carrThresholds: [{ accountType: "Customer", segment: "a", below: 1 }, { accountType: "customer", segment: "b", below: 2 }] }],
    ["no thresholds", { carrThresholds: [] }],
    ["a landing page that is not https", { landingPageUrl: "http://page.gitlab.com/smbsales" }],
  ])("refuses %s", (_label, patch) => {
    const profile = structuredClone(DEFAULT_PROFILE);
    Object.assign(profile.policy.pooledAccount, patch);
    expect(OrgProfileSchema.safeParse(profile).success).toBe(false);
  });
});

describe("classifyPooledAccount", () => {
  it.each([
    ["owned by the Pooled Sales User (by id)", account({}), { pooled: true, region: "AMER", ownedBy: "pooled-sales-user" }],
    ["owned by the Pooled Sales User (by name)", account({ owner: { ...POOLED_SALES_USER, id: "0058X0000000099QAA", nickname: null } }), { pooled: true, region: "AMER", ownedBy: "pooled-sales-user" }],
    ["owned by the Pooled Sales User (by nickname)", account({ owner: { id: "0058X0000000099QAA", name: "Pooled User", nickname: "pooled user [ do not chatter ]" } }), { pooled: true, region: "AMER", ownedBy: "pooled-sales-user" }],
    ["owned by an AE of a regional (EMEA) pool", account({ owner: SIOBHAN }), { pooled: true, region: "EMEA", ownedBy: "regional-pooled-ae" }],
    ["owned by an AE of the shared (AMER) pool: AMER accounts belong to the Pooled Sales User", account({ owner: AVERY }), { pooled: false }],
    ["owned by a Mid-Market rep, even with a small CARR", account({ owner: RACHEL, carr: 500 }), { pooled: false }],
  ])("%s", (_label, facts, expected) => {
    expect(classify(facts)).toMatchObject(expected);
  });
});

describe("checkCarr against the thresholds", () => {
  it.each([
    ["Customer", 2400, "within", 4000],
    ["Customer", 3999.99, "within", 4000],
    ["Customer", 4000, "above", 4000],
    ["Prospect", 1999, "within", 2000],
    ["Prospect", 2000, "above", 2000],
    ["Prospect", 2500, "above", 2000],
    ["customer", 100, "within", 4000],
  ] as const)("%s with CARR %d is %s the %d threshold", (type, carr, status, below) => {
    const check = checkCarr(type, carr, POLICY);
    expect(check.status).toBe(status);
    expect(check.threshold?.below).toBe(below);
  });

  it.each([
    [null, 1000, "no-threshold"],
    ["Partner", 1000, "no-threshold"],
    ["Customer", null, "unknown-carr"],
  ] as const)("type %s, CARR %s: %s", (type, carr, status) => {
    expect(checkCarr(type, carr, POLICY).status).toBe(status);
  });

  it.each([
    [checkCarr("Customer", 2400, POLICY), "CARR $2,400: under the $4,000 pooled threshold for existing customers"],
    [checkCarr("Prospect", 600, POLICY), "CARR $600: under the $2,000 pooled threshold for new customers"],
    [checkCarr("Customer", 4500, POLICY), "CARR $4,500: at or above the $4,000 pooled threshold for existing customers; the account may be due for re-alignment"],
    [checkCarr("Customer", null, POLICY), "CARR not set (pooled threshold for existing customers: under $4,000)"],
    [checkCarr("Partner", 900, POLICY), "CARR $900: no pooled threshold for this account type"],
  ])("describes %j", (check, text) => {
    expect(describeCarr(check, POLICY)).toBe(text);
  });

  it("follows the profile it is given (thresholds are data)", () => {
    const older = structuredClone(DEFAULT_PROFILE);
    older.policy.pooledAccount.carrThresholds = [{ accountType: "Customer", segment: "SMB customers", below: 1000 }];
    expect(checkCarr("Customer", 2400, older.policy.pooledAccount).status).toBe("above");
    expect(classify(account({}), older)).toMatchObject({ pooled: true, carr: { status: "above" } });
  });
});

describe("validateReferral", () => {
  const reasons = ["Expansion", "Other"];
  it.each([
    ["an empty draft", EMPTY_DRAFT, ["contactId", "description", "reason"]],
    ["a blank description", { contactId: "0038X0000000001QAA", description: "  \n ", reason: "Other" }, ["description"]],
    ["no contact", { contactId: null, description: "Wants 6 seats", reason: "Expansion" }, ["contactId"]],
    ["a reason not in the picklist", { contactId: "0038X0000000001QAA", description: "x", reason: "Made up" }, ["reason"]],
    ["a description over 32,000 characters", { contactId: "0038X0000000001QAA", description: "a".repeat(32_001), reason: "Other" }, ["description"]],
    ["a complete draft with a link", { contactId: "0038X0000000001QAA", description: "See https://gitlab.com/x/-/issues/1", reason: "Other" }, []],
  ])("%s", (_label, draft, fields) => {
    expect(Object.keys(validateReferral(draft, reasons)).sort()).toEqual([...fields].sort());
  });

  it("does not require a reason when the org offers none", () => {
    expect(validateReferral({ contactId: "0038X0000000001QAA", description: "x", reason: "" }, [])).toEqual({});
  });

  it("says what is missing in words", () => {
    const errors = validateReferral(EMPTY_DRAFT, reasons);
    expect(errors.contactId).toMatch(/contact/);
    expect(errors.description).toMatch(/Description is required/);
  });

  it("fixes the fields the handbook prescribes, with the profile's names", () => {
    expect(referralCase(DEFAULT_PROFILE)).toEqual({ recordTypeDeveloperName: "Pooled_Sales_Case", origin: "SMB Pool Internal Created", subject: "Referral" });
  });
});

describe("searchContacts", () => {
  const contacts = [
    { id: "1", name: "Maya Torres", email: "maya.torres@bluebird.example", title: "Owner" },
    { id: "2", name: "Dev Patel", email: "dev.patel@bluebird.example", title: null },
    { id: "3", name: "José Núñez", email: "jnunez@bluebird.example", title: null },
    { id: "4", name: "Amaya Dev", email: null, title: null },
  ];
  it.each([
    ["", ["1", "2", "3", "4"]],
    ["maya", ["1", "4"]],
    ["dev", ["2", "4"]],
    ["torres@", ["1"]],
    ["nunez", ["3"]],
    ["JOSE nú", ["3"]],
    ["bluebird", ["1", "2", "3"]],
    ["nobody", []],
  ])("%j finds %j", (query, ids) => {
    expect(searchContacts(contacts, query).map((c) => c.id)).toEqual(ids);
  });
});
