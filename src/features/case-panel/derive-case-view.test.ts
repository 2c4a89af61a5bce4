import { casePanelFixture, FIXTURE_ME } from "../../../test/support/case-panel-fixture";
import { FIXTURE_EMEA_QUEUE } from "../../../test/support/org-context-fixture";
import type { Activity, CasePanelData } from "../../messaging/case-panel-data";
import { deriveCaseView } from "./derive-case-view";

// Wednesday 2026-11-18, 10:00 in New York (EST, UTC-5): the AE's zone and the org's business hours (Mon-Fri 9-17).
const NOW = new Date("2026-11-18T15:00:00Z");
const HOUR = 3_600_000;

const QUEUE = { id: "00G8X000000AbCdEAF", name: "Pooled Sales Queue", isQueue: true };
const POOLED_USER = { id: "0058X00000F1YFqQAN", name: "Pooled Sales User", isQueue: false };
const ME = { id: FIXTURE_ME, name: "Avery Chen", isQueue: false };
const SOMEONE_ELSE = { id: "0058X00000BlakeQAB", name: "Blake Ruiz", isQueue: false };

/** Saturday 2026-11-14, 10:00 New York: claimed four days before NOW, so Day 1 is the 14th. */
const CLAIMED = "2026-11-14T15:00:00.000Z";

const activity = (id: string, kind: Activity["kind"], at: string, on: Activity["on"] = "case"): Activity => ({ id, kind, subject: null, at, on, by: null, outcome: null });
const email = (id: string, at: string, on?: Activity["on"]) => activity(id, "email", at, on);
const call = (id: string, at: string, on?: Activity["on"]) => activity(id, "call", at, on);

type Overrides = Parameters<typeof casePanelFixture>[0];

/** A case opened Monday 09:00 New York; the fixture's own createdDate follows the real clock, so pin it. */
function data(overrides: Overrides = {}): CasePanelData {
  const { case: caseOverrides, ...rest } = overrides ?? {};
  return casePanelFixture({
    ...rest,
    case: { createdDate: "2026-11-16T14:00:00.000Z", lastModifiedDate: "2026-11-16T14:00:00.000Z", ...caseOverrides },
  });
}

const view = (overrides: Overrides = {}, now = NOW) => deriveCaseView(data(overrides), now);
const states = (v: ReturnType<typeof deriveCaseView>) => v.cadence.map((step) => step.state);

describe("deriveCaseView: cadence", () => {
  it.each<[string, Overrides, string[], number | null]>([
    ["unclaimed (a queue owns it): a preview from today", { case: { owner: QUEUE } }, ["preview", "preview", "preview", "preview"], 1],
    [
      "owned by the Pooled Sales User, even with a claim time: still a preview",
      { case: { owner: POOLED_USER, claimedAt: CLAIMED, firstRespondedDate: CLAIMED } },
      ["preview", "preview", "preview", "preview"],
      1,
    ],
    ["claimed 4 days ago, nothing logged", { case: { owner: ME, claimedAt: CLAIMED } }, ["overdue", "overdue", "due", "upcoming"], 1],
    [
      "claimed 4 days ago with the Day 1 email: Day 3 is overdue",
      { case: { owner: ME, claimedAt: CLAIMED }, activities: [email("00T8X00000Tsk01UAB", "2026-11-14T16:00:00.000Z")] },
      ["done", "overdue", "due", "upcoming"],
      3,
    ],
    [
      "a call logged on Day 3 ticks it",
      { case: { owner: ME, claimedAt: CLAIMED }, activities: [email("00T8X00000Tsk01UAB", "2026-11-14T16:00:00.000Z"), call("00T8X00000Tsk02UAB", "2026-11-16T17:00:00.000Z")] },
      ["done", "done", "due", "upcoming"],
      5,
    ],
    [
      "a call logged on the contact counts too",
      { case: { owner: ME, claimedAt: CLAIMED }, activities: [email("00T8X00000Tsk01UAB", "2026-11-14T16:00:00.000Z"), call("00T8X00000Tsk02UAB", "2026-11-17T17:00:00.000Z", "contact")] },
      ["done", "done", "due", "upcoming"],
      5,
    ],
    [
      "a call on Day 2 is too early for Day 3",
      { case: { owner: ME, claimedAt: CLAIMED }, activities: [email("00T8X00000Tsk01UAB", "2026-11-14T16:00:00.000Z"), call("00T8X00000Tsk02UAB", "2026-11-15T17:00:00.000Z")] },
      ["done", "overdue", "due", "upcoming"],
      3,
    ],
    [
      "an email is not a call: it ticks Day 5, not Day 3",
      { case: { owner: ME, claimedAt: CLAIMED }, activities: [email("00T8X00000Tsk01UAB", "2026-11-14T16:00:00.000Z"), email("00T8X00000Tsk02UAB", "2026-11-18T14:30:00.000Z")] },
      ["done", "overdue", "done", "upcoming"],
      3,
    ],
  ])("%s", (_name, overrides, expected, nextDay) => {
    const v = view(overrides);
    expect(states(v)).toEqual(expected);
    expect(v.nextStep?.day ?? null).toBe(nextDay);
  });

  it("dates a preview from today and a claimed cadence from the claim day, moving weekend days to the next business day", () => {
    // Opened today: the whole cadence fits the 7-day target, so no step moves up for it.
    const preview = view({ case: { owner: QUEUE, createdDate: "2026-11-18T14:00:00.000Z" } }).cadence;
    expect(preview.map((s) => s.nominalDate)).toEqual(["2026-11-18", "2026-11-20", "2026-11-22", "2026-11-24"]);
    expect(preview.map((s) => s.date)).toEqual(["2026-11-18", "2026-11-20", "2026-11-23", "2026-11-24"]);
    // Claimed on a Saturday: Day 1 is due on Monday, with Day 3.
    const claimed = view({ case: { owner: ME, claimedAt: CLAIMED } }).cadence;
    expect(claimed.map((s) => s.nominalDate)).toEqual(["2026-11-14", "2026-11-16", "2026-11-18", "2026-11-20"]);
    expect(claimed.map((s) => s.date)).toEqual(["2026-11-16", "2026-11-16", "2026-11-18", "2026-11-20"]);
    expect(claimed[0]?.movedBecause).toEqual({ reason: "weekday", weekday: "saturday" });
  });

  it("keeps plain calendar days when the profile says so", () => {
    const base = data({ case: { owner: ME, claimedAt: CLAIMED } });
    const profile = { ...base.org.profile, policy: { ...base.org.profile.policy, cadence: { ...base.org.profile.policy.cadence, days: "calendar" as const } } };
    expect(deriveCaseView({ ...base, org: { ...base.org, profile } }, NOW).cadence.map((s) => s.date)).toEqual(["2026-11-14", "2026-11-16", "2026-11-18", "2026-11-20"]);
  });

  it("follows the profile's cadence steps", () => {
    const base = data({ case: { owner: ME, claimedAt: CLAIMED } });
    const cadence = { steps: [{ day: 1, channel: "call" as const }, { day: 2, channel: "email" as const }], days: "calendar" as const };
    const v = deriveCaseView({ ...base, org: { ...base.org, profile: { ...base.org.profile, policy: { ...base.org.profile.policy, cadence } } } }, NOW);
    expect(v.cadence.map((s) => [s.day, s.kind, s.date])).toEqual([
      [1, "call", "2026-11-14"],
      [2, "email", "2026-11-15"],
    ]);
  });

  it("counts days in the AE's zone: a claim at 22:00 New York is already the next day in UTC", () => {
    const v = view({ case: { owner: ME, claimedAt: "2026-11-15T03:00:00.000Z" } });
    expect(v.timeZone).toBe("America/New_York");
    expect(v.cadence[0]?.nominalDate).toBe("2026-11-14");
    const base = data({ case: { owner: ME, claimedAt: "2026-11-15T03:00:00.000Z" } });
    const inLondon = deriveCaseView({ ...base, org: { ...base.org, me: { ...base.org.me, timeZone: "Europe/London" } } }, NOW);
    expect(inLondon.cadence[0]?.nominalDate).toBe("2026-11-15");
  });

  it("tells whose case it is and whether it is claimed", () => {
    expect(view({ case: { owner: QUEUE } })).toMatchObject({ isMine: false, claimed: false });
    expect(view({ case: { owner: POOLED_USER } })).toMatchObject({ isMine: false, claimed: false });
    expect(view({ case: { owner: ME } })).toMatchObject({ isMine: true, claimed: true });
    expect(view({ case: { owner: SOMEONE_ELSE } })).toMatchObject({ isMine: false, claimed: true });
  });
});

describe("deriveCaseView: SLA (8 business hours from entering the queue)", () => {
  it.each<[string, string, string | null, string, string]>([
    ["answered within 8 business hours: met", "2026-11-16T14:00:00.000Z", "2026-11-16T20:00:00.000Z", "met", "2026-11-16T22:00:00.000Z"],
    ["answered exactly at the deadline: met", "2026-11-16T14:00:00.000Z", "2026-11-16T22:00:00.000Z", "met", "2026-11-16T22:00:00.000Z"],
    ["answered the next morning: breached", "2026-11-16T14:00:00.000Z", "2026-11-17T15:00:00.000Z", "breached", "2026-11-16T22:00:00.000Z"],
    ["Friday 15:00 is due Monday 15:00, and nobody answered: breached", "2026-11-13T20:00:00.000Z", null, "breached", "2026-11-16T20:00:00.000Z"],
    ["came in before opening today, 1 h used: on track", "2026-11-18T13:00:00.000Z", null, "on-track", "2026-11-18T22:00:00.000Z"],
    ["came in yesterday 11:00, 7 h used: at risk", "2026-11-17T16:00:00.000Z", null, "at-risk", "2026-11-18T16:00:00.000Z"],
  ])("%s", (_name, createdDate, firstRespondedDate, state, dueAt) => {
    const { sla, calendarSource } = view({ case: { owner: ME, createdDate, firstRespondedDate } });
    expect(calendarSource).toBe("org");
    expect(sla.state).toBe(state);
    expect(sla.dueAt.toISOString()).toBe(dueAt);
  });

  it("measures how late and how much is left in business time", () => {
    const late = view({ case: { createdDate: "2026-11-16T14:00:00.000Z", firstRespondedDate: "2026-11-17T15:00:00.000Z" } }).sla;
    expect(late).toMatchObject({ state: "breached", breachedByBusinessMs: 1 * HOUR });
    // Monday 15:00-17:00, Tuesday 9-17, Wednesday 9-10: 11 business hours late.
    expect(view({ case: { createdDate: "2026-11-13T20:00:00.000Z" } }).sla).toMatchObject({ state: "breached", breachedByBusinessMs: 11 * HOUR, respondedAt: null });
    expect(view({ case: { createdDate: "2026-11-18T13:00:00.000Z" } }).sla).toMatchObject({ state: "on-track", remainingBusinessMs: 7 * HOUR });
    expect(view({ case: { createdDate: "2026-11-17T16:00:00.000Z" } }).sla).toMatchObject({ state: "at-risk", remainingBusinessMs: 1 * HOUR });
  });

  it("skips the org's holidays", () => {
    const base = data({ case: { createdDate: "2026-11-17T16:00:00.000Z" } });
    const holiday = { Name: "Company day", ActivityDate: "2026-11-18", IsAllDay: true, StartTimeInMinutes: null, EndTimeInMinutes: null };
    const { sla } = deriveCaseView({ ...base, org: { ...base.org, holidays: [holiday] } }, NOW);
    expect(sla.dueAt.toISOString()).toBe("2026-11-19T16:00:00.000Z");
    expect(sla).toMatchObject({ state: "at-risk", remainingBusinessMs: 2 * HOUR });
  });

  it("follows the org's own business hours when it has them", () => {
    const base = data({ case: { createdDate: "2026-11-18T09:00:00.000Z" } });
    const hours = { ...base.org.businessHours.amer!, TimeZoneSidKey: "America/Los_Angeles", WednesdayStartTime: "08:00:00.000Z", WednesdayEndTime: "16:00:00.000Z" };
    const v = deriveCaseView({ ...base, org: { ...base.org, businessHours: { ...base.org.businessHours, amer: hours } } }, NOW);
    expect(v.calendarSource).toBe("org");
    // Opens 08:00 Los Angeles (16:00 UTC), 8 hours later is 16:00 Los Angeles.
    expect(v.sla.dueAt.toISOString()).toBe("2026-11-19T00:00:00.000Z");
  });

  it.each<[string, NonNullable<Overrides>["case"], string | null, string]>([
    ["waiting in the AMER queue: AMER's policy hours, New York 9-17", { owner: QUEUE }, "amer", "2026-11-18T22:00:00.000Z"],
    ["waiting in the EMEA queue: EMEA's policy hours, Dublin 9-17", { owner: { id: FIXTURE_EMEA_QUEUE, name: "EMEA Pooled Sales Queue", isQueue: true } }, "amer", "2026-11-18T17:00:00.000Z"],
    ["owned by an EMEA AE: EMEA's hours", { owner: SOMEONE_ELSE }, "amer", "2026-11-18T17:00:00.000Z"],
    ["owned by someone in no pool: my pool's hours", { owner: { id: "0058X00000NobodyQAA", name: "Nobody", isQueue: false } }, "emea", "2026-11-18T17:00:00.000Z"],
  ])("an org without business hours for the pool falls back to the pool's policy: %s", (_name, caseOverrides, myPool, dueAt) => {
    const base = data({ case: { createdDate: "2026-11-18T09:00:00.000Z", ...caseOverrides } });
    const org = { ...base.org, businessHours: { amer: null, emea: null }, me: { ...base.org.me, poolKey: myPool }, poolMembers: { amer: [FIXTURE_ME], emea: [SOMEONE_ELSE.id] } };
    const v = deriveCaseView({ ...base, org }, NOW);
    expect(v.calendarSource).toBe("policy");
    expect(v.sla.dueAt.toISOString()).toBe(dueAt);
  });

  it("reads the SLA budget and the at-risk threshold from the profile", () => {
    const base = data({ case: { owner: ME, createdDate: "2026-11-18T14:00:00.000Z" } });
    const sla = { businessHours: 2, atRiskHours: 1.5 };
    const v = deriveCaseView({ ...base, org: { ...base.org, profile: { ...base.org.profile, policy: { ...base.org.profile.policy, sla } } } }, NOW);
    expect(v.sla).toMatchObject({ state: "at-risk", dueAt: new Date("2026-11-18T16:00:00.000Z"), remainingBusinessMs: 1 * HOUR });
  });

  it("business hours Salesforce sent but that do not parse fall back to the region too", () => {
    const base = data({ case: { createdDate: "2026-11-18T09:00:00.000Z" } });
    const broken = { ...base.org.businessHours.amer!, MondayEndTime: "08:00:00.000Z" };
    const v = deriveCaseView({ ...base, org: { ...base.org, businessHours: { ...base.org.businessHours, amer: broken } } }, NOW);
    expect(v.calendarSource).toBe("policy");
    expect(v.sla.dueAt.toISOString()).toBe("2026-11-18T22:00:00.000Z");
  });
});

describe("deriveCaseView: resolution within 7 days", () => {
  it.each<[string, NonNullable<Overrides>["case"], object]>([
    ["opened Monday: 5 days left", { createdDate: "2026-11-16T14:00:00.000Z" }, { state: "on-track", daysLeft: 5, dueAt: new Date("2026-11-23T14:00:00.000Z") }],
    ["opened a week ago at 11:00: due today", { createdDate: "2026-11-11T16:00:00.000Z" }, { state: "due-today", daysLeft: 0 }],
    ["opened 8 days ago: overdue by 1 day", { createdDate: "2026-11-10T14:00:00.000Z" }, { state: "overdue", overdueByDays: 1 }],
    ["opened 10 days ago: overdue by 3 days", { createdDate: "2026-11-08T14:00:00.000Z" }, { state: "overdue", overdueByDays: 3 }],
    [
      "closed within the week",
      { createdDate: "2026-11-08T14:00:00.000Z", isClosed: true, status: "Closed - Resolved", closedDate: "2026-11-12T14:00:00.000Z" },
      { state: "resolved-in-time" },
    ],
    [
      "closed after the week",
      { createdDate: "2026-11-08T14:00:00.000Z", isClosed: true, status: "Closed - Resolved", closedDate: "2026-11-17T14:00:00.000Z" },
      { state: "resolved-late", overdueByDays: 2 },
    ],
    [
      "reopened: an old ClosedDate does not count",
      { createdDate: "2026-11-08T14:00:00.000Z", isClosed: false, closedDate: "2026-11-12T14:00:00.000Z" },
      { state: "overdue", overdueByDays: 3 },
    ],
  ])("%s", (_name, caseOverrides, expected) => {
    expect(view({ case: caseOverrides }).resolution).toMatchObject(expected);
  });
});

describe("deriveCaseView: cheat sheet step", () => {
  const okById = (v: ReturnType<typeof deriveCaseView>) => Object.fromEntries(v.cheatSheet.map((line) => [line.id, line.ok]));

  it.each<[string, Overrides, string, Record<string, boolean>]>([
    ["in the queue: claim it", { case: { owner: QUEUE } }, "unclaimed", { owner: false, "status-in-progress": false }],
    ["owned by the Pooled Sales User: still unclaimed", { case: { owner: POOLED_USER, status: "In Progress" } }, "unclaimed", { owner: false, "status-in-progress": true }],
    ["claimed, nothing filled", { case: { owner: ME, status: "In Progress", contact: null } }, "in-progress", { reason: false, contact: false, notes: false, activities: false }],
    [
      "claimed and worked",
      { case: { owner: ME, status: "In Progress", reason: "Expansion", notes: "Call back Friday" }, activities: [email("00T8X00000Tsk01UAB", "2026-11-16T15:00:00.000Z", "contact")] },
      "in-progress",
      { reason: true, contact: true, notes: true, activities: true },
    ],
    ["closing: a Resolution Action is chosen", { case: { owner: ME, status: "In Progress", resolutionAction: "Question Answered" } }, "closing", { "closed-status": false, "resolution-action": true }],
    [
      "closing with the related opportunity still open",
      { case: { owner: ME, resolutionAction: "Question Answered", relatedOpportunity: { id: "0068X00000Opp01QAB", name: "Northwind add-on", stageName: "Discovery", isClosed: false } } },
      "closing",
      { "closed-status": false, "resolution-action": true, "related-opportunity": false },
    ],
    [
      "closed with one of the org's closed statuses",
      { case: { owner: ME, isClosed: true, status: "Closed - Customer Unresponsive", closedDate: "2026-11-18T14:00:00.000Z", resolutionAction: "No Response" } },
      "closed",
      { "closed-status": true, "resolution-action": true },
    ],
  ])("%s", (_name, overrides, step, lines) => {
    const v = view(overrides);
    expect(v.step).toBe(step);
    expect(okById(v)).toEqual(lines);
  });

  it("lists the org's closed statuses in the closing instruction", () => {
    const v = view({ case: { owner: ME, resolutionAction: "Question Answered" } });
    expect(v.cheatSheet.find((line) => line.id === "closed-status")?.instruction).toBe(
      "Set Status to one of the closed options: Closed - Resolved, Closed - Customer Unresponsive, Closed - Duplicate, Closed - Transferred.",
    );
  });
});

describe("deriveCaseView: trigger", () => {
  it.each<[string, string | null, string]>([
    ["Contact Us Form Response - Northwind", "Web Form", "contact-us-form"],
    ["PQL Hand Raise: Ultimate trial", "Web", "pql-hand-raise"],
    ["Referral: team wants a quote", "SMB Pool Internal Created", "internal-referral"],
    ["Referral: team wants a quote", "Email", "unclassified"],
    ["Question about my invoice", "Email", "unclassified"],
  ])("%s (origin %s) is %s", (subject, origin, trigger) => {
    const match = view({ case: { subject, origin } }).trigger;
    expect(match.kind === "classified" ? match.trigger : match.kind).toBe(trigger);
  });
});
