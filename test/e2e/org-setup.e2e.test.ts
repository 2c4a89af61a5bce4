/**
 * Setting the extension up for an org it has never seen (the acme seed), in real
 * Chromium on the production build:
 * - with no profile, the options page's org check lists exactly what acme lacks,
 *   and the panel stays up;
 * - where the org refuses the browser session on the REST API, the panel says so
 *   and asks for the admin's app;
 * - the profile pushed through Chrome's managed storage (a policy file) shows up
 *   read-only on the options page and is used: "Connect to Salesforce" through
 *   acme's authorize page connects the worker with OAuth and the panel shows the
 *   case, the org check then finds everything, and logging in to Salesforce as
 *   someone else is caught.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";

import type { Page } from "playwright-core";

import { createSimulator, type Simulator } from "../simulator/index";
import { ACME_CASES, ACME_USERS, acmeSeed } from "../simulator/seeds/acme";
import { BUILD_DIR, caseUrl, frontdoorUrl } from "../tools/extension-browser";
import { connectThroughAuthorizePage, openAcmeBrowser as open, panelShows, type AcmeBrowser as Opened } from "./support/acme-org";
import { removeStalePolicy, unpackedExtensionId, writeExtensionPolicy, type PolicyFile } from "./support/managed-policy";

const POLICY_NAME = "pcc-e2e-org-setup";
const ACME_PROFILE = readFileSync(join(import.meta.dirname, "../fixtures/acme-profile.json"), "utf8");
const HOST = "acme.my.salesforce.com";
const jamie = ACME_USERS.jamieOrtiz;

async function optionsPage(opened: Opened): Promise<Page> {
  const page = await opened.browser.context.newPage();
  await page.goto(`chrome-extension://${opened.browser.extensionId}/options.html?org=${HOST}`);
  return page;
}

/** The org check's items that are not found, by label, once the check has answered. */
async function notFound(options: Page): Promise<string[]> {
  await options.getByText(/^Checked .* found\./).waitFor({ timeout: 20_000 });
  const items = options.locator("ul.checks > li");
  const labels: string[] = [];
  for (const item of await items.all()) {
    const status = await item.locator(".check__status").innerText();
    if (status !== "Found") labels.push(`${status}: ${await item.getAttribute("aria-label")}`);
  }
  return labels;
}

beforeAll(() => removeStalePolicy(POLICY_NAME));

describe("acme with no profile", () => {
  let opened: Opened;
  beforeAll(async () => {
    opened = await open(await createSimulator({ seed: acmeSeed(new Date(), { apiAccessControl: false }) }));
  });
  afterAll(async () => {
    await opened?.browser.close();
    await opened?.sim.close();
  });

  it("lists exactly what acme lacks on the options page, with acme's own field as the candidate", async () => {
    const options = await optionsPage(opened);
    expect((await notFound(options)).sort()).toEqual(
      [
        "Missing: You are in a pool",
        "Missing: Case record type Pooled_Sales_Case",
        "Missing: Case field Notes (Notes__c)",
        "Missing: Case field Resolution Action (Resolution_Action__c)",
        "Missing: Case field Web Form Details (Web_Form_Details__c)",
        "Missing: Case field Date/Time First Responded (First_Responded_Date__c)",
        "Missing: Case field Time to First Response (Time_To_First_Response__c)",
        "Missing: Case field Opportunity (Opportunity__c)",
        "Missing: Account field CARR (CARR__c)",
        "Missing: Account field Region (Pooled_Region__c)",
        "Missing: Queue of AMER Pooled Sales Queue (Pooled_Sales_Queue)",
        "Missing: Queue of EMEA Pooled Sales Queue (EMEA_Pooled_Sales_Queue)",
        "Missing: Case status In Progress",
        "Missing: Public group Pooled_Sales_Managers (the Pooled ASMs)",
      ].sort(),
    );
    const carr = options.getByRole("listitem", { name: "Account field CARR (CARR__c)" });
    await expect(carr.getByRole("button").first().innerText()).resolves.toBe("Use Contracted_ARR__c");
  });

  it("keeps the panel up on an acme case", async () => {
    await opened.page.goto(caseUrl(ACME_CASES.npsDetractor));
    await panelShows(opened.panel);
    expect(await opened.panel.isDocked()).toBe(true);
  });
});

describe("acme refusing the browser session on the REST API", () => {
  let sim: Simulator;
  let opened: Opened | undefined;
  let policy: PolicyFile | undefined;
  beforeAll(async () => {
    sim = await createSimulator({ seed: acmeSeed(new Date()) });
  });
  afterAll(async () => {
    policy?.remove();
    await opened?.browser.close();
    await sim?.close();
  });

  it("with no profile, the panel says Salesforce refuses the session and that the admin's app is needed", async () => {
    opened = await open(sim);
    await opened.page.goto(caseUrl(ACME_CASES.npsDetractor));
    const frame = await panelShows(opened.panel);
    const notice = await frame.getByRole("alert").innerText();
    expect(notice).toMatch(/does not let the browser's session use its API/);
    expect(notice).toMatch(/consumer key/);
    expect(await frame.getByRole("button", { name: "Connect to Salesforce" }).count()).toBe(0);
    await opened.browser.close();
    opened = undefined;
  });

  it("uses the profile pushed by Chrome policy, shown read-only on the options page", async () => {
    const extensionId = unpackedExtensionId(BUILD_DIR);
    policy = writeExtensionPolicy(POLICY_NAME, extensionId, { orgProfiles: { [HOST]: ACME_PROFILE } });
    opened = await open(sim);
    expect(opened.browser.extensionId).toBe(extensionId);
    const options = await optionsPage(opened);
    await options.getByText(/Set by your admin's Chrome policy: read-only here/).waitFor();
    const editor = options.getByLabel(/Profile JSON/);
    await expect(editor.getAttribute("readonly")).resolves.not.toBeNull();
    await expect(editor.inputValue()).resolves.toContain("Acme Cloud (simulated org)");
    expect(await options.getByRole("button", { name: "Save" }).count()).toBe(0);
    // The pushed profile's consumer key makes connecting possible, and the check says the browser session is refused.
    expect(await notFound(options)).toEqual(["No access: REST API with this session"]);
    await options.getByText("Salesforce refuses this browser's session on its API in this org: connect with OAuth.").waitFor();
    await options.close();
  });

  it("connects through acme's authorize page, and the worker then works on the API with OAuth", async () => {
    const { page, panel } = opened!;
    await page.goto(caseUrl(ACME_CASES.npsDetractor));
    const frame = await panelShows(panel);
    sim.resetRequests();
    await connectThroughAuthorizePage(opened!, frame);

    // The panel reads again with the OAuth token, the REST API takes it, and the case shows with acme's names.
    const caseNumber = String(sim.store.get("Case", ACME_CASES.npsDetractor)!.CaseNumber);
    const shown = await panel.waitForCase(caseNumber, 20_000);
    expect(shown).toContain("NPS/ CSAT Response - Score 4");
    expect(shown).toContain("NA Digital Sales");
    expect(sim.requests.some((r) => r.path.startsWith("/services/data/") && r.status === 401)).toBe(false);

    const options = await optionsPage(opened!);
    await options.getByText(`Connected with OAuth as ${jamie.name}.`).waitFor();
    expect(await notFound(options)).toEqual([]);
    await options.close();
  });

  it("catches the user logged in to Salesforce being another than the one connected, and reconnects as them", async () => {
    const { page, panel } = opened!;
    const taylor = ACME_USERS.taylorBrooks;
    await page.goto(frontdoorUrl(sim.login(taylor.username), `/lightning/r/Case/${ACME_CASES.postChurn}/view`));
    const frame = await panelShows(panel);
    // Taylor never approved the app, so Salesforce cannot hand the extension a code for Taylor without asking: not Jamie.
    await expect(frame.getByRole("alert").innerText()).resolves.toMatch(new RegExp(`connected to Salesforce as ${jamie.name}, but this browser is not logged in to Salesforce as ${jamie.name}`));
    await connectThroughAuthorizePage(opened!, frame, "Reconnect to Salesforce");
    const options = await optionsPage(opened!);
    await options.getByText(`Connected with OAuth as ${taylor.name}.`).waitFor({ timeout: 20_000 });
    await options.close();
  });
});
