// @vitest-environment jsdom
import { render, screen } from "@testing-library/react";

import type { TimelineEntry } from "../../domain/outreach/step-timeline";
import { StepTimelineLine } from "./StepTimelineLine";

const NY = "America/New_York";
const entry = (overrides: Partial<TimelineEntry>): TimelineEntry => ({
  activityId: "00T8X00000Tsk09UAB",
  kind: "email",
  at: new Date("2026-11-18T16:00:00.000Z"),
  by: "Avery Chen",
  subject: "Your question about Ultimate trial",
  outcome: null,
  ...overrides,
});

const line = () => screen.getByText((_, element) => element?.classList.contains("outreach-timeline") ?? false);

describe("StepTimelineLine", () => {
  it("says what was logged for an email step: subject, who, when in the AE's zone", () => {
    render(<StepTimelineLine entry={entry({})} timeZone={NY} />);
    expect(line()).toHaveTextContent("Email“Your question about Ultimate trial”Avery ChenNov 18, 11:00 AM EST");
    expect(line()).toHaveAttribute("data-activity-id", "00T8X00000Tsk09UAB");
    expect(screen.getByText("Nov 18, 11:00 AM EST")).toHaveAttribute("datetime", "2026-11-18T16:00:00.000Z");
  });

  it("gives a call's result rather than its subject, and the retry scheduled after it", () => {
    render(<StepTimelineLine entry={entry({ kind: "call", subject: "Call: No answer", outcome: "No answer" })} timeZone="Europe/Dublin" retry={{ activityDate: "2026-11-19" }} />);
    expect(line()).toHaveTextContent("CallNo answerAvery ChenNov 18, 4:00 PM GMTRetry call Thu, Nov 19");
  });

  it("shows what it has of an activity logged elsewhere", () => {
    render(<StepTimelineLine entry={entry({ kind: "call", subject: null, by: null })} timeZone={NY} />);
    expect(line()).toHaveTextContent(/^CallNov 18, 11:00 AM EST$/);
  });

  it("shows a hostile subject as text", () => {
    const { container } = render(<StepTimelineLine entry={entry({ subject: "<img src=x onerror=alert(1)>" })} timeZone={NY} />);
    expect(container.querySelector("img")).toBeNull();
    expect(line()).toHaveTextContent("“<img src=x onerror=alert(1)>”");
  });
});
