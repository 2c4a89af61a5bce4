// @vitest-environment jsdom
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";

import { casePanelFixture, FIXTURE_ME } from "../../../test/support/case-panel-fixture";
import { renderWithQuery } from "../../../test/support/render-with-query";
import type { Activity, CasePanelData } from "../../messaging/case-panel-data";
import type { Transport } from "../../messaging/send-request";
import { CadenceChecklist, movedText } from "./CadenceChecklist";
import { deriveCaseView } from "./derive-case-view";
import { casePanelQueryKey } from "../../shared/case-panel/use-case-panel";

// Wednesday 2026-11-18, 10:00 in New York.
const NOW = new Date("2026-11-18T15:00:00Z");
// Saturday 2026-11-14, 10:00 New York: Day 1. Day 3 is Monday the 16th, Day 5 today, Day 7 Friday.
const CLAIMED = "2026-11-14T15:00:00.000Z";

const CASE_ID = "5008X00002CytL1QAJ";
const CONTACT_ID = "0038X00000AbCdEQAV";
const QUEUE = { id: "00G8X000000AbCdEAF", name: "Pooled Sales Queue", isQueue: true };
const ME = { id: FIXTURE_ME, name: "Avery Chen", isQueue: false };
const SOMEONE_ELSE = { id: "0058X00000BlakeQAB", name: "Blake Ruiz", isQueue: false };

const dayOneEmail: Activity = { id: "00T8X00000Tsk01UAB", kind: "email", subject: "Day 1 email", at: "2026-11-14T16:00:00.000Z", on: "case" };

type Overrides = Parameters<typeof casePanelFixture>[0];

/** A transport that records every message and answers the log with a new Task id. */
function recordingTransport(reply: unknown = { ok: true, data: { id: "00T8X00000Tsk09UAB" } }) {
  const sent: unknown[] = [];
  const transport: Transport = async (message) => {
    sent.push(message);
    return reply;
  };
  return { sent, transport };
}

function renderCadence(overrides: Overrides, { now = NOW, transport }: { now?: Date; transport?: Transport } = {}) {
  const { case: caseOverrides, ...rest } = overrides ?? {};
  const data: CasePanelData = casePanelFixture({ ...rest, case: { createdDate: "2026-11-13T14:00:00.000Z", ...caseOverrides } });
  const view = deriveCaseView(data, now);
  const rendered = renderWithQuery(<CadenceChecklist data={data} view={view} now={now} transport={transport} />);
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

  it("offers one Log button, on the next step, when the case is mine and claimed", () => {
    const { section, step } = renderCadence({ case: { owner: ME, claimedAt: CLAIMED }, activities: [dayOneEmail] }, { transport: recordingTransport().transport });
    const buttons = within(section).getAllByRole("button");
    expect(buttons).toHaveLength(1);
    expect(within(step(3)).getByRole("button", { name: "Log call" })).toBeEnabled();
  });

  it("offers Log email on Day 1 when nothing is logged yet", () => {
    const { step } = renderCadence({ case: { owner: ME, claimedAt: "2026-11-18T14:30:00.000Z" } });
    expect(within(step(1)).getByRole("button", { name: "Log email" })).toBeInTheDocument();
  });

  it.each<[string, Overrides]>([
    ["in a queue", { case: { owner: QUEUE, claimedAt: null } }],
    ["someone else's case", { case: { owner: SOMEONE_ELSE, claimedAt: CLAIMED } }],
    ["a closed case", { case: { owner: ME, claimedAt: CLAIMED, isClosed: true, status: "Closed - Resolved", closedDate: "2026-11-17T15:00:00.000Z" } }],
  ])("offers no Log button on %s", (_name, overrides) => {
    const { section } = renderCadence(overrides);
    expect(within(section).queryByRole("button")).toBeNull();
  });

  it("offers no Log button before the next step's day: an early call would not tick it", () => {
    // Claimed yesterday (Tuesday) with the Day 1 email sent; Day 3 (the call) is tomorrow.
    const { section, step } = renderCadence({
      case: { owner: ME, claimedAt: "2026-11-17T15:00:00.000Z" },
      activities: [{ ...dayOneEmail, at: "2026-11-17T16:00:00.000Z" }],
    });
    expect(step(3)).toHaveAttribute("data-state", "upcoming");
    expect(within(section).queryByRole("button")).toBeNull();
  });

  it("logs the call with day 3, the contact and the AE's local date, then refreshes the panel", async () => {
    // 22:30 on Wednesday in New York is already Thursday in UTC: the Task's date is the AE's.
    const lateEvening = new Date("2026-11-19T03:30:00Z");
    const { sent, transport } = recordingTransport();
    const { step, queryClient } = renderCadence({ case: { owner: ME, claimedAt: CLAIMED }, activities: [dayOneEmail] }, { now: lateEvening, transport });
    queryClient.setQueryData(casePanelQueryKey(CASE_ID), { stale: false });

    await userEvent.click(within(step(3)).getByRole("button", { name: "Log call" }));

    await waitFor(() => expect(queryClient.getQueryState(casePanelQueryKey(CASE_ID))?.isInvalidated).toBe(true));
    expect(sent).toEqual([{ type: "activity/log", caseId: CASE_ID, contactId: CONTACT_ID, kind: "call", day: 3, activityDate: "2026-11-18" }]);
  });

  it("logs without a contact when the case has none", async () => {
    const { sent, transport } = recordingTransport();
    const { step } = renderCadence({ case: { owner: ME, claimedAt: CLAIMED, contact: null }, activities: [dayOneEmail] }, { transport });

    await userEvent.click(within(step(3)).getByRole("button", { name: "Log call" }));

    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toMatchObject({ type: "activity/log", contactId: null, kind: "call", day: 3 });
  });

  it("shows Salesforce's message when logging fails, and leaves the panel cached", async () => {
    const { sent, transport } = recordingTransport({
      ok: false,
      error: { kind: "salesforce", errorCode: "FIELD_INTEGRITY_EXCEPTION", message: "Related To ID: id value of incorrect type" },
    });
    const { step, queryClient } = renderCadence({ case: { owner: ME, claimedAt: CLAIMED }, activities: [dayOneEmail] }, { transport });
    queryClient.setQueryData(casePanelQueryKey(CASE_ID), { stale: false });

    await userEvent.click(within(step(3)).getByRole("button", { name: "Log call" }));

    expect(await screen.findByRole("alert")).toHaveTextContent("Could not log the activity: Related To ID: id value of incorrect type");
    expect(sent).toHaveLength(1);
    expect(queryClient.getQueryState(casePanelQueryKey(CASE_ID))?.isInvalidated).toBe(false);
    expect(within(step(3)).getByRole("button", { name: "Log call" })).toBeEnabled();
  });
});

describe("why a step is due later than its day", () => {
  it("names the weekday or the holiday", () => {
    expect(movedText(3, { reason: "weekday", weekday: "sunday" })).toBe("Day 3 is a Sunday");
    expect(movedText(5, { reason: "holiday", name: "Thanksgiving" })).toBe("Day 5 is Thanksgiving");
    expect(movedText(7, { reason: "holiday", name: null })).toBe("Day 7 is a holiday");
  });
});
