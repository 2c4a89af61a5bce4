import { calendarFromPolicy } from "../../domain/business-hours";
import { DEFAULT_PROFILE } from "../../domain/org-profile";
import { orgContextFixture } from "../../../test/support/org-context-fixture";
import { needsAttention, poolClock, slaSnapshot } from "./pool-sla";

const AMER = { calendar: calendarFromPolicy(DEFAULT_PROFILE.pools[0]!.fallbackHours), sla: DEFAULT_PROFILE.policy.sla };

describe("the pool I work", () => {
  it("is my pool by membership, else the profile's first; its calendar the org's hours for it, else its policy hours", () => {
    const now = new Date("2026-11-17T15:00:00.000Z");
    const emeaAe = orgContextFixture({ me: { ...orgContextFixture().me, poolKey: "emea" }, businessHours: { amer: orgContextFixture().businessHours.amer!, emea: null } });
    const emea = poolClock(emeaAe, now);
    expect(emea.pool).toMatchObject({ key: "emea", queue: "EMEA_Pooled_Sales_Queue", scope: "own-accounts" });
    expect(emea.calendar.timeZone).toBe("Europe/Dublin");
    const nowhere = poolClock(orgContextFixture({ me: { ...orgContextFixture().me, poolKey: null } }), now);
    expect(nowhere.pool.key).toBe("amer");
    expect(nowhere.calendar.timeZone).toBe("America/New_York");
  });
});

describe("SLA snapshot and attention", () => {
  // Tuesday 2026-11-17, 10:00 New York.
  const created = "2026-11-17T15:00:00.000Z";

  it("counts business time left, then at risk, then breached", () => {
    expect(slaSnapshot(created, null, AMER, new Date("2026-11-17T17:00:00.000Z"))).toMatchObject({ state: "on-track", remainingBusinessMs: 6 * 3_600_000, breachedByBusinessMs: null });
    expect(slaSnapshot(created, null, AMER, new Date("2026-11-17T21:30:00.000Z"))).toMatchObject({ state: "at-risk" });
    expect(slaSnapshot(created, null, AMER, new Date("2026-11-18T17:00:00.000Z"))).toMatchObject({ state: "breached", remainingBusinessMs: null });
    expect(slaSnapshot(created, "2026-11-17T16:00:00.000Z", AMER, new Date("2026-11-20T12:00:00.000Z"))).toMatchObject({ state: "met" });
  });

  it("needs attention when the high priority, at risk or breached", () => {
    expect(needsAttention({ priority: "High", sla: { state: "on-track" } }, "High")).toBe(true);
    expect(needsAttention({ priority: " high ", sla: { state: "on-track" } }, "High")).toBe(true);
    expect(needsAttention({ priority: "High", sla: { state: "on-track" } }, "P1")).toBe(false);
    expect(needsAttention({ priority: "Low", sla: { state: "at-risk" } }, "High")).toBe(true);
    expect(needsAttention({ priority: "Medium", sla: { state: "breached" } }, "High")).toBe(true);
    expect(needsAttention({ priority: "Medium", sla: { state: "on-track" } }, "High")).toBe(false);
    expect(needsAttention({ priority: null, sla: { state: "met" } }, "High")).toBe(false);
  });
});
