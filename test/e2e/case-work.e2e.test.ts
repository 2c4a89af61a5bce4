/**
 * Issue 3 end to end: the panel's trigger, cadence, clocks, cheat sheet and notes
 * on the demo org, through the production build in Chromium.
 */
import type { Frame } from "playwright-core";

import { DEMO_USERS } from "../simulator/seeds/baseline";
import { DEMO_CASES, DEMO_SLA } from "../simulator/seeds/demo";
import { startOrgSession, type OrgSession } from "./support/org-session";

let org: OrgSession;

beforeAll(async () => {
  org = await startOrgSession();
});
afterAll(async () => {
  await org?.close();
});

async function openPanel(caseId: string): Promise<Frame> {
  await org.openCase(caseId);
  await org.panel.waitForCase(org.caseNumber(caseId));
  return org.panel.frame()!;
}

/** Today in the demo user's zone, YYYY-MM-DD. */
const localToday = (user: keyof typeof DEMO_USERS) => new Date().toLocaleDateString("en-CA", { timeZone: DEMO_USERS[user].timeZone });

const cadenceStates = (frame: Frame) => frame.locator("[data-day]").evaluateAll((steps) => steps.map((step) => `${step.getAttribute("data-day")}:${step.getAttribute("data-state")}`));

describe("the case panel's playbook, cadence and clocks", () => {
  it.each([
    ["contactUsNew", "contact-us-form"],
    ["npsNew", "nps-csat"],
    ["pqlNew", "pql-hand-raise"],
    ["postChurnNew", "post-churn-survey"],
    ["fastMovingBuyerNew", "fast-moving-buyer"],
    ["internalReferral", "internal-referral"],
    ["expansionNew", "expansion-opportunity"],
    ["churnNew", "churn-contraction"],
    ["urgentRenewalNew", "urgent-renewal"],
    ["inboundRequestNew", "inbound-request"],
  ] as const)("names the trigger of %s (%s) and its playbook", async (key, trigger) => {
    const frame = await openPanel(DEMO_CASES[key]);
    await expect.poll(() => frame.locator(`[data-trigger="${trigger}"]`).count()).toBe(1);
    expect(await frame.getByRole("region", { name: "Trigger" }).innerText()).toMatch(/First step/);
  });

  it("shows a Contact Us form's details verbatim and an unknown subject as Unclassified", async () => {
    let frame = await openPanel(DEMO_CASES.contactUsNew);
    const details = String(org.sim.store.get("Case", DEMO_CASES.contactUsNew)!.Web_Form_Details__c);
    expect(await frame.locator("pre.verbatim").innerText()).toBe(details);

    frame = await openPanel(DEMO_CASES.unclassified);
    const trigger = frame.getByRole("region", { name: "Trigger" });
    expect(await trigger.innerText()).toContain("Unclassified");
    expect(await trigger.innerText()).toContain(String(org.sim.store.get("Case", DEMO_CASES.unclassified)!.Subject));
  });

  it.each([
    ["averyChen", "cadenceDay1", ["1:done", "3:upcoming", "5:upcoming", "7:upcoming"]],
    ["priyaShah", "cadenceDay3", ["1:done", "3:due", "5:upcoming", "7:upcoming"]],
    // Opened 10 business hours before the claim: its Day 7 falls after the 7-day target and moves up to it (see below).
    ["jordanRivera", "cadenceDay3Overdue", ["1:done", "3:overdue", "5:due", "7:upcoming"]],
    ["marcusLee", "cadenceComplete", ["1:done", "3:done", "5:done", "7:done"]],
    ["samOkafor", "cadencePastSevenDays", ["1:done", "3:done", "5:done", "7:overdue"]],
  ] as const)("as %s, shows %s at its cadence stage", async (user, key, expected) => {
    await org.loginAs(user, `/lightning/r/Case/${DEMO_CASES[key]}/view`);
    await org.panel.waitForCase(org.caseNumber(DEMO_CASES[key]));
    const frame = org.panel.frame()!;
    // A Day 7 after the target is moved up to the target's last day (the profile compresses): due on that day itself.
    const day7 = frame.locator('[data-day="7"]');
    const dueToday = (await day7.getAttribute("data-after-target")) === "true" && (await day7.getAttribute("data-date")) === localToday(user);
    expect(await cadenceStates(frame)).toEqual(dueToday ? [...expected.slice(0, 3), "7:due"] : expected);
  });

  it("previews the cadence of a case nobody has claimed", async () => {
    const frame = await openPanel(DEMO_CASES.pqlNew);
    expect(await cadenceStates(frame)).toEqual(["1:preview", "3:preview", "5:preview", "7:preview"]);
  });

  it("shows an SLA met, one breached, one at risk, and the 7-day target overdue", async () => {
    let frame = await openPanel(DEMO_SLA.pickedUpWithinSla);
    expect(await frame.locator('[data-clock="sla"]').innerText()).toMatch(/Met[\s\S]*Answered/);

    frame = await openPanel(DEMO_SLA.pickedUpAfterSla);
    expect(await frame.locator('[data-clock="sla"]').innerText()).toMatch(/Breached[\s\S]*Late by/);

    frame = await openPanel(DEMO_SLA.atRisk);
    expect(await frame.locator('[data-clock="sla"]').innerText()).toMatch(/At risk/);

    frame = await openPanel(DEMO_CASES.cadencePastSevenDays);
    expect(await frame.locator('[data-clock="resolution"]').innerText()).toMatch(/Overdue by \d+ day/);
  });

  it("logs a call made elsewhere with its outcome and ticks Day 3", async () => {
    const caseId = DEMO_CASES.cadenceDay3;
    await org.loginAs("priyaShah", `/lightning/r/Case/${caseId}/view`);
    await org.panel.waitForCase(org.caseNumber(caseId));
    const call = org.panel.frame()!.locator('[data-day="3"]').getByRole("group", { name: "Day 3 call" });
    await call.getByRole("button", { name: "Log a call made elsewhere" }).click();
    await call.getByRole("radio", { name: "Connected" }).check();
    await call.getByRole("button", { name: "Log call" }).click();
    await expect.poll(() => org.panel.frame()!.locator('[data-day="3"]').getAttribute("data-state")).toBe("done");

    const tasks = org.sim.store.query(`SELECT Id, TaskSubtype, Status, WhoId, CallDisposition FROM Task WHERE WhatId = '${caseId}' AND TaskSubtype = 'Call'`).records;
    expect(tasks).toHaveLength(1);
    expect(tasks[0]).toMatchObject({ Status: "Completed", CallDisposition: "Connected", WhoId: org.sim.store.get("Case", caseId)!.ContactId });
  });

  it("shows a 32,000-character description cut to its start, with the rest one click away", async () => {
    const frame = await openPanel(DEMO_CASES.hugeDescription);
    const description = String(org.sim.store.get("Case", DEMO_CASES.hugeDescription)!.Description);
    const section = frame.getByRole("region", { name: "Description" });
    expect((await section.locator("pre").innerText()).length).toBeLessThan(description.length);
    await section.getByRole("button", { name: /Show all/ }).click();
    expect((await section.locator("pre").innerText()).trim()).toBe(description.trim());
  });

  it("shows the cheat sheet of the step the case is in", async () => {
    let frame = await openPanel(DEMO_CASES.contactUsNew);
    expect(await frame.getByRole("region", { name: "Field updates" }).innerText()).toMatch(/Claiming sets/i);
    frame = await openPanel(DEMO_CASES.noContact);
    expect(await frame.locator('[data-line="contact"]').count()).toBe(0); // unclaimed: the claim lines only
    await org.loginAs("jordanRivera", `/lightning/r/Case/${DEMO_CASES.cadenceDay3Overdue}/view`);
    await org.panel.waitForCase(org.caseNumber(DEMO_CASES.cadenceDay3Overdue));
    expect(await org.panel.frame()!.locator('[data-line="contact"]').getAttribute("data-ok")).toBe("true");
  });

  it("keeps a Notes draft through a reload and a failed save, then saves it", async () => {
    const caseId = DEMO_CASES.cadenceDay1;
    await org.loginAs("averyChen", `/lightning/r/Case/${caseId}/view`);
    await org.panel.waitForCase(org.caseNumber(caseId));
    const draft = "Call booked for Thursday; send the 20-seat quote first.";
    await org.panel.frame()!.getByRole("textbox", { name: /Notes/ }).fill(draft);

    await org.page.reload();
    await org.panel.waitForCase(org.caseNumber(caseId));
    let frame = org.panel.frame()!;
    await expect.poll(() => frame.getByRole("textbox", { name: /Notes/ }).inputValue()).toBe(draft);
    expect(await frame.getByText("Unsaved draft restored").count()).toBe(1);

    org.sim.fail({ method: "PATCH", path: `/sobjects/Case/${caseId}`, status: 400, body: [{ message: "Notes must mention a date.", errorCode: "FIELD_CUSTOM_VALIDATION_EXCEPTION" }], times: 1 });
    await frame.getByRole("button", { name: "Save notes" }).click();
    expect(await frame.getByRole("alert").innerText()).toContain("Notes must mention a date.");
    expect(await frame.getByRole("textbox", { name: /Notes/ }).inputValue()).toBe(draft);

    await frame.getByRole("button", { name: "Save notes" }).click();
    await expect.poll(() => org.sim.store.get("Case", caseId)!.Notes__c).toBe(draft);
    await org.page.reload();
    await org.panel.waitForCase(org.caseNumber(caseId));
    frame = org.panel.frame()!;
    await expect.poll(() => frame.getByRole("textbox", { name: /Notes/ }).inputValue()).toBe(draft);
    // The cached panel may show first; once the refreshed case carries the text, nothing is unsaved.
    await expect.poll(() => frame.getByText("Unsaved draft restored").count()).toBe(0);
  });

  it("shows a revisited case from cache before any API call, then refreshes it", async () => {
    await openPanel(DEMO_CASES.npsNew);
    await openPanel(DEMO_CASES.pqlNew);
    org.sim.setLatency(1500);
    org.sim.resetRequests();
    try {
      await org.openCase(DEMO_CASES.npsNew);
      await org.panel.waitForCase(org.caseNumber(DEMO_CASES.npsNew), 1200);
      expect(org.sim.countRequests({ path: /^\/services\// })).toBe(0);
      await expect.poll(() => org.sim.countRequests({ path: /^\/services\/data\/v[\d.]+\/composite/ }), { timeout: 5000 }).toBe(1);
    } finally {
      org.sim.setLatency(0);
    }
  });
});
