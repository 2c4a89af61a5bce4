// @vitest-environment jsdom
import { screen, within } from "@testing-library/react";

import { casePanelFixture, FIXTURE_ME } from "../../../test/support/case-panel-fixture";
import { renderWithQuery } from "../../../test/support/render-with-query";
import type { Activity, CasePanelData } from "../../messaging/case-panel-data";
import type { CaseCadenceStep } from "../../domain/case-clocks";
import { CadenceChecklist, movedText, type CadenceStepSlot } from "./CadenceChecklist";
import { deriveCaseView } from "./derive-case-view";

// Wednesday 2026-11-18, 10:00 in New York.
const NOW = new Date("2026-11-18T15:00:00Z");
// Saturday 2026-11-14, 10:00 New York: Day 1. Day 3 is Monday the 16th, Day 5 today, Day 7 Friday.
const CLAIMED = "2026-11-14T15:00:00.000Z";

const QUEUE = { id: "00G8X000000AbCdEAF", name: "Pooled Sales Queue", isQueue: true };
const ME = { id: FIXTURE_ME, name: "Avery Chen", isQueue: false };
const SOMEONE_ELSE = { id: "0058X00000BlakeQAB", name: "Blake Ruiz", isQueue: false };

const dayOneEmail: Activity = { id: "00T8X00000Tsk01UAB", kind: "email", subject: "Day 1 email", at: "2026-11-14T16:00:00.000Z", on: "case", by: "Avery Chen", outcome: null };

type Overrides = Parameters<typeof casePanelFixture>[0];

/** What the page composes under each step: here, which steps it may act on. */
const slotMarker = (step: CaseCadenceStep, { actionable }: CadenceStepSlot) => (actionable ? <button type="button">Do Day {step.day}</button> : null);

function renderCadence(overrides: Overrides, { now = NOW, profile }: { now?: Date; profile?: Partial<CasePanelData["org"]["profile"]["outreach"]> } = {}) {
  const { case: caseOverrides, ...rest } = overrides ?? {};
  const data: CasePanelData = casePanelFixture({ ...rest, case: { createdDate: "2026-11-13T14:00:00.000Z", ...caseOverrides } });
  if (profile) data.org = { ...data.org, profile: { ...data.org.profile, outreach: { ...data.org.profile.outreach, ...profile } } };
  const view = deriveCaseView(data, now);
  const rendered = renderWithQuery(<CadenceChecklist data={data} view={view} renderStep={slotMarker} />);
  const section = screen.getByRole("region", { name: "Outreach cadence" });
  const step = (day: number) => section.querySelector<HTMLElement>(`[data-day="${day}"]`)!;
  return { ...rendered, section, step, data };
}

describe("CadenceChecklist", () => {
  it("shows an unclaimed case's cadence as a preview from today, with nothing to log", () => {
    const { section, step } = renderCadence({ case: { owner: QUEUE } });
    expect(within(section).getByText("Preview: Day 1 is the day the case is claimed.")).toBeInTheDocument();
    expect([1, 3, 5, 7].map((day) => step(day).dataset.state)).toEqual(["preview", "preview", "preview", "preview"]);
    expect(within(step(1)).getByText("Wed, Nov 18")).toBeInTheDocument();
    expect(within(step(3)).getByText("Call")).toBeInTheDocument();
    expect(within(step(3)).getByText("Preview")).toBeInTheDocument();
    expect(within(section).queryByRole("button")).toBeNull();
  });

  it("shows done, overdue, due and upcoming steps on their dates", () => {
    const { section, step } = renderCadence({ case: { owner: ME, claimedAt: CLAIMED }, activities: [dayOneEmail] });
    expect(within(section).queryByText(/^Preview:/)).toBeNull();
    // Claimed on a Saturday: Day 1 is due on Monday, and the panel says why.
    expect(within(step(1)).getByText("Mon, Nov 16", { exact: false })).toBeInTheDocument();
    expect(within(step(1)).getByText("(Day 1 is a Saturday)")).toBeInTheDocument();
    expect(within(step(1)).getByText("Done Nov 14, 11:00 AM EST")).toBeInTheDocument();
    expect(step(1)).toHaveAttribute("data-state", "done");
    expect(within(step(3)).getByText("Mon, Nov 16")).toBeInTheDocument();
    expect(within(step(3)).queryByText(/Day 3 is/)).toBeNull();
    expect(within(step(3)).getByText("Overdue")).toBeInTheDocument();
    expect(within(step(5)).getByText("Due today")).toBeInTheDocument();
    expect(within(step(7)).getByText("Upcoming")).toBeInTheDocument();
  });

  it("lets the page act on one step, the next, when the case is mine and claimed", () => {
    const { section, step } = renderCadence({ case: { owner: ME, claimedAt: CLAIMED }, activities: [dayOneEmail] });
    expect(within(section).getAllByRole("button")).toHaveLength(1);
    expect(within(step(3)).getByRole("button", { name: "Do Day 3" })).toBeInTheDocument();
  });

  it("acts on Day 1 when nothing is logged yet", () => {
    const { step } = renderCadence({ case: { owner: ME, claimedAt: "2026-11-18T14:30:00.000Z" } });
    expect(within(step(1)).getByRole("button", { name: "Do Day 1" })).toBeInTheDocument();
  });

  it.each<[string, Overrides]>([
    ["in a queue", { case: { owner: QUEUE, claimedAt: null } }],
    ["someone else's case", { case: { owner: SOMEONE_ELSE, claimedAt: CLAIMED } }],
    ["a closed case", { case: { owner: ME, claimedAt: CLAIMED, isClosed: true, status: "Closed - Resolved", closedDate: "2026-11-17T15:00:00.000Z" } }],
  ])("acts on no step of %s", (_name, overrides) => {
    const { section } = renderCadence(overrides);
    expect(within(section).queryByRole("button")).toBeNull();
  });

  it("acts on no step before the next step's day: an early call would not tick it", () => {
    // Claimed yesterday (Tuesday) with the Day 1 email sent; Day 3 (the call) is tomorrow.
    const { section, step } = renderCadence({
      case: { owner: ME, claimedAt: "2026-11-17T15:00:00.000Z" },
      activities: [{ ...dayOneEmail, at: "2026-11-17T16:00:00.000Z" }],
    });
    expect(step(3)).toHaveAttribute("data-state", "upcoming");
    expect(within(section).queryByRole("button")).toBeNull();
  });
});

describe("the cadence against the 7-day target", () => {
  // Opened Monday Nov 16 (resolve by Monday the 23rd), claimed today, Wednesday the 18th:
  // the Day 7 email (Tuesday the 24th) falls after the target.
  const lateClaim: Overrides = { case: { owner: ME, createdDate: "2026-11-16T15:00:00.000Z", claimedAt: "2026-11-18T14:30:00.000Z" } };

  it("compressed, moves the steps up and says so on the steps concerned", () => {
    const { section, step } = renderCadence(lateClaim);
    expect(within(section).getByRole("status")).toHaveTextContent("Day 7 email would fall after the 7-day target (Mon, Nov 23): the steps left are moved up to end by then.");
    expect(step(7)).toHaveAttribute("data-after-target", "true");
    expect(step(7)).toHaveAttribute("data-date", "2026-11-23");
    expect(within(step(7)).getByText("Day 7 would fall on Tue, Nov 24, after the 7-day target (Mon, Nov 23): moved up.")).toBeInTheDocument();
    expect(within(step(5)).getByText("Moved up from Mon, Nov 23 to end by the 7-day target.")).toBeInTheDocument();
    expect(step(1)).not.toHaveAttribute("data-after-target");
    expect(within(step(1)).queryByText(/target/)).toBeNull();
  });

  it("kept by the profile, keeps the dates and flags the case as past target", () => {
    const { section, step } = renderCadence(lateClaim, { profile: { whenPastTarget: "keep-and-flag" } });
    expect(within(section).getByRole("status")).toHaveTextContent("Past target: Day 7 email falls after the 7-day target (Mon, Nov 23). The cadence keeps its dates.");
    expect(step(7)).toHaveAttribute("data-date", "2026-11-24");
    expect(within(step(7)).getByText("After the 7-day target (Mon, Nov 23).")).toBeInTheDocument();
    expect(within(step(5)).queryByText(/target/)).toBeNull();
  });

  it("says nothing of the target when the cadence fits it", () => {
    const { section } = renderCadence({ case: { owner: ME, createdDate: "2026-11-18T14:00:00.000Z", claimedAt: "2026-11-18T14:30:00.000Z" } });
    expect(within(section).queryByRole("status")).toBeNull();
    expect(section.querySelector("[data-after-target]")).toBeNull();
  });
});

describe("why a step is due later than its day", () => {
  it("names the weekday or the holiday", () => {
    expect(movedText(3, { reason: "weekday", weekday: "sunday" })).toBe("Day 3 is a Sunday");
    expect(movedText(5, { reason: "holiday", name: "Thanksgiving" })).toBe("Day 5 is Thanksgiving");
    expect(movedText(7, { reason: "holiday", name: null })).toBe("Day 7 is a holiday");
  });
});
