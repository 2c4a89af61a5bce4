import { upgradeFixture } from "../../../test/support/pool-overview-fixture";
import { ageInDays, byAe, lastActivityText } from "./upgrade-view";

const NOW = new Date("2026-11-18T17:00:00.000Z");
const avery = { id: "0058X0000000002QAA", name: "Avery Chen" };

describe("the ASM's upgrade view", () => {
  it("groups by AE, the most loaded first, each AE's stalest first, and flags the cap", () => {
    const opps = [
      upgradeFixture(1, avery, { lastActivityDate: "2026-11-17" }),
      ...Array.from({ length: 15 }, (_, i) => upgradeFixture(10 + i)),
      upgradeFixture(2, avery, { lastActivityDate: "2026-10-02" }),
    ];
    const groups = byAe(opps, 15);
    expect(groups.map((g) => [g.owner.name, g.opportunities.length, g.atCap])).toEqual([
      ["Jordan Rivera", 15, true],
      ["Avery Chen", 2, false],
    ]);
    expect(groups[1]!.opportunities.map((o) => o.lastActivityDate)).toEqual(["2026-10-02", "2026-11-17"]);
  });

  it("says the age and the last activity", () => {
    expect(ageInDays("2026-10-01T15:00:00.000+0000", NOW)).toBe(48);
    expect(lastActivityText(upgradeFixture(1), NOW)).toBe("no activity logged");
    expect(lastActivityText(upgradeFixture(1, avery, { lastActivityDate: "2026-11-15" }), NOW)).toBe("last activity 3 d ago");
  });
});
