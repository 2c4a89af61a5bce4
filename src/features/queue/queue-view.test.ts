import { poolOverviewFixture, queueRowFixture, sla } from "../../../test/support/pool-overview-fixture";
import { DEFAULT_PROFILE } from "../../domain/org-profile";
import { slaText } from "../../shared/sla-text";
import { queueView, takeNextPlan } from "./queue-view";

const NOW = new Date("2026-11-18T17:00:00.000Z");

describe("queueView", () => {
  it("orders High Priority first, then oldest first, and labels trigger, age and SLA", () => {
    const rows = [
      queueRowFixture(1, { priority: "Low" }),
      queueRowFixture(5, { priority: "High", subject: "Expansion Opportunity: Seat overage 112%", origin: "Case Automation" }),
      queueRowFixture(3, { priority: "high" }),
      queueRowFixture(2, { priority: "Medium", sla: sla("breached", 3) }),
    ];
    const items = queueView(poolOverviewFixture({ queue: rows }).queue, DEFAULT_PROFILE, NOW);
    expect(items.map((item) => item.row.caseNumber)).toEqual(["00000003", "00000005", "00000001", "00000002"]);
    expect(items.map((item) => item.position)).toEqual([1, 2, 3, 4]);
    expect(items[1]!.trigger).toMatchObject({ kind: "classified", label: expect.stringMatching(/Expansion/) });
    expect(items[0]!.age).toBe("5 d 2 h");
    expect(items[3]!.slaText).toBe("Breached 3 h ago");
  });

  it.each([
    [sla("on-track", 5), "5 h left"],
    [sla("at-risk", 1.5), "At risk: 1 h 30 min left"],
    [sla("breached", 0), "Breached 0 min ago"],
    [sla("met"), "Met"],
  ])("says the SLA as %j", (snapshot, text) => expect(slaText(snapshot)).toBe(text));
});

describe("takeNextPlan", () => {
  it("tries the cases in order, leaving out (and naming) those that go to another AE", () => {
    const conflict = { kind: "open-case" as const, label: "Case 00000009", transferTo: { id: "0058X0000000002QAA", name: "Avery Chen" } };
    const items = queueView([queueRowFixture(1, { conflict }), queueRowFixture(2), queueRowFixture(3, { conflict }), queueRowFixture(4)], DEFAULT_PROFILE, NOW);
    const plan = takeNextPlan(items, 5);
    expect(plan.candidates.map((c) => c.caseNumber)).toEqual(["00000002", "00000004"]);
    expect(plan.candidates[0]).toEqual({ caseId: "5008X0000000002QAA", caseNumber: "00000002", lastModifiedDate: "2026-11-18T15:00:00.000+0000", ownerId: "00G8X0000000001QAA", accountId: "0018X0000000002QAA" });
    expect(plan.conflictsAhead.map((item) => item.row.caseNumber)).toEqual(["00000001"]);
    expect(takeNextPlan(items, 1).candidates).toHaveLength(1);
  });
});
