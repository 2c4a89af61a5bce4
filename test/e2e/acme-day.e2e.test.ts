/**
 * A day's work on an org the extension has never seen (the simulated acme org:
 * other names everywhere, browser sessions refused on its API), in real Chromium
 * on the production build: the admin's profile pushed by Chrome policy, the AE
 * connected through the org's authorize page, then panel, claim, log, transfer,
 * close, the popup's queue and a referral, each checked in the org's own records.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";

import { createSimulator, type Simulator } from "../simulator/index";
import { ACME_ACCOUNTS, ACME_CASES, ACME_USERS, IN_PROGRESS, QUEUES, RECORD_TYPES, acmeSeed } from "../simulator/seeds/acme";
import { BUILD_DIR, caseUrl } from "../tools/extension-browser";
import { AccountPanel } from "./support/account-panel";
import { connectThroughAuthorizePage, openAcmeBrowser, panelShows, type AcmeBrowser } from "./support/acme-org";
import { CaseActionsPanel } from "./support/case-actions-panel";
import { removeStalePolicy, unpackedExtensionId, writeExtensionPolicy, type PolicyFile } from "./support/managed-policy";
import { PopupPage } from "./support/popup";

const POLICY_NAME = "pcc-e2e-acme-day";
const ACME_PROFILE = readFileSync(join(import.meta.dirname, "../fixtures/acme-profile.json"), "utf8");
const jamie = ACME_USERS.jamieOrtiz;

let sim: Simulator;
let policy: PolicyFile;
let acme: AcmeBrowser;
let actions: CaseActionsPanel;
const caseNumber = (id: string) => String(sim.store.get("Case", id)!.CaseNumber);

beforeAll(async () => {
  removeStalePolicy(POLICY_NAME);
  sim = await createSimulator({ seed: acmeSeed(new Date()) });
  policy = writeExtensionPolicy(POLICY_NAME, unpackedExtensionId(BUILD_DIR), { orgProfiles: { "acme.my.salesforce.com": ACME_PROFILE } });
  acme = await openAcmeBrowser(sim);
  actions = new CaseActionsPanel(acme.panel);
  await acme.page.goto(caseUrl(ACME_CASES.npsDetractor));
  await connectThroughAuthorizePage(acme, await panelShows(acme.panel));
  await acme.panel.waitForCase(caseNumber(ACME_CASES.npsDetractor), 20_000);
});

afterAll(async () => {
  policy?.remove();
  await acme?.browser.close();
  await sim?.close();
});

describe("a day on the acme org", () => {
  it("shows a case with acme's names: the trigger as people type it, the pool's queue, no switched-off lines", async () => {
    const text = await acme.panel.waitForCase(caseNumber(ACME_CASES.npsDetractor));
    expect(text).toContain("NPS/CSAT response");
    expect(text).toContain("NA Digital Sales");
    const frame = await acme.panel.waitForFrame();
    expect(await frame.getByRole("region", { name: "Not available in this org" }).count()).toBe(0);
  });

  it("claims it: Owner Jamie and acme's in-progress status, first touch stamped by the org", async () => {
    await (await actions.claimButton(caseNumber(ACME_CASES.npsDetractor))).click();
    // An older High case waits in the queue: the panel asks first, naming it.
    const frame = await acme.panel.waitForFrame();
    const ask = frame.getByRole("alertdialog", { name: "Claim out of order?" });
    await expect(ask.innerText()).resolves.toMatch(/has waited longer/);
    await ask.getByRole("button", { name: "Claim anyway" }).click();
    expect(await actions.claimAnswer(caseNumber(ACME_CASES.npsDetractor))).toMatch(/You own this case now: Status is Working/);
    const record = sim.store.get("Case", ACME_CASES.npsDetractor)!;
    expect(record).toMatchObject({ OwnerId: jamie.userId, Status: IN_PROGRESS });
    expect(record.First_Touch_At__c).toBeTruthy();
  });

  it("logs the Day 1 email, and the step ticks", async () => {
    const frame = await acme.panel.waitForFrame();
    await frame.locator('[data-day="1"]').getByRole("button", { name: "Log an email sent elsewhere" }).click();
    await expect.poll(() => frame.locator('[data-day="1"]').getAttribute("data-state"), { timeout: 15_000 }).toBe("done");
    const tasks = sim.store.rows("Task").filter((task) => task.WhatId === ACME_CASES.npsDetractor && task.TaskSubtype === "Email");
    expect(tasks).toHaveLength(1);
  });

  it("sends a case to the AE who works its account, with the reason in acme's notes field", async () => {
    await acme.page.goto(caseUrl(ACME_CASES.contactUsConflict));
    const conflicts = await actions.conflicts(caseNumber(ACME_CASES.contactUsConflict));
    await conflicts.getByRole("button", { name: `Transfer to ${ACME_USERS.taylorBrooks.name}` }).click();
    await expect.poll(() => sim.store.get("Case", ACME_CASES.contactUsConflict)!.OwnerId, { timeout: 15_000 }).toBe(ACME_USERS.taylorBrooks.userId);
    // The panel redraws with the case where the handbook says it goes.
    await conflicts.getByText(`This case is with ${ACME_USERS.taylorBrooks.name}, as the handbook says.`).waitFor({ timeout: 15_000 });
    const record = sim.store.get("Case", ACME_CASES.contactUsConflict)!;
    expect(String(record.Rep_Notes__c)).toMatch(/transferred to Taylor Brooks by Jamie Ortiz/);
  });

  it("closes Jamie's case with one of acme's closed statuses and its Outcome", async () => {
    // The AE set the Case Reason in Salesforce, as the close readiness asks.
    sim.store.update("Case", ACME_CASES.cadenceDay3, { Reason: "Product Question" }, jamie.userId);
    await acme.page.goto(caseUrl(ACME_CASES.cadenceDay3));
    const dialog = await actions.openCloseDialog(caseNumber(ACME_CASES.cadenceDay3));
    const statuses = await dialog.getByLabel("Status").locator("option").allInnerTexts();
    expect(statuses.slice(1)).toEqual(["Solved", "Closed - No Response", "Closed - Merged"]);
    await dialog.getByLabel("Status").selectOption("Solved");
    await dialog.getByLabel("Resolution Action").selectOption("Answered");
    await dialog.getByRole("button", { name: /^Close case/ }).click();
    await expect.poll(() => sim.store.get("Case", ACME_CASES.cadenceDay3)!.IsClosed, { timeout: 15_000 }).toBe(true);
    expect(sim.store.get("Case", ACME_CASES.cadenceDay3)).toMatchObject({ Status: "Solved", Outcome__c: "Answered" });
  });

  it("lists Jamie's pool in the popup: acme's NA queue, the high priority first", async () => {
    const popup = await PopupPage.open(acme.browser.context, acme.browser.extensionId);
    await popup.page.getByText(/open in NA Digital Sales/).waitFor({ timeout: 20_000 });
    const numbers = await popup.caseNumbers();
    const waiting = sim.store.rows("Case").filter((c) => c.OwnerId === QUEUES.na.id && !c.IsClosed);
    expect([...numbers].sort()).toEqual(waiting.map((c) => String(c.CaseNumber)).sort());
    const priorityOf = (number: string) => waiting.find((c) => String(c.CaseNumber) === number)!.Priority;
    const highs = waiting.filter((c) => c.Priority === "High").length;
    expect(highs).toBeGreaterThan(0);
    expect(numbers.slice(0, highs).map(priorityOf)).toEqual(Array(highs).fill("High"));
    await popup.close();
  });

  it("creates a referral on a pooled account: acme's record type and origin, in the pool's queue", async () => {
    const account = new AccountPanel(acme);
    await account.openAndFill(ACME_ACCOUNTS.marigold, "Marigold Florist", { search: "rosa", contact: "Rosa Delgado", description: "Wants a quote for the shop's second site.", reason: "Product Question" });
    const form = await account.form();
    await form.getByRole("button", { name: "Create Pooled case" }).click();
    // Marigold already has an open case in the pool: the form says so and asks.
    await form.getByRole("button", { name: "Create another case anyway" }).click();
    await (await account.frame()).getByRole("status").waitFor({ timeout: 15_000 });
    const created = sim.store.rows("Case").find((c) => c.AccountId === ACME_ACCOUNTS.marigold && c.Subject === "Referral")!;
    expect(created).toMatchObject({ RecordTypeId: RECORD_TYPES.digitalSales.id, Origin: "Employee Referral", OwnerId: QUEUES.na.id });
  });
});
