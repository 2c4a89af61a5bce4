// @vitest-environment jsdom
/**
 * The panel while a write waits for Salesforce and after its answer was lost: the
 * button sends once, "Still waiting for Salesforce…" after a few seconds, and what
 * the worker's re-read found ("You own this case", "Not claimed: …", "Closed as …").
 */
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";

import { casePanelFixture, FIXTURE_ME } from "../../../test/support/case-panel-fixture";
import { renderWithQuery } from "../../../test/support/render-with-query";
import type { CasePanelData } from "../../messaging/case-panel-data";
import type { Transport } from "../../messaging/send-request";
import { PANEL_WRITE_DEADLINE_MS, STILL_WAITING_MS } from "../../messaging/write-deadlines";
import { CaseActions } from "./CaseActions";

/** A worker whose answers the test hands out when it wants: each request waits for `answer(type, reply)`. */
function slowWorker(now: Record<string, unknown> = {}) {
  const sent: Array<Record<string, unknown>> = [];
  const waiting = new Map<string, (reply: unknown) => void>();
  const transport: Transport = (message) => {
    const request = message as Record<string, unknown>;
    sent.push(request);
    const type = String(request.type);
    if (type in now) return Promise.resolve({ ok: true, data: now[type] });
    return new Promise((resolve) => waiting.set(type, resolve));
  };
  return { sent, transport, answer: (type: string, reply: unknown) => waiting.get(type)!(reply) };
}

const BOB = { id: "0058X0000000BobQAA", name: "Bob Lee" };
const readBack = (data: CasePanelData, patch: Partial<CasePanelData["case"]>) => {
  const { org: _org, queueCases: _queue, ...parts } = data;
  return { ...parts, case: { ...parts.case, lastModifiedDate: "2026-11-23T16:00:00.000+0000", ...patch } };
};

afterEach(() => vi.useRealTimers());

describe("a claim whose answer was lost", () => {
  it("says what the re-read found, 'You own this case', and redraws from it", async () => {
    const data = casePanelFixture();
    const after = readBack(data, { owner: { id: FIXTURE_ME, name: "Avery Chen", isQueue: false }, status: "In Progress" });
    const worker = slowWorker({ "case/claim": { outcome: "answer-lost", panel: after } });
    const { queryClient } = renderWithQuery(<CaseActions data={data} transport={worker.transport} />);

    await userEvent.click(screen.getByRole("button", { name: "Claim" }));

    expect(await screen.findByText("You own this case. Salesforce's answer was lost on the way back, so the panel read the case again.")).toBeInTheDocument();
    expect(screen.queryByText(/nothing was changed/i)).toBeNull();
    expect(queryClient.getQueryData<CasePanelData>(["case-panel", data.case.id])?.case.owner.id).toBe(FIXTURE_ME);
  });

  it("someone else has it: 'Not claimed: Bob Lee has it'", async () => {
    const data = casePanelFixture();
    const worker = slowWorker({ "case/claim": { outcome: "answer-lost", panel: readBack(data, { owner: { ...BOB, isQueue: false }, status: "In Progress" }) } });
    renderWithQuery(<CaseActions data={data} transport={worker.transport} />);

    await userEvent.click(screen.getByRole("button", { name: "Claim" }));

    expect(await screen.findByText(/^Not claimed: Bob Lee has it\. Salesforce's answer was lost/)).toBeInTheDocument();
  });
});

describe("while a write waits for Salesforce", () => {
  it("two clicks at once send one claim: the button is disabled by the first", async () => {
    const worker = slowWorker();
    renderWithQuery(<CaseActions data={casePanelFixture()} transport={worker.transport} />);
    const button = screen.getByRole("button", { name: "Claim" });

    fireEvent.click(button);
    expect(button).toBeDisabled();
    fireEvent.click(button);

    await waitFor(() => expect(worker.sent.some((message) => message.type === "case/claim")).toBe(true));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(worker.sent.filter((message) => message.type === "case/claim")).toHaveLength(1);
    expect(screen.getByRole("button", { name: "Claiming…" })).toBeDisabled();
  });

  it("says 'Still waiting for Salesforce…' after a few seconds, then what is true", async () => {
    vi.useFakeTimers();
    const data = casePanelFixture();
    const worker = slowWorker();
    renderWithQuery(<CaseActions data={data} transport={worker.transport} />);

    fireEvent.click(screen.getByRole("button", { name: "Claim" }));
    await act(() => vi.advanceTimersByTimeAsync(STILL_WAITING_MS - 100));
    expect(screen.queryByText(/Still waiting for Salesforce…/)).toBeNull();
    await act(() => vi.advanceTimersByTimeAsync(100));
    expect(screen.getByText(/Still waiting for Salesforce…/)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Claiming…" })).toBeDisabled();

    await act(async () => worker.answer("case/claim", { ok: true, data: { outcome: "answer-lost", panel: readBack(data, { owner: { id: FIXTURE_ME, name: "Avery Chen", isQueue: false } }) } }));
    expect(screen.getByText(/^You own this case\./)).toBeInTheDocument();
    expect(screen.queryByText(/Still waiting for Salesforce…/)).toBeNull();
  });

  it("a worker that never answers: at the panel's deadline it says it cannot tell, and reads the case again", async () => {
    vi.useFakeTimers();
    const data = casePanelFixture();
    const worker = slowWorker();
    const { queryClient } = renderWithQuery(<CaseActions data={data} transport={worker.transport} />);
    const invalidate = vi.spyOn(queryClient, "invalidateQueries");

    fireEvent.click(screen.getByRole("button", { name: "Claim" }));
    await act(() => vi.advanceTimersByTimeAsync(PANEL_WRITE_DEADLINE_MS));

    expect(screen.getByRole("alert")).toHaveTextContent("cannot tell whether the change was saved");
    expect(screen.getByRole("alert")).not.toHaveTextContent(/nothing was changed/i);
    expect(invalidate).toHaveBeenCalledWith({ queryKey: ["case-panel", data.case.id] });
  });
});

describe("a close that hangs", () => {
  const OPTIONS = { resolutionActions: [{ value: "Upgrade Completed", label: "Upgrade Completed" }], closedStages: ["Closed Won"] };
  const mine = () => casePanelFixture({ case: { owner: { id: FIXTURE_ME, name: "Avery Chen", isQueue: false }, status: "In Progress", reason: "Expansion" } });

  it("waits visibly, sends once, then says 'Closed as …' from the re-read", async () => {
    const data = mine();
    const worker = slowWorker({ "case/close-options": OPTIONS });
    renderWithQuery(<CaseActions data={data} transport={worker.transport} />);
    await userEvent.click(screen.getByRole("button", { name: "Close case…" }));
    const dialog = screen.getByRole("dialog", { name: "Close case" });
    await waitFor(() => expect(within(dialog).getByLabelText("Resolution Action")).toBeEnabled());
    await userEvent.selectOptions(within(dialog).getByLabelText("Status"), "Closed - Resolved");
    await userEvent.selectOptions(within(dialog).getByLabelText("Resolution Action"), "Upgrade Completed");

    vi.useFakeTimers();
    const submit = within(dialog).getByRole("button", { name: "Close case" });
    fireEvent.click(submit);
    fireEvent.click(submit);
    await act(() => vi.advanceTimersByTimeAsync(STILL_WAITING_MS));
    expect(within(dialog).getByText(/Still waiting for Salesforce…/)).toBeInTheDocument();
    expect(within(dialog).getByRole("button", { name: "Closing…" })).toBeDisabled();
    expect(worker.sent.filter((message) => message.type === "case/close")).toHaveLength(1);

    await act(async () => worker.answer("case/close", { ok: true, data: { outcome: "answer-lost", panel: readBack(data, { status: "Closed_Resolved", isClosed: true }) } }));
    expect(screen.getByText("Closed as Closed - Resolved. Salesforce's answer was lost on the way back, so the panel read the case again.")).toBeInTheDocument();
  });
});
