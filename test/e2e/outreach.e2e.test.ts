/**
 * Issue 12 end to end, in the production build in Chromium against the demo org:
 * an AE claims a case and works its cadence to Day 7 from the panel alone (each
 * email drafted from the profile's template and logged once sent, the Day 3 call
 * dialled and its outcome logged with a retry), each log one API call that ticks
 * the step without a reload, and the Task records in the API are what the panel
 * showed. The org's clock and the browser's move together from one day to the next.
 */
import {
  addDays,
  calendarFromBusinessHoursRecord,
  formatLocalDate,
  localDateOf,
  type BusinessCalendar,
  type BusinessHoursRecord,
  type HolidayRecord,
} from "../../src/domain/business-hours";
import { isBusinessDate, nextBusinessDay } from "../../src/domain/outreach/business-days";
import { telLink } from "../../src/domain/outreach/tel-url";
import { formatTaskDate } from "../../src/features/outreach/format";
import { waitForQuietApi, REST_API } from "../bench/measure";
import { DEMO_USERS } from "../simulator/seeds/baseline";
import { DEMO_CASES } from "../simulator/seeds/demo";
import { mailtoFields } from "../support/mailto-fields";
import { CaseActionsPanel } from "./support/case-actions-panel";
import { nextWednesdayMorning, OrgClock } from "./support/org-clock";
import { startOrgSession, type OrgSession } from "./support/org-session";
import { OutreachPanel } from "./support/outreach-panel";

const NY = DEMO_USERS.averyChen.timeZone;

/** The org's default business hours and its holidays, as Salesforce holds them. */
function orgCalendar(): BusinessCalendar {
  const hours = org.sim.store.query("SELECT Id, TimeZoneSidKey, SundayStartTime, SundayEndTime, MondayStartTime, MondayEndTime, TuesdayStartTime, TuesdayEndTime, WednesdayStartTime, WednesdayEndTime, ThursdayStartTime, ThursdayEndTime, FridayStartTime, FridayEndTime, SaturdayStartTime, SaturdayEndTime FROM BusinessHours WHERE IsDefault = true").records[0];
  const holidays = org.sim.store.query("SELECT Name, ActivityDate, IsAllDay, StartTimeInMinutes, EndTimeInMinutes FROM Holiday").records;
  // The records as the store holds them; the domain parses them (zod) as it does Salesforce's answers.
  return calendarFromBusinessHoursRecord(hours as BusinessHoursRecord, holidays as HolidayRecord[], clock.now());
}

let org: OrgSession;
let clock: OrgClock;
let outreach: OutreachPanel;

beforeAll(async () => {
  org = await startOrgSession("averyChen", { at: nextWednesdayMorning(NY) });
  clock = new OrgClock(org.sim, org.page);
  outreach = new OutreachPanel(org.panel);
});
afterAll(async () => {
  await org?.close();
});

type TaskRow = Record<string, any>;
const tasksOf = (caseId: string): TaskRow[] =>
  org.sim.store.query(
    `SELECT Id, Subject, TaskSubtype, Type, Status, IsClosed, ActivityDate, CompletedDateTime, CallDisposition, Description, WhoId, WhatId, OwnerId FROM Task WHERE WhatId = '${caseId}' ORDER BY CreatedDate ASC`,
  ).records as TaskRow[];
const ownerName = (task: TaskRow) => String(org.sim.store.get("User", task.OwnerId)!.Name);
const today = () => formatLocalDate(localDateOf(clock.now(), NY));

const claim = async (caseId: string) => {
  await org.openCase(caseId);
  expect(await new CaseActionsPanel(org.panel).claim(org.caseNumber(caseId))).toMatch(/^You own this case now/);
};

/** The AE opens the case again on the date the panel gave the step, at 10:00. */
async function comeBackFor(caseId: string, day: number) {
  await clock.moveToLocal(await outreach.date(day), "10:00", NY);
  await org.page.reload();
  await org.panel.waitForCase(org.caseNumber(caseId));
  await expect.poll(() => outreach.state(day)).toBe("due");
  await outreach.catchExternalLinks();
}

/** Runs the click, then waits for the API to go quiet: the REST calls it cost. */
async function restCallsOf(click: () => Promise<unknown>, done: () => Promise<unknown>) {
  org.sim.resetRequests();
  await click();
  await done();
  await waitForQuietApi(org.sim, org.page, { path: REST_API, quietMs: 500 });
  return org.sim.requests.filter((entry) => REST_API.test(entry.path)).map((entry) => `${entry.method} ${entry.path.replace(/\?.*/, "")}`);
}

const ONE_COMPOSITE = ["POST /services/data/v62.0/composite"];

describe("a case claimed after its target is near", () => {
  it("moves the steps that would fall after the 7-day target up, and says so on them", async () => {
    // Opened on the Friday before (20 business hours in the queue): its Day 5 and Day 7 would fall after the target.
    await claim(DEMO_CASES.postChurnNew);
    const cadence = org.panel.frame()!.getByRole("region", { name: "Outreach cadence" });
    await expect.poll(() => cadence.getByRole("status").innerText()).toMatch(/^Day 5 email, Day 7 email would fall after the 7-day target \(.+\): the steps left are moved up to end by then\.$/);
    for (const day of [5, 7]) {
      expect(await outreach.step(day).getAttribute("data-after-target")).toBe("true");
      expect(await outreach.step(day).innerText()).toMatch(new RegExp(`Day ${day} would fall on .+, after the 7-day target \\(.+\\): moved up\\.`));
    }
    // The last step lands on the target's last business day, the one before it no later.
    let lastDay = addDays(localDateOf(new Date(String(org.sim.store.get("Case", DEMO_CASES.postChurnNew)!.CreatedDate)), NY), 7);
    while (!isBusinessDate(orgCalendar(), formatLocalDate(lastDay))) lastDay = addDays(lastDay, -1);
    expect(await outreach.date(7)).toBe(formatLocalDate(lastDay));
    expect(await outreach.date(5) <= formatLocalDate(lastDay)).toBe(true);
  });
});

describe("from the claim to Day 7 without typing an email or a Task", () => {
  const caseId = DEMO_CASES.pqlNew;
  const caseRecord = () => org.sim.store.get("Case", caseId)!;
  const contact = () => org.sim.store.get("Contact", String(caseRecord().ContactId))!;
  const accountName = () => String(org.sim.store.get("Account", String(caseRecord().AccountId))!.Name);

  /** Drafts the step's email, checks the mail link against what the panel shows, sends it and logs it: one API call. */
  async function emailStep(day: number, subject: string) {
    const draft = await outreach.draftEmail(day);
    expect(draft.subject).toBe(subject);
    expect(draft.to).toBe(contact().Email);
    expect(draft.body).toMatch(new RegExp(`^Hi ${contact().FirstName},\\n\\n`));
    expect(draft.body).toContain("Best regards,\nAvery Chen\nAccount Executive, GitLab");
    expect(draft.body).not.toMatch(/[{}]|\[[^\]]*\?\]/);
    const { to, fields } = mailtoFields(draft.href);
    expect(to).toBe(contact().Email);
    expect(fields).toEqual([
      ["subject", subject],
      ["body", draft.body.replace(/\n/g, "\r\n")],
    ]);

    await org.panel.markNoReload();
    const calls = await restCallsOf(
      () => outreach.sendAndLog(day),
      () => expect.poll(() => outreach.state(day)).toBe("done"),
    );
    expect(calls).toEqual(ONE_COMPOSITE);
    // Ticked in place: neither the page nor the panel was reloaded, and the panel opened the very link it showed.
    expect(await org.panel.stillNoReload()).toBe(true);
    expect((await outreach.opened()).map(mailtoFields)).toEqual([mailtoFields(draft.href)]);

    const task = tasksOf(caseId).find((row) => row.TaskSubtype === "Email" && row.Subject === subject);
    expect(task).toMatchObject({
      Type: "Email",
      Status: "Completed",
      IsClosed: true,
      WhoId: contact().Id,
      WhatId: caseId,
      OwnerId: DEMO_USERS.averyChen.userId,
      ActivityDate: today(),
      Description: draft.body,
    });
    const line = await outreach.timeline(day);
    expect(line).toMatchObject({ activityId: task!.Id, text: expect.stringContaining(`“${subject}”`) });
    expect(line!.text).toContain("Avery Chen");
    expect(Date.parse(line!.at!)).toBe(Date.parse(task!.CompletedDateTime));
    return draft.body;
  }

  it("claims the case: Day 1, the email, is due today", async () => {
    await claim(caseId);
    await expect.poll(() => outreach.states()).toEqual(["1:due", "3:upcoming", "5:upcoming", "7:upcoming"]);
    expect(await outreach.date(1)).toBe(today());
    await outreach.catchExternalLinks();
  });

  it("Day 1: drafts the PQL email from its template, opens it in the mail client and logs it once sent", async () => {
    expect(tasksOf(caseId)).toEqual([]);
    const body = await emailStep(1, "Your question about Ultimate trial and pricing");
    expect(body).toContain(`Thanks for raising your hand in GitLab about Ultimate trial and pricing. I'm the account executive for ${accountName()}`);
    expect(await outreach.states()).toEqual(["1:done", "3:upcoming", "5:upcoming", "7:upcoming"]);
  });

  it("Day 3: dials the contact as typed, logs No answer with the note, and schedules the retry on the next business day", async () => {
    await comeBackFor(caseId, 3);
    const phone = String(contact().Phone);
    const dial = await outreach.dialLink(3);
    expect(dial).toEqual({ href: (telLink(phone, { phoneContext: "+1" }) as { href: string }).href, text: `Call ${phone}` });
    const retryDate = nextBusinessDay(orgCalendar(), clock.now());
    expect(retryDate > today()).toBe(true);

    let retryLabel: string | null = null;
    const calls = await restCallsOf(
      async () => ({ retryLabel } = await outreach.callAndLog(3, { outcome: "No answer", note: "Rang out, no voicemail" })),
      () => expect.poll(() => outreach.state(3)).toBe("done"),
    );
    expect(calls).toEqual(ONE_COMPOSITE);
    expect(retryLabel).toBe(`Schedule a retry call on ${formatTaskDate(retryDate)}`);
    expect(await outreach.opened()).toEqual([dial.href]);

    const tasks = tasksOf(caseId);
    const logged = tasks.find((row) => row.TaskSubtype === "Call");
    expect(logged).toMatchObject({
      Subject: "Call: No answer",
      Type: "Call",
      Status: "Completed",
      CallDisposition: "No answer",
      Description: "Rang out, no voicemail",
      WhoId: contact().Id,
      WhatId: caseId,
      ActivityDate: today(),
    });
    const retry = tasks.find((row) => !row.IsClosed);
    expect(retry).toMatchObject({ Subject: `Call back: case ${caseRecord().CaseNumber}`, Type: "Call", Status: "Not Started", ActivityDate: retryDate, WhoId: contact().Id, WhatId: caseId });

    const line = await outreach.timeline(3);
    expect(line).toMatchObject({ activityId: logged!.Id });
    expect(line!.text).toMatch(/No answer/);
    expect(line!.text).toContain("Avery Chen");
    expect(line!.text).toContain(`Retry call ${formatTaskDate(retryDate)}`);
    expect(Date.parse(line!.at!)).toBe(Date.parse(logged!.CompletedDateTime));
  });

  it("Day 5 and Day 7: the follow-up and the closing email, each on the day the panel gave it", async () => {
    await comeBackFor(caseId, 5);
    await emailStep(5, "Following up on Ultimate trial and pricing");
    await comeBackFor(caseId, 7);
    await emailStep(7, "Closing the loop on Ultimate trial and pricing");
    expect(await outreach.states()).toEqual(["1:done", "3:done", "5:done", "7:done"]);
  });

  it("the Task records in the API are what the panel shows, read afresh", async () => {
    await org.page.reload();
    await org.panel.waitForCase(org.caseNumber(caseId));
    await expect.poll(() => outreach.states()).toEqual(["1:done", "3:done", "5:done", "7:done"]);
    const completed = tasksOf(caseId).filter((row) => row.IsClosed);
    expect(completed.map((row) => row.TaskSubtype)).toEqual(["Email", "Call", "Email", "Email"]);
    for (const [i, day] of [1, 3, 5, 7].entries()) {
      const task = completed[i]!;
      const line = (await outreach.timeline(day))!;
      expect(line.activityId).toBe(task.Id);
      expect(line.text).toContain(task.TaskSubtype === "Call" ? task.CallDisposition : `“${task.Subject}”`);
      expect(line.text).toContain(ownerName(task));
      expect(Date.parse(line.at!)).toBe(Date.parse(task.CompletedDateTime));
      // Dated the AE's local day it was done.
      expect(task.ActivityDate).toBe(formatLocalDate(localDateOf(new Date(task.CompletedDateTime), NY)));
    }
  });
});
