import { DEFAULT_PROFILE } from "../org-profile";
import { MismatchedLog, outreachTasks, type OutreachLog } from "./outreach-tasks";

const PROFILE = DEFAULT_PROFILE;
const POLICY = PROFILE.outreach;
const CASE_ID = "5008X00002CytL1QAJ";
const CONTACT_ID = "0038X00000AbCdEQAV";
const base = { caseId: CASE_ID, contactId: CONTACT_ID, activityDate: "2026-11-18" };
/** A completed Task of that kind on the case and its contact, dated the AE's day. */
const completed = (kind: "Email" | "Call", fields: Record<string, string>) => ({ TaskSubtype: kind, Type: kind, Status: "Completed", ActivityDate: "2026-11-18", WhatId: CASE_ID, WhoId: CONTACT_ID, ...fields });

describe("the Tasks a cadence step logs", () => {
  it("an email: Subject the email's, Comments its body, completed on the case and contact", () => {
    const log: OutreachLog = { ...base, kind: "email", day: 1, email: { subject: "Your question about Ultimate trial", body: "Hi Ana,\n\nThanks.\n" } };
    expect(outreachTasks(log, PROFILE)).toEqual({
      logged: completed("Email", { Subject: "Your question about Ultimate trial", Description: "Hi Ana,\n\nThanks." }),
      retry: null,
    });
  });

  it("a call: the org's Call Result for the outcome and the note; no retry unless asked", () => {
    const log: OutreachLog = { ...base, kind: "call", day: 3, call: { outcome: "left-voicemail", note: "Asked her to call back Friday" } };
    expect(outreachTasks(log, PROFILE)).toEqual({
      logged: completed("Call", { Subject: "Call: Left voicemail", CallDisposition: "Left voicemail", Description: "Asked her to call back Friday" }),
      retry: null,
    });
  });

  it("no answer, with a retry: an open Task of Type Call on the retry date", () => {
    const policy = { ...POLICY, taskStatus: { completed: "Done", open: "Open" }, callOutcomes: { ...POLICY.callOutcomes, "no-answer": "Unreachable" } };
    const log: OutreachLog = { ...base, contactId: null, kind: "call", day: 3, call: { outcome: "no-answer", note: "  ", retry: { subject: "Call back: case 00001042", activityDate: "2026-11-19" } } };
    const { logged, retry } = outreachTasks(log, { ...PROFILE, outreach: policy });
    expect(logged).toEqual({ Subject: "Call: Unreachable", TaskSubtype: "Call", Type: "Call", Status: "Done", ActivityDate: "2026-11-18", WhatId: CASE_ID, CallDisposition: "Unreachable" });
    expect(retry).toEqual({ Subject: "Call back: case 00001042", TaskSubtype: "Task", Type: "Call", Status: "Open", ActivityDate: "2026-11-19", WhatId: CASE_ID });
  });

  it("refuses an email's details on a call and a call's outcome on an email", () => {
    expect(() => outreachTasks({ ...base, kind: "call", day: 3, email: { subject: "x", body: "y" } }, PROFILE)).toThrow(MismatchedLog);
    expect(() => outreachTasks({ ...base, kind: "email", day: 1, call: { outcome: "connected", note: "" } }, PROFILE)).toThrow(/An email was sent with a call's outcome/);
  });

  it("a step logged with one click and nothing else says which step it was, in the profile's words", () => {
    expect(outreachTasks({ ...base, kind: "call", day: 3 }, PROFILE).logged).toEqual(completed("Call", { Subject: "Day 3 call (Pooled cadence)" }));
    expect(outreachTasks({ ...base, kind: "email", day: 5 }, PROFILE).logged).toEqual(completed("Email", { Subject: "Day 5 email (Pooled cadence)" }));
    const templates = { ...PROFILE.templates, email: { ...PROFILE.templates.email, loggedSubject: "Cadence email, day {CadenceDay}" } };
    expect(outreachTasks({ ...base, kind: "email", day: 7 }, { ...PROFILE, templates }).logged.Subject).toBe("Cadence email, day 7");
  });
});
