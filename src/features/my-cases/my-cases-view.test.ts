import { orgContextFixture } from "../../../test/support/org-context-fixture";
import { myCaseFixture } from "../../../test/support/pool-overview-fixture";
import { myCasesView, nextStepText, resolutionText } from "./my-cases-view";

// Wednesday 2026-11-18, 11:00 in Chicago.
const NOW = new Date("2026-11-18T17:00:00.000Z");
const ORG = orgContextFixture({ me: { ...orgContextFixture().me, timeZone: "America/Chicago" } });
const day = (date: string) => date;

describe("myCasesView", () => {
  it("puts what needs me first: overdue, then due today, then the rest by due date", () => {
    const rows = [
      // Claimed today, Day 1 email done: next is Day 3, upcoming.
      myCaseFixture(1, { createdDate: "2026-11-18T14:00:00.000+0000", claimedAt: "2026-11-18T15:00:00.000+0000", activities: [{ kind: "email", at: "2026-11-18T15:30:00.000+0000" }] }),
      // Claimed Nov 14, Day 1 email done: the Day 3 call (Nov 16) is overdue.
      myCaseFixture(2),
      // Claimed Nov 16, Day 1 done: the Day 3 call is due today.
      myCaseFixture(3, { createdDate: "2026-11-16T14:00:00.000+0000", claimedAt: "2026-11-16T15:00:00.000+0000", activities: [{ kind: "email", at: "2026-11-16T16:00:00.000+0000" }] }),
      // Claimed Nov 16, nothing done: the Day 1 email is overdue, due the same day as case 2's call; case 2's 7-day target comes first.
      myCaseFixture(4, { createdDate: "2026-11-16T14:00:00.000+0000", claimedAt: "2026-11-16T15:00:00.000+0000", activities: [] }),
    ];
    const items = myCasesView(rows, ORG, NOW);
    expect(items.map((item) => [item.row.caseNumber, item.tier, item.next && `${item.next.day}:${item.next.state}`])).toEqual([
      ["00000002", 0, "3:overdue"],
      ["00000004", 0, "1:overdue"],
      ["00000003", 1, "3:due"],
      ["00000001", 2, "3:upcoming"],
    ]);
  });

  it("says the next step, the 7-day target and falls back to the open date when no claim is known", () => {
    const [overdue] = myCasesView([myCaseFixture(2)], ORG, NOW);
    expect(nextStepText(overdue!.next, day)).toBe("Day 3 call: overdue (was due 2026-11-16)");
    expect(resolutionText(overdue!.resolution, 7)).toBe("2 days left of 7");
    const [unclaimed] = myCasesView([myCaseFixture(5, { claimedAt: null, createdDate: "2026-11-10T15:00:00.000+0000", activities: [] })], ORG, NOW);
    expect(unclaimed!.next).toMatchObject({ day: 1, state: "overdue" });
    expect(resolutionText(unclaimed!.resolution, 7)).toBe("7-day target missed by 1 day");
    expect(nextStepText(null, day)).toMatch(/complete/);
  });
});
