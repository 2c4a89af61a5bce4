/**
 * Logging a cadence email or call through the worker's router and handlers, with
 * the real jsforce client, against the simulated org: one API call, the Tasks as
 * the panel will read them, the retry, and nothing half-logged when Salesforce refuses.
 */
import { createSimulator, type Simulator } from "../../../test/simulator/index";
import { DEMO_USERS } from "../../../test/simulator/seeds/baseline";
import { DEMO_CASES, demoSeed } from "../../../test/simulator/seeds/demo";
import { simWorker } from "../../../test/support/sim-worker";
import type { LogActivityRequest } from "../../messaging/case-work";
import { clearMemoryCache } from "../session-cache";

let sim: Simulator;
beforeAll(async () => {
  sim = await createSimulator({ seed: demoSeed(new Date()), tls: false });
});
afterAll(() => sim.close());
beforeEach(() => clearMemoryCache());
afterEach(() => {
  sim.clearFailures();
  sim.store.validationRules.length = 0;
});

const workerFor = (user: keyof typeof DEMO_USERS) => simWorker(sim, DEMO_USERS[user].username);

const tasksOf = (caseId: string) =>
  sim.store.query(`SELECT Id, Subject, TaskSubtype, Type, Status, IsClosed, ActivityDate, CallDisposition, Description, WhoId, OwnerId FROM Task WHERE WhatId = '${caseId}'`).records as Array<Record<string, any>>;

describe("logging outreach against the simulated org", () => {
  it("a call nobody answered and its retry: one API call, both Tasks, answered as the panel then reads them", async () => {
    const jordan = workerFor("jordanRivera");
    const caseId = DEMO_CASES.cadenceDay3Overdue;
    const before = await jordan.panel(caseId);
    const contactId = before.case.contact!.id;
    const request: LogActivityRequest = {
      type: "activity/log",
      caseId,
      contactId,
      kind: "call",
      day: 3,
      activityDate: "2026-11-18",
      call: { outcome: "no-answer", note: "Rang out, no voicemail", retry: { subject: `Call back: case ${before.case.caseNumber}`, activityDate: "2026-11-19" } },
    };

    sim.resetRequests();
    const answer = await jordan.send(request);
    expect(answer.ok).toBe(true);
    expect(sim.requests.map((entry) => `${entry.method} ${entry.path}`)).toEqual(["POST /services/data/v62.0/composite"]);

    const stored = tasksOf(caseId).filter((task) => task.Subject === "Call: No answer" || task.Subject === request.call!.retry!.subject);
    expect(stored).toHaveLength(2);
    const logged = stored.find((task) => task.IsClosed)!;
    const retry = stored.find((task) => !task.IsClosed)!;
    expect(logged).toMatchObject({ TaskSubtype: "Call", Type: "Call", Status: "Completed", CallDisposition: "No answer", Description: "Rang out, no voicemail", WhoId: contactId, OwnerId: DEMO_USERS.jordanRivera.userId });
    expect(retry).toMatchObject({ TaskSubtype: "Task", Type: "Call", Status: "Not Started", ActivityDate: "2026-11-19", WhoId: contactId });

    expect(answer.data).toEqual({
      id: logged.Id,
      activity: { id: logged.Id, kind: "call", subject: "Call: No answer", at: expect.any(String), on: "case", by: "Jordan Rivera", outcome: "No answer" },
      retry: { id: retry.Id, subject: request.call!.retry!.subject, activityDate: "2026-11-19" },
    });
    // What the panel reads next is what the answer said: the same activity, and the open retry is no activity yet.
    const after = await jordan.panel(caseId);
    expect(after.activities).toContainEqual(answer.data!.activity);
    expect(after.activities.map((entry) => entry.id)).not.toContain(retry.Id);
  });

  it("an email keeps the customer's text as it was sent: Subject and Comments verbatim", async () => {
    const avery = workerFor("averyChen");
    const caseId = DEMO_CASES.cadenceDay1;
    const data = await avery.panel(caseId);
    const email = { subject: "Re: Score 6 %0ABcc: evil@example.com <script>alert(1)</script>", body: "Hi Ana,\n\n<b>Thanks</b> & more\n\nAvery" };
    const answer = await avery.send({ type: "activity/log", caseId, contactId: data.case.contact!.id, kind: "email", day: 1, activityDate: "2026-11-18", email });
    expect(answer).toMatchObject({ ok: true, data: { activity: { kind: "email", subject: email.subject, by: "Avery Chen", outcome: null }, retry: null } });
    expect(sim.store.get("Task", answer.data!.id)).toMatchObject({ Subject: email.subject, Description: email.body, TaskSubtype: "Email", Status: "Completed" });
  });

  it("nothing is logged when Salesforce refuses the retry: both Tasks or neither", async () => {
    const jordan = workerFor("jordanRivera");
    const caseId = DEMO_CASES.cadenceDay3Overdue;
    const count = tasksOf(caseId).length;
    sim.store.validationRules.push({ object: "Task", check: (row) => (row.Status === "Not Started" ? "Open tasks need a priority." : null) });
    const answer = await jordan.send({
      type: "activity/log",
      caseId,
      contactId: null,
      kind: "call",
      day: 3,
      activityDate: "2026-11-18",
      call: { outcome: "no-answer", note: "", retry: { subject: "Call back", activityDate: "2026-11-19" } },
    });
    expect(answer).toMatchObject({ ok: false, error: { kind: "salesforce", errorCode: "FIELD_CUSTOM_VALIDATION_EXCEPTION", message: "Open tasks need a priority." } });
    expect(tasksOf(caseId)).toHaveLength(count);
  });

  it("refuses a retry after a call that was answered, before reaching Salesforce", async () => {
    const jordan = workerFor("jordanRivera");
    sim.resetRequests();
    const answer = await jordan.send({
      type: "activity/log",
      caseId: DEMO_CASES.cadenceDay3Overdue,
      contactId: null,
      kind: "call",
      day: 3,
      activityDate: "2026-11-18",
      call: { outcome: "connected", note: "", retry: { subject: "Call back", activityDate: "2026-11-19" } },
    });
    expect(answer).toMatchObject({ ok: false, error: { kind: "bad-request", message: expect.stringMatching(/retry follows a call nobody answered/) } });
    expect(sim.requests).toHaveLength(0);
  });
});
