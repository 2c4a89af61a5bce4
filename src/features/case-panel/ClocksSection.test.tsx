// @vitest-environment jsdom
import { render, screen, within } from "@testing-library/react";

import { casePanelFixture } from "../../../test/support/case-panel-fixture";
import { ClocksSection } from "./ClocksSection";
import { deriveCaseView } from "./derive-case-view";

// Wednesday 2026-11-18, 10:00 in New York; the org's hours are Mon-Fri 9-17 New York.
const NOW = new Date("2026-11-18T15:00:00Z");

type CaseOverrides = NonNullable<Parameters<typeof casePanelFixture>[0]>["case"];

function renderClocks(caseOverrides: CaseOverrides, orgHasBusinessHours = true) {
  const data = casePanelFixture({ case: caseOverrides });
  const view = deriveCaseView(orgHasBusinessHours ? data : { ...data, org: { ...data.org, businessHours: { amer: null, emea: null } } }, NOW);
  render(<ClocksSection view={view} />);
  const clocks = screen.getByRole("region", { name: "Clocks" });
  const clock = (name: "sla" | "resolution") => clocks.querySelector<HTMLElement>(`[data-clock="${name}"]`)!;
  return { sla: clock("sla"), resolution: clock("resolution") };
}

describe("ClocksSection: SLA", () => {
  it("on track: business time left and when it is due, in the AE's zone", () => {
    const { sla } = renderClocks({ createdDate: "2026-11-18T13:00:00.000Z", firstRespondedDate: null });
    expect(sla).toHaveClass("clock--on-track");
    expect(within(sla).getByText("On track")).toBeInTheDocument();
    expect(within(sla).getByText("7 h of business time left · due Nov 18, 5:00 PM EST")).toBeInTheDocument();
    expect(within(sla).getByText("Org business hours")).toBeInTheDocument();
  });

  it("at risk with 2 business hours or less left", () => {
    const { sla } = renderClocks({ createdDate: "2026-11-17T16:00:00.000Z", firstRespondedDate: null });
    expect(sla).toHaveClass("clock--at-risk");
    expect(within(sla).getByText("At risk")).toBeInTheDocument();
    expect(within(sla).getByText("1 h of business time left · due Nov 18, 11:00 AM EST")).toBeInTheDocument();
  });

  it("met: says when it was answered", () => {
    const { sla } = renderClocks({ createdDate: "2026-11-16T14:00:00.000Z", firstRespondedDate: "2026-11-16T20:00:00.000Z" });
    expect(sla).toHaveClass("clock--met");
    expect(within(sla).getByText("Met")).toBeInTheDocument();
    expect(within(sla).getByText("Answered Nov 16, 3:00 PM EST")).toBeInTheDocument();
  });

  it("breached: how late in business time, and when it was due", () => {
    const { sla } = renderClocks({ createdDate: "2026-11-16T14:00:00.000Z", firstRespondedDate: "2026-11-17T15:30:00.000Z" });
    expect(sla).toHaveClass("clock--breached");
    expect(within(sla).getByText("Breached")).toBeInTheDocument();
    expect(within(sla).getByText("Late by 1 h 30 min of business time · was due Nov 16, 5:00 PM EST")).toBeInTheDocument();
  });

  it("breached while nobody has answered yet", () => {
    const { sla } = renderClocks({ createdDate: "2026-11-13T20:00:00.000Z", firstRespondedDate: null });
    expect(within(sla).getByText("Breached")).toBeInTheDocument();
    expect(within(sla).getByText("Late by 11 h of business time · was due Nov 16, 3:00 PM EST")).toBeInTheDocument();
  });

  it("says when the region's default hours stand in for the org's", () => {
    const { sla } = renderClocks({ createdDate: "2026-11-18T13:00:00.000Z" }, false);
    expect(within(sla).getByText("The pool's policy hours (the org has none for it)")).toBeInTheDocument();
    expect(within(sla).queryByText("Org business hours")).toBeNull();
  });
});

describe("ClocksSection: resolution within 7 days", () => {
  it.each<[string, CaseOverrides, string, string]>([
    ["on track", { createdDate: "2026-11-16T14:00:00.000Z" }, "5 days left", "Target Nov 23, 9:00 AM EST"],
    ["one day left", { createdDate: "2026-11-12T14:00:00.000Z" }, "1 day left", "Target Nov 19, 9:00 AM EST"],
    ["due today", { createdDate: "2026-11-11T16:00:00.000Z" }, "Due today", "Target Nov 18, 11:00 AM EST"],
    ["overdue by a day", { createdDate: "2026-11-10T14:00:00.000Z" }, "Overdue by 1 day", "Target Nov 17, 9:00 AM EST"],
    ["overdue by days", { createdDate: "2026-11-08T14:00:00.000Z" }, "Overdue by 3 days", "Target Nov 15, 9:00 AM EST"],
    [
      "resolved in time",
      { createdDate: "2026-11-08T14:00:00.000Z", isClosed: true, status: "Closed - Resolved", closedDate: "2026-11-12T14:00:00.000Z" },
      "Resolved in time",
      "Target Nov 15, 9:00 AM EST",
    ],
    [
      "resolved late",
      { createdDate: "2026-11-08T14:00:00.000Z", isClosed: true, status: "Closed - Resolved", closedDate: "2026-11-17T14:00:00.000Z" },
      "Resolved late",
      "Target Nov 15, 9:00 AM EST",
    ],
  ])("%s", (_name, caseOverrides, state, target) => {
    const { resolution } = renderClocks(caseOverrides);
    expect(within(resolution).getByText(state)).toHaveClass("clock__state");
    expect(within(resolution).getByText(target)).toBeInTheDocument();
  });

  it("marks an overdue case for styling", () => {
    const { resolution } = renderClocks({ createdDate: "2026-11-10T14:00:00.000Z" });
    expect(resolution).toHaveClass("clock--overdue");
  });
});

describe("ClocksSection: when the SLA clock started (owner history)", () => {
  const QUEUE = "00G8X000000AbCdEAF";
  const AVERY = "0058X00000AveryQAA";
  const SUPPORT = "0058X00000SuppoQAA";
  const change = (at: string, from: string, to: string) => ({ at, from, to });

  it("moved back to the queue: a new clock from the move, not from CreatedDate, and the old response does not answer it", () => {
    const { sla } = renderClocks({
      createdDate: "2026-11-16T14:00:00.000Z",
      firstRespondedDate: "2026-11-16T15:00:00.000Z",
      ownerHistory: { changes: [change("2026-11-18T14:00:00.000Z", AVERY, QUEUE), change("2026-11-16T15:00:00.000Z", QUEUE, AVERY)], truncated: false },
    });
    expect(sla).toHaveClass("clock--on-track");
    expect(within(sla).getByText("7 h of business time left · due Nov 18, 5:00 PM EST")).toBeInTheDocument();
    expect(within(sla).getByText("Back in the queue since Nov 18, 9:00 AM EST: a new clock")).toHaveAttribute("data-sla-start", "entered-queue");
  });

  it("created by someone else and sent to the queue later: counted from the move", () => {
    const { sla } = renderClocks({
      createdDate: "2026-11-13T14:00:00.000Z",
      firstRespondedDate: null,
      ownerHistory: { changes: [change("2026-11-18T13:00:00.000Z", SUPPORT, QUEUE)], truncated: false },
    });
    expect(within(sla).getByText("On track")).toBeInTheDocument();
    expect(within(sla).getByText("7 h of business time left · due Nov 18, 5:00 PM EST")).toBeInTheDocument();
    expect(within(sla).getByText("Counted from Nov 18, 8:00 AM EST, when the case entered the queue")).toBeInTheDocument();
  });

  it("created in the queue: CreatedDate, and says so", () => {
    const { sla } = renderClocks({ createdDate: "2026-11-18T13:00:00.000Z", firstRespondedDate: null });
    expect(within(sla).getByText("Counted from Nov 18, 8:00 AM EST, when the case entered the queue")).toHaveAttribute("data-sla-start", "created-in-queue");
  });

  it("a user owns it and no owner change is on record: falls back to CreatedDate and says why", () => {
    const { sla } = renderClocks({ createdDate: "2026-11-18T13:00:00.000Z", firstRespondedDate: null, owner: { id: AVERY, name: "Avery Chen", isQueue: false } });
    const line = within(sla).getByText("Counted from Nov 18, 8:00 AM EST, when the case was created: no owner change is on record");
    expect(line).toHaveAttribute("title", expect.stringContaining("is Case Owner history tracked in this org?"));
  });
});
