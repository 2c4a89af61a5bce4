import { REGION_FALLBACK_CALENDARS } from "../../domain/business-hours";
import { needsAttention, poolCalendar, poolOf, slaSnapshot } from "./pool-sla";

const AMER = REGION_FALLBACK_CALENDARS.AMER;

describe("the pool I work", () => {
  it("is the shared AMER queue unless my region is EMEA, where it is my own accounts in the EMEA queue", () => {
    expect(poolOf("AMER")).toEqual({ region: "AMER", queueDeveloperName: "Pooled_Sales_Queue", ownAccountsOnly: false });
    expect(poolOf(null)).toMatchObject({ region: "AMER" });
    expect(poolOf(" emea ")).toEqual({ region: "EMEA", queueDeveloperName: "EMEA_Pooled_Sales_Queue", ownAccountsOnly: true });
  });

  it("falls back to the region's hours when the org's do not parse", () => {
    const broken = { TimeZoneSidKey: "Not/AZone", MondayStartTime: "nine", MondayEndTime: "17:00:00.000Z" } as never;
    expect(poolCalendar({ businessHours: broken, holidays: [] }, "EMEA")).toBe(REGION_FALLBACK_CALENDARS.EMEA);
    expect(poolCalendar({ businessHours: null, holidays: [] }, "AMER")).toBe(AMER);
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

  it("needs attention when High Priority, at risk or breached", () => {
    expect(needsAttention({ priority: "High", sla: { state: "on-track" } })).toBe(true);
    expect(needsAttention({ priority: "Low", sla: { state: "at-risk" } })).toBe(true);
    expect(needsAttention({ priority: "Medium", sla: { state: "breached" } })).toBe(true);
    expect(needsAttention({ priority: "Medium", sla: { state: "on-track" } })).toBe(false);
    expect(needsAttention({ priority: null, sla: { state: "met" } })).toBe(false);
  });
});
