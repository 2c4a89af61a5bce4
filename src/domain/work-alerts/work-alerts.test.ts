import { calendarFromPolicy } from "../business-hours";
import { cadencePlanOf } from "../cadence";
import { DEFAULT_PROFILE } from "../org-profile";
import { alertText, decideAlerts, EMPTY_MEMORY, type AlertMemory } from "./alert-decisions";
import { dueToday, stepEvents, waitingEvents, type WaitingFact, type WorkEvent } from "./work-events";

const calendar = calendarFromPolicy(DEFAULT_PROFILE.pools[0]!.fallbackHours); // New York, Mon-Fri 09:00-17:00
const NOW = new Date("2026-11-18T17:00:00.000Z"); // Wednesday 12:00 New York
const waiting = (n: number, overrides: Partial<WaitingFact> = {}): WaitingFact => ({
  id: `5008X00000000${String(n).padStart(2, "0")}QAA`,
  caseNumber: String(n).padStart(8, "0"),
  subject: `Case ${n}`,
  priority: "Low",
  slaState: "on-track",
  ...overrides,
});

describe("work events", () => {
  it("a waiting High case and a waiting case at risk are events; an on-track Low case, a breached one and an answered one are not", () => {
    const events = waitingEvents(
      [
        waiting(1, { priority: "high " }), // any case and spacing of the profile's High
        waiting(2, { slaState: "at-risk" }),
        waiting(3),
        waiting(4, { slaState: "breached" }), // past "turning at risk"
        waiting(5, { slaState: "met" }),
        waiting(6, { priority: "High", slaState: "at-risk" }),
      ],
      "High",
    );
    expect(events.map((event) => event.key)).toEqual([`high:${waiting(1).id}`, `at-risk:${waiting(2).id}`, `high:${waiting(6).id}`, `at-risk:${waiting(6).id}`]);
  });

  it("a cadence step due today is an event keyed by its day and date", () => {
    const plan = cadencePlanOf(DEFAULT_PROFILE.policy.cadence);
    // Claimed Monday 16th, Day 1 email done: the Day 3 call is due Wednesday 18th, today.
    const step = dueToday({ claimedAt: "2026-11-16T15:00:00.000Z", activities: [{ kind: "email", at: "2026-11-16T16:00:00.000Z" }] }, { plan, calendar, timeZone: "America/New_York", now: NOW });
    expect(step).toEqual({ day: 3, kind: "call", date: "2026-11-18" });
    expect(dueToday({ claimedAt: "2026-11-16T15:00:00.000Z", activities: [{ kind: "email", at: "2026-11-16T16:00:00.000Z" }, { kind: "call", at: "2026-11-18T14:00:00.000Z" }] }, { plan, calendar, timeZone: "America/New_York", now: NOW })).toBeNull();
    expect(dueToday({ claimedAt: null, activities: [] }, { plan, calendar, timeZone: "America/New_York", now: NOW })).toBeNull();
    expect(stepEvents([{ id: "5008X0000000021QAA", caseNumber: "00000021", subject: "Renewal", dueToday: step }])).toEqual([
      { key: "step:5008X0000000021QAA:3:2026-11-18", kind: "step-due", caseId: "5008X0000000021QAA", caseNumber: "00000021", subject: "Renewal", step: { day: 3, kind: "call" } },
    ]);
  });
});

const high = (n: number): WorkEvent => ({ key: `high:${n}`, kind: "high-priority", caseId: `id${n}`, caseNumber: String(n), subject: `Case ${n}` });
const ALL = new Set(["high-priority", "sla-at-risk", "step-due"] as const);
const decide = (memory: AlertMemory, events: WorkEvent[], options: Partial<{ working: boolean; enabled: Set<any>; now: Date; kinds: any[] }> = {}) =>
  decideAlerts({ memory, events, kinds: options.kinds ?? ["high-priority", "sla-at-risk"], enabled: options.enabled ?? ALL, working: options.working ?? true, now: options.now ?? NOW });

describe("which events are told", () => {
  it("learns what is already there on the first read, then tells each new event once", () => {
    const first = decide(EMPTY_MEMORY, [high(1)]);
    expect(first.alerts).toEqual([]);
    const second = decide(first.memory, [high(1), high(2)]);
    expect(second.alerts).toEqual([{ kind: "high-priority", events: [high(2)] }]);
    const third = decide(second.memory, [high(1), high(2)]);
    expect(third.alerts).toEqual([]);
  });

  it("tells nothing and learns nothing outside working hours, so the morning's first read tells what came overnight", () => {
    const started = decide(EMPTY_MEMORY, []).memory;
    const night = decide(started, [high(3)], { working: false });
    expect(night).toEqual({ alerts: [], memory: started });
    expect(decide(night.memory, [high(3)]).alerts).toEqual([{ kind: "high-priority", events: [high(3)] }]);
  });

  it("learns the events of kinds that are switched off, so switching them on later replays nothing", () => {
    const started = decide(EMPTY_MEMORY, []).memory;
    const off = decide(started, [high(4)], { enabled: new Set(["sla-at-risk"]) });
    expect(off.alerts).toEqual([]);
    expect(decide(off.memory, [high(4)]).alerts).toEqual([]);
  });

  it("a read that cannot see a kind neither learns nor forgets it; a kind starts on its own first read", () => {
    const started = decide(EMPTY_MEMORY, []).memory;
    const step: WorkEvent = { key: "step:x:3:2026-11-18", kind: "step-due", caseId: "x", caseNumber: "9", subject: null, step: { day: 3, kind: "call" } };
    const queueOnly = decide(started, [step]);
    expect(queueOnly.memory.seen).not.toHaveProperty(step.key);
    const firstMine = decide(queueOnly.memory, [step], { kinds: ["step-due"] });
    expect(firstMine.alerts).toEqual([]);
    const tomorrow = { ...step, key: "step:x:5:2026-11-19" };
    expect(decide(firstMine.memory, [tomorrow], { kinds: ["step-due"] }).alerts).toEqual([{ kind: "step-due", events: [tomorrow] }]);
  });

  it("groups more than three new events of a kind into one notification", () => {
    const started = decide(EMPTY_MEMORY, []).memory;
    const { alerts } = decide(started, [high(1), high(2), high(3), high(4)]);
    expect(alerts).toEqual([{ kind: "high-priority", events: [high(1), high(2), high(3), high(4)] }]);
    expect(alertText(alerts[0]!)).toEqual({ title: "4 new High priority cases in your pool", message: "1, 2, 3, 4" });
  });

  it("forgets an event two weeks after it was last seen", () => {
    const started = decide(EMPTY_MEMORY, [high(1)]).memory;
    const later = new Date(NOW.getTime() + 15 * 86_400_000);
    expect(decide(started, [], { now: later }).memory.seen).toEqual({});
    expect(decide(started, [high(1)], { now: new Date(NOW.getTime() + 13 * 86_400_000) }).alerts).toEqual([]);
  });

  it("words each kind of notification", () => {
    expect(alertText({ kind: "high-priority", events: [high(7)] })).toEqual({ title: "New High priority case 7", message: "Case 7" });
    expect(alertText({ kind: "sla-at-risk", events: [{ ...high(8), kind: "sla-at-risk" }] }).title).toBe("SLA at risk: case 8");
    expect(alertText({ kind: "step-due", events: [{ ...high(9), kind: "step-due", step: { day: 5, kind: "email" } }] }).title).toBe("Day 5 email due today: case 9");
  });
});
