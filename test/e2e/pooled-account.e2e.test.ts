/**
 * Issue 6 end to end: the pooled-account banner on Account and Contact pages
 * (Lightning and Classic) and the one-form referral case, in real Chromium against
 * the simulated org. One simulator and one browser for the whole file.
 */
import { toId15 } from "../../src/domain/salesforce-id";
import { apiCalls as countApiCalls, REST_API, waitForStartupApi } from "../bench/measure";
import { DEMO_USERS, QUEUE_IDS, RECORD_TYPE_IDS } from "../simulator/seeds/baseline";
import { DEMO_ACCOUNTS, DEMO_CASES } from "../simulator/seeds/demo";
import { LIGHTNING, MY_DOMAIN } from "../tools/extension-browser";
import { AccountPanel } from "./support/account-panel";
import { startOrgSession, type OrgSession } from "./support/org-session";

let org: OrgSession;
let accounts: AccountPanel;

/** Every call to the REST API (the page loads and frontdoor are not API calls). */
const apiCalls = () => countApiCalls(org.sim, REST_API);

const accountIdNamed = (name: string) => {
  const row = org.sim.store.rows("Account").find((account) => account.Name === name);
  if (!row) throw new Error(`No account ${name}`);
  return String(row.Id);
};

beforeAll(async () => {
  // Any team member may loop in the Pooled team: here the support engineer.
  org = await startOrgSession("kenjiWatanabe");
  accounts = new AccountPanel(org);
  // The worker's own start-up calls (the toolbar badge's first count) are not the banner's round trips.
  await waitForStartupApi(org.sim, org.page);
});
afterAll(async () => {
  await org?.close();
});

describe("the pooled-account banner", () => {
  it("shows a pooled AMER account: do not Chatter, CARR against the threshold, open cases, the landing page; in 1 round trip", async () => {
    org.sim.resetRequests();
    const banner = await accounts.open(DEMO_ACCOUNTS.bluebirdBakery, "Bluebird Bakery Co");
    await expect.poll(() => org.panel.isDocked()).toBe(true);

    const text = await banner.innerText();
    expect(text).toContain("Do not Chatter the Pooled Sales User: create a Pooled case");
    expect(text).toContain("CARR $2,400: under the $4,000 pooled threshold for existing customers");
    expect(text).toContain("Open Pooled cases (1)");
    expect(text).toContain(`${org.caseNumber(DEMO_CASES.contactUsNew)} Contact Us Form Response - Bluebird Bakery Co`);
    expect(text).toContain("waiting in Pooled Sales Queue");
    expect(await banner.getByRole("link", { name: "https://page.gitlab.com/smbsales" }).getAttribute("href")).toBe("https://page.gitlab.com/smbsales");
    // Account, open pooled cases, contacts and (first time in the session) describe of Case: one Composite.
    expect(apiCalls()).toBe(1);
    expect(org.sim.countRequests({ method: "POST", path: "/composite" })).toBe(1);
  });

  it("shows nothing on a non-pooled account: the dock stays hidden", async () => {
    org.sim.resetRequests();
    await org.page.goto(`${LIGHTNING}/lightning/r/Account/${DEMO_ACCOUNTS.nonPooledMeridian}/view`);
    await (await accounts.frame()).locator('[data-pooled-account="not-pooled"]').waitFor({ state: "attached" });
    await org.page.waitForTimeout(100);
    expect(await org.panel.isDocked()).toBe(false);
    expect(apiCalls()).toBe(1);
    expect(await (await accounts.frame()).locator("article").count()).toBe(0);
  });

  it("shows an EMEA pooled account owned by the region's Pooled AE, on a Classic page", async () => {
    org.sim.resetRequests();
    await org.page.goto(`${MY_DOMAIN}/${toId15(accountIdNamed("Brightwater Analytics Ltd"))}`);
    const text = await (await accounts.banner("Brightwater Analytics Ltd")).innerText();
    await expect.poll(() => org.panel.isDocked()).toBe(true);
    expect(text).toContain("Pooled account · EMEA");
    expect(text).toContain("Siobhan Murphy (EMEA Pooled AE)");
    expect(text).toContain("EMEA Pooled Sales Queue");
    expect(apiCalls()).toBe(1);
  });

  it("follows in-page navigation from a pooled account to one of its contacts, with that contact chosen", async () => {
    await accounts.open(DEMO_ACCOUNTS.bluebirdBakery, "Bluebird Bakery Co");
    await org.panel.markNoReload();
    org.sim.resetRequests();
    await org.page.locator("a[data-sim-link]", { hasText: "Dev Patel" }).first().click();
    await org.page.waitForURL(/\/lightning\/r\/Contact\//);
    const form = await accounts.form();
    await expect.poll(() => form.getByRole("radio", { name: /Dev Patel/ }).isChecked()).toBe(true);
    await expect.poll(() => org.panel.isDocked()).toBe(true);
    expect(await org.panel.stillNoReload()).toBe(true);
    expect(apiCalls()).toBe(1);
  });
});

describe("the referral case", () => {
  it("creates it from an Account page in 1 round trip; it lands in the Pooled Sales Queue with every field as the handbook says", async () => {
    const accountId = accountIdNamed("Lanternfish Games");
    const description = "Customer asked me for 10 more seats on a support ticket: https://support.example/tickets/4711";
    const form = await accounts.openAndFill(accountId, "Lanternfish Games", { search: "tyler", contact: "Tyler Voss", description, reason: "Expansion" });

    org.sim.resetRequests();
    await form.getByRole("button", { name: "Create Pooled case" }).click();
    const status = (await accounts.frame()).getByRole("status");
    await status.waitFor();
    expect(apiCalls()).toBe(1);
    expect(org.sim.countRequests({ method: "POST", path: "/composite" })).toBe(1);

    // Checked through a SOQL query on the org.
    const created = org.sim.store.query(
      `SELECT Id, CaseNumber, RecordTypeId, RecordType.Name, Origin, Subject, ContactId, Contact.Name, Description, Reason, Status, OwnerId, Owner.Name, CreatedById FROM Case WHERE AccountId = '${accountId}' AND Subject = 'Referral'`,
    ).records as Array<Record<string, any>>;
    expect(created).toHaveLength(1);
    const referral = created[0]!;
    expect(referral).toMatchObject({
      RecordTypeId: RECORD_TYPE_IDS.pooledSalesCase,
      RecordType: { Name: "Pooled Sales Case" },
      Origin: "SMB Pool Internal Created",
      Subject: "Referral",
      Contact: { Name: "Tyler Voss" },
      Description: description,
      Reason: "Expansion",
      Status: "New",
      OwnerId: QUEUE_IDS.amer,
      Owner: { Name: "Pooled Sales Queue" },
      CreatedById: DEMO_USERS.kenjiWatanabe.userId,
    });
    expect(await status.innerText()).toContain(`Case ${referral.CaseNumber} created: it is in the Pooled Sales Queue`);
    expect(await status.getByRole("link", { name: String(referral.CaseNumber) }).getAttribute("href")).toBe(`${LIGHTNING}/lightning/r/Case/${referral.Id}/view`);
    // The banner lists the new case from the create's own answer.
    expect(await (await accounts.banner("Lanternfish Games")).innerText()).toContain("Open Pooled cases (1)");
  });

  it("shows the open Pooled case and its owner before creating a second one, and creates nothing when told not to", async () => {
    const form = await accounts.openAndFill(DEMO_ACCOUNTS.conflictOpenCase, "Harborview Dental Group", { search: "rosa", contact: "Rosa Alvarez", description: "Wants a call about SSO", reason: "Product Question" });
    const before = org.sim.store.rows("Case").length;

    org.sim.resetRequests();
    await form.getByRole("button", { name: "Create Pooled case" }).click();
    const warning = form.getByRole("alert");
    await warning.waitFor();
    const text = await warning.innerText();
    expect(text).toContain("Harborview Dental Group already has 2 open Pooled cases");
    expect(text).toContain(`${org.caseNumber(DEMO_CASES.conflictFirstCase)} Inbound Request: Add 5 seats before renewal`);
    expect(text).toContain("worked by Avery Chen");
    await warning.getByRole("button", { name: "Don't create" }).click();
    await warning.waitFor({ state: "detached" });
    expect(apiCalls()).toBe(0);
    expect(org.sim.store.rows("Case")).toHaveLength(before);
  });

  it("keeps the form when the create fails, and creates the case on a second try", async () => {
    const accountId = accountIdNamed("Silverline Events");
    const description = "Event season: they need SSO before March, see https://docs.example/sso";
    const form = await accounts.openAndFill(accountId, "Silverline Events", { search: "nina.reyes@", contact: "Nina Reyes", description, reason: "Expansion" });
    const rule = { object: "Case", check: () => "Referral cases are paused for maintenance." };
    org.sim.store.validationRules.push(rule);

    await form.getByRole("button", { name: "Create Pooled case" }).click();
    const alert = form.getByRole("alert");
    await alert.waitFor();
    expect(await alert.innerText()).toContain("Referral cases are paused for maintenance.");
    expect(await alert.innerText()).toContain("FIELD_CUSTOM_VALIDATION_EXCEPTION");
    expect(await form.getByRole("radio", { name: /Nina Reyes/ }).isChecked()).toBe(true);
    expect(await form.getByLabel("Description").inputValue()).toBe(description);
    expect(await form.getByLabel("Case Reason").inputValue()).toBe("Expansion");
    expect(org.sim.store.rows("Case").filter((c) => c.AccountId === accountId && c.Subject === "Referral")).toHaveLength(0);

    org.sim.store.validationRules.splice(org.sim.store.validationRules.indexOf(rule), 1);
    await form.getByRole("button", { name: "Create Pooled case" }).click();
    await (await accounts.frame()).getByRole("status").waitFor();
    expect(org.sim.store.rows("Case").filter((c) => c.AccountId === accountId && c.Subject === "Referral")).toHaveLength(1);
  });
});
