// @vitest-environment jsdom
import { render, screen, within } from "@testing-library/react";

import { casePanelFixture, FIXTURE_ME } from "../../../test/support/case-panel-fixture";
import { CheatSheet } from "./CheatSheet";
import { deriveCaseView } from "./derive-case-view";

const NOW = new Date("2026-11-18T15:00:00Z");
const ME = { id: FIXTURE_ME, name: "Avery Chen", isQueue: false };

type Overrides = Parameters<typeof casePanelFixture>[0];

function renderSheet(overrides: Overrides) {
  const { case: caseOverrides, ...rest } = overrides ?? {};
  render(<CheatSheet view={deriveCaseView(casePanelFixture({ ...rest, case: { createdDate: "2026-11-16T14:00:00.000Z", ...caseOverrides } }), NOW)} />);
  const section = screen.getByRole("region", { name: "Field updates" });
  const line = (id: string) => section.querySelector<HTMLElement>(`[data-line="${id}"]`)!;
  return { section, line };
}

describe("CheatSheet", () => {
  it("an unclaimed case: claim it and set In Progress, neither done yet", () => {
    const { section, line } = renderSheet({});
    expect(within(section).getByRole("heading", { name: "Claiming sets" })).toBeInTheDocument();
    expect([...section.querySelectorAll("li")].map((li) => li.dataset.line)).toEqual(["owner", "status-in-progress"]);
    expect(line("owner")).toHaveClass("todo");
    expect(line("owner")).toHaveTextContent("Case Owner Change the Case Owner to yourself.");
    expect(within(line("owner")).getByLabelText("to do")).toHaveTextContent("○");
    expect(line("status-in-progress")).toHaveTextContent("Status Set Status to In Progress.");
  });

  it("in progress: ticks what is already filled, leaves the rest to do", () => {
    const { section, line } = renderSheet({
      case: { owner: ME, claimedAt: "2026-11-16T15:00:00.000Z", status: "In Progress", reason: "Expansion", notes: null },
      activities: [],
    });
    expect(within(section).getByRole("heading", { name: "While working the case" })).toBeInTheDocument();
    expect(line("reason")).toHaveAttribute("data-ok", "true");
    expect(line("reason")).toHaveClass("ok");
    expect(within(line("reason")).getByLabelText("done")).toHaveTextContent("✓");
    expect(line("contact")).toHaveAttribute("data-ok", "true");
    expect(line("notes")).toHaveAttribute("data-ok", "false");
    expect(within(line("notes")).getByLabelText("to do")).toBeInTheDocument();
    expect(line("activities")).toHaveAttribute("data-ok", "false");
    expect(line("activities")).toHaveTextContent("Activities Log your emails and calls as activities on the contact or account.");
  });

  it("closing: the closed statuses, the Resolution Action and the related opportunity", () => {
    const { section, line } = renderSheet({
      case: {
        owner: ME,
        status: "In Progress",
        resolutionAction: "Question Answered",
        relatedOpportunity: { id: "0068X00000Opp01QAB", name: "Northwind add-on", stageName: "Discovery", isClosed: false },
      },
    });
    expect(within(section).getByRole("heading", { name: "To close the case" })).toBeInTheDocument();
    expect(line("closed-status")).toHaveClass("todo");
    expect(line("closed-status")).toHaveTextContent("Closed - Resolved, Closed - Customer Unresponsive, Closed - Duplicate, Closed - Transferred.");
    expect(line("resolution-action")).toHaveClass("ok");
    expect(line("related-opportunity")).toHaveClass("todo");
    expect(line("related-opportunity")).toHaveTextContent("Related opportunity Close the related opportunity too.");
  });

  it("closed: shows what was set", () => {
    const { section, line } = renderSheet({
      case: { owner: ME, isClosed: true, status: "Closed_Resolved", closedDate: "2026-11-18T14:00:00.000Z", resolutionAction: "Question Answered" },
    });
    expect(within(section).getByRole("heading", { name: "Closed: what was set" })).toBeInTheDocument();
    expect(line("closed-status")).toHaveClass("ok");
    expect(line("resolution-action")).toHaveClass("ok");
    expect(section.querySelector('[data-line="related-opportunity"]')).toBeNull();
  });
});
