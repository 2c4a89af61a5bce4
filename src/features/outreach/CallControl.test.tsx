// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";

import { renderWithQuery } from "../../../test/support/render-with-query";
import { DEFAULT_PROFILE } from "../../domain/org-profile";
import type { LoggedActivity } from "../../messaging/case-work";
import { CallControl, type CallControlProps } from "./CallControl";
import { CASE_ID, CONTACT_ID, RETRY_ID, keepLinksInPlace, loggedAnswer, recordingTransport, stepOn } from "./test-support";

const OUTCOMES = DEFAULT_PROFILE.outreach.callOutcomes;
const RETRY = { activityDate: "2026-11-19", subject: "Call back: case 00001042" };

let restoreLinks: () => void;
beforeEach(() => {
  restoreLinks = keepLinksInPlace();
});
afterEach(() => restoreLinks());

function renderCall(props: Partial<CallControlProps> = {}, reply: unknown = { ok: true, data: loggedAnswer({ kind: "call", subject: "Call: Left voicemail", outcome: "Left voicemail" }) }) {
  const { sent, transport } = recordingTransport(reply);
  const logged: LoggedActivity[] = [];
  renderWithQuery(
    <CallControl step={stepOn(3)} phone="+1 415 555 0100 ext. 42" guidance="Ask what drove their score." outcomes={OUTCOMES} retry={RETRY} transport={transport} onLogged={(answer) => logged.push(answer)} {...props} />,
  );
  return { control: screen.getByRole("group", { name: "Day 3 call" }), sent, logged };
}

const request = (call: unknown) => ({ type: "activity/log", caseId: CASE_ID, contactId: CONTACT_ID, kind: "call", day: 3, activityDate: "2026-11-18", call });

describe("CallControl", () => {
  it("dials the number as typed, then logs the outcome and the note", async () => {
    const { control, sent, logged } = renderCall();
    expect(within(control).getByText("Ask what drove their score.")).toBeInTheDocument();
    const dial = within(control).getByRole("link", { name: "Call +1 415 555 0100 ext. 42" });
    expect(dial).toHaveAttribute("href", "tel:+1-415-555-0100;ext=42");

    await userEvent.click(dial);
    const logCall = within(control).getByRole("button", { name: "Log call" });
    expect(logCall).toBeDisabled();
    expect(within(control).getAllByRole("radio").map((radio) => radio.closest("label")?.textContent)).toEqual(["Connected", "Left voicemail", "No answer", "Wrong number"]);

    await userEvent.click(within(control).getByRole("radio", { name: "Left voicemail" }));
    await userEvent.type(within(control).getByLabelText("Note (one line)"), "  Asked her to call back Friday ");
    expect(within(control).queryByRole("checkbox")).toBeNull();
    await userEvent.click(logCall);

    expect(await within(control).findByRole("status")).toHaveTextContent("Logged: Left voicemail.");
    expect(sent).toEqual([request({ outcome: "left-voicemail", note: "Asked her to call back Friday" })]);
    expect(logged).toHaveLength(1);
  });

  it("offers a retry the next business day after no answer, in the same request", async () => {
    const answer = loggedAnswer({ kind: "call", subject: "Call: No answer", outcome: "No answer" }, { id: RETRY_ID, subject: RETRY.subject, activityDate: RETRY.activityDate });
    const { control, sent } = renderCall({}, { ok: true, data: answer });
    await userEvent.click(within(control).getByRole("link", { name: /^Call / }));
    await userEvent.click(within(control).getByRole("radio", { name: "No answer" }));

    const retry = within(control).getByRole("checkbox", { name: "Schedule a retry call on Thu, Nov 19" });
    expect(retry).toBeChecked();
    await userEvent.click(within(control).getByRole("button", { name: "Log call" }));

    expect(await within(control).findByRole("status")).toHaveTextContent("Logged: No answer. Retry call on Thu, Nov 19.");
    expect(sent).toEqual([request({ outcome: "no-answer", note: "", retry: RETRY })]);
  });

  it("schedules no retry when the AE unticks it", async () => {
    const first = renderCall();
    await userEvent.click(within(first.control).getByRole("button", { name: "Log a call made elsewhere" }));
    await userEvent.click(within(first.control).getByRole("radio", { name: "No answer" }));
    await userEvent.click(within(first.control).getByRole("checkbox"));
    await userEvent.click(within(first.control).getByRole("button", { name: "Log call" }));
    await within(first.control).findByRole("status");
    expect(first.sent).toEqual([request({ outcome: "no-answer", note: "" })]);
  });

  it("offers no retry when the panel has none to offer", async () => {
    const { control } = renderCall({ retry: null });
    await userEvent.click(within(control).getByRole("button", { name: "Log a call made elsewhere" }));
    await userEvent.click(within(control).getByRole("radio", { name: "No answer" }));
    expect(within(control).queryByRole("checkbox")).toBeNull();
  });

  it("says why it cannot dial, and still lets the AE log a call made from another phone", async () => {
    const { control, sent } = renderCall({ phone: null });
    expect(within(control).queryByRole("link")).toBeNull();
    expect(within(control).getByText("The contact has no phone number.")).toBeInTheDocument();
    await userEvent.click(within(control).getByRole("button", { name: "Log a call made elsewhere" }));
    await userEvent.click(within(control).getByRole("radio", { name: "Wrong number" }));
    await userEvent.click(within(control).getByRole("button", { name: "Log call" }));
    await within(control).findByRole("status");
    expect(sent).toEqual([request({ outcome: "wrong-number", note: "" })]);
  });

  it("never turns hostile text into a link or markup", () => {
    const { control } = renderCall({ phone: "javascript:alert(1)", guidance: "<script>alert(1)</script> ask about seats" });
    expect(within(control).queryByRole("link")).toBeNull();
    expect(within(control).getByText(/is not a phone number that can be dialled/)).toBeInTheDocument();
    expect(within(control).getByText("<script>alert(1)</script> ask about seats")).toBeInTheDocument();
    expect(document.querySelector("script")).toBeNull();
  });

  it("uses the org's words for the outcomes", async () => {
    const { control } = renderCall({ outcomes: { ...OUTCOMES, "no-answer": "Unreachable" } });
    await userEvent.click(within(control).getByRole("button", { name: "Log a call made elsewhere" }));
    expect(within(control).getByRole("radio", { name: "Unreachable" })).toBeInTheDocument();
  });

  it("shows Salesforce's message when logging fails and keeps what the AE picked", async () => {
    const { control } = renderCall({}, { ok: false, error: { kind: "salesforce", errorCode: "INVALID_FIELD", message: "No such column 'CallDisposition' on sobject of type Task" } });
    await userEvent.click(within(control).getByRole("button", { name: "Log a call made elsewhere" }));
    await userEvent.click(within(control).getByRole("radio", { name: "Connected" }));
    await userEvent.click(within(control).getByRole("button", { name: "Log call" }));
    expect(await within(control).findByRole("alert")).toHaveTextContent("Could not log the call: No such column 'CallDisposition'");
    expect(within(control).getByRole("radio", { name: "Connected" })).toBeChecked();
    expect(within(control).getByRole("button", { name: "Log call" })).toBeEnabled();
  });

  it("one click, one log: a second click before the answer sends nothing", async () => {
    const { control, sent } = renderCall();
    await userEvent.click(within(control).getByRole("link", { name: /^Call / }));
    await userEvent.click(within(control).getByRole("radio", { name: "Left voicemail" }));
    const logCall = within(control).getByRole("button", { name: "Log call" });
    fireEvent.submit(logCall.closest("form")!);
    fireEvent.submit(logCall.closest("form")!);
    await waitFor(() => expect(within(control).getByRole("status")).toHaveTextContent("Logged: Left voicemail."));
    expect(sent).toHaveLength(1);
  });

  it("after a lost answer and a re-read that found no Task, says the call was not logged (the worker looked)", async () => {
    const lost = { ok: false, error: { kind: "network", lostAnswer: "not-done", errorCode: "ERROR_HTTP_504", message: "Salesforce did not answer in time, so the extension looked again: the call was not logged. Log it again when you are ready." } };
    const { control } = renderCall({}, lost);
    await userEvent.click(within(control).getByRole("link", { name: /^Call / }));
    await userEvent.click(within(control).getByRole("radio", { name: "Left voicemail" }));
    await userEvent.click(within(control).getByRole("button", { name: "Log call" }));
    expect(await screen.findByRole("alert")).toHaveTextContent(/^Salesforce did not answer in time, so the extension looked again: the call was not logged\./);
  });
});
