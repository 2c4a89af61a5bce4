// @vitest-environment jsdom
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";

import { accountCaseFixture, casePanelFixture, FIXTURE_ME } from "../../../test/support/case-panel-fixture";
import { renderWithQuery } from "../../../test/support/render-with-query";
import type { CasePanelData } from "../../messaging/case-panel-data";
import type { Transport } from "../../messaging/send-request";
import { CaseActions } from "./CaseActions";

/** A transport that records what the panel sends and answers per request type. */
function fakeWorker(answers: Record<string, (message: Record<string, unknown>) => unknown>) {
  const sent: Record<string, unknown>[] = [];
  const transport: Transport = async (message) => {
    const request = message as Record<string, unknown>;
    sent.push(request);
    const answer = answers[String(request.type)];
    if (!answer) throw new Error(`unexpected ${String(request.type)}`);
    return answer(request);
  };
  return { sent, transport };
}

const ok = (data: unknown) => () => ({ ok: true, data });
const JORDAN = { id: "0058X00000JordaQAA", name: "Jordan Rivera" };
const queued = (n: number, priority: string, hoursAgo: number) => ({
  id: `5008X0000000${String(n).padStart(3, "0")}QAA`,
  caseNumber: `0000${900 + n}`,
  subject: null,
  priority,
  createdDate: new Date(Date.now() - hoursAgo * 3_600_000).toISOString(),
});

describe("claim", () => {
  it("claims in one click: sends the version the panel read and refreshes the panel", async () => {
    const data = casePanelFixture();
    const worker = fakeWorker({ "case/claim": ok({ outcome: "claimed" }) });
    const { queryClient } = renderWithQuery(<CaseActions data={data} transport={worker.transport} />);
    const invalidate = vi.spyOn(queryClient, "invalidateQueries");

    await userEvent.click(screen.getByRole("button", { name: "Claim" }));

    expect(await screen.findByText(/You own this case now/)).toBeInTheDocument();
    expect(worker.sent).toEqual([
      { type: "case/claim", caseId: data.case.id, lastModifiedDate: data.case.lastModifiedDate, ownerId: data.case.owner.id, accountId: data.case.account!.id },
    ]);
    expect(invalidate).toHaveBeenCalledWith({ queryKey: ["case-panel", data.case.id] });
  });

  it("redraws from the case the claim read back: one call, no re-read", async () => {
    const data = casePanelFixture();
    const { org: _org, queueCases: _queue, ...before } = data;
    const after = { ...before, case: { ...before.case, owner: { id: FIXTURE_ME, name: "Avery Chen", isQueue: false }, status: "In Progress", lastModifiedDate: "2026-11-23T16:00:00.000+0000" } };
    const worker = fakeWorker({ "case/claim": ok({ outcome: "claimed", panel: after }) });
    const { queryClient } = renderWithQuery(<CaseActions data={data} transport={worker.transport} />);
    queryClient.setQueryData(["case-panel", data.case.id], { ...before, queueCases: data.queueCases });
    const invalidate = vi.spyOn(queryClient, "invalidateQueries");

    await userEvent.click(screen.getByRole("button", { name: "Claim" }));

    expect(await screen.findByText(/You own this case now/)).toBeInTheDocument();
    await waitFor(() => expect(queryClient.getQueryData(["case-panel", data.case.id])).toMatchObject({ case: { owner: { id: FIXTURE_ME }, lastModifiedDate: "2026-11-23T16:00:00.000+0000" }, queueCases: [] }));
    expect(invalidate).not.toHaveBeenCalled();
    expect(worker.sent.map((m) => m.type)).toEqual(["case/claim"]);
  });

  it("asks before claiming out of queue order, naming the case that should come first", async () => {
    const older = queued(1, "High", 30);
    const data = casePanelFixture({ queueCases: [older] });
    const worker = fakeWorker({ "case/claim": ok({ outcome: "claimed" }) });
    renderWithQuery(<CaseActions data={data} transport={worker.transport} />);

    await userEvent.click(screen.getByRole("button", { name: "Claim" }));
    const confirm = screen.getByRole("alertdialog", { name: "Claim out of order?" });
    expect(confirm).toHaveTextContent(`Case ${older.caseNumber} has waited longer`);
    expect(worker.sent).toEqual([]);

    await userEvent.click(within(confirm).getByRole("button", { name: "Cancel" }));
    expect(screen.queryByRole("alertdialog")).toBeNull();
    await userEvent.click(screen.getByRole("button", { name: "Claim" }));
    await userEvent.click(screen.getByRole("button", { name: "Claim anyway" }));
    await screen.findByText(/You own this case now/);
    expect(worker.sent).toHaveLength(1);
  });

  it("says who has the case when another AE claimed it first (412 / guard), and refreshes", async () => {
    const data = casePanelFixture();
    const worker = fakeWorker({ "case/claim": ok({ outcome: "changed", now: { owner: { ...JORDAN, isQueue: false }, status: "In Progress", isClosed: false } }) });
    const { queryClient } = renderWithQuery(<CaseActions data={data} transport={worker.transport} />);
    const invalidate = vi.spyOn(queryClient, "invalidateQueries");

    await userEvent.click(screen.getByRole("button", { name: "Claim" }));

    expect(await screen.findByRole("status")).toHaveTextContent("Not claimed: someone changed this case since the panel loaded, so nothing was overwritten. It is now owned by Jordan Rivera (In Progress).");
    expect(invalidate).toHaveBeenCalledWith({ queryKey: ["case-panel", data.case.id] });
  });

  it("turns a conflict found at claim time into the transfer offer", async () => {
    const data = casePanelFixture({ case: { notes: "Called twice." } });
    const because = { kind: "upgrade-opportunity", recordId: "0068X0000000001QAA", label: "Northwind - Ultimate Upgrade" };
    const worker = fakeWorker({
      "case/claim": ok({ outcome: "conflict", transferTo: JORDAN, because }),
      "case/transfer": ok({ outcome: "transferred", to: JORDAN }),
    });
    renderWithQuery(<CaseActions data={data} transport={worker.transport} />);

    await userEvent.click(screen.getByRole("button", { name: "Claim" }));
    expect(await screen.findByText(/Not claimed: Jordan Rivera already works this account \(Northwind - Ultimate Upgrade\)/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Transfer to Jordan Rivera" }));

    expect(await screen.findByText(/Transferred to Jordan Rivera/)).toBeInTheDocument();
    expect(worker.sent[1]).toMatchObject({ type: "case/transfer", caseId: data.case.id, ownerId: data.case.owner.id, to: JORDAN, because, notes: "Called twice." });
  });

  it("shows a lost session with a way back in, and redoes the claim", async () => {
    let calls = 0;
    const worker = fakeWorker({
      "case/claim": () =>
        ++calls === 1
          ? { ok: false, error: { kind: "session", errorCode: "INVALID_SESSION_ID", message: "Your Salesforce session has expired.", loginUrl: "https://acme.my.salesforce.com/?startURL=%2F" } }
          : { ok: true, data: { outcome: "claimed" } },
    });
    renderWithQuery(<CaseActions data={casePanelFixture()} transport={worker.transport} />);

    await userEvent.click(screen.getByRole("button", { name: "Claim" }));
    expect(await screen.findByRole("link", { name: "Log in to Salesforce" })).toHaveAttribute("href", "https://acme.my.salesforce.com/?startURL=%2F");
    await userEvent.click(screen.getByRole("button", { name: "Try again" }));
    expect(await screen.findByText(/You own this case now/)).toBeInTheDocument();
  });

  it.each([
    ["REQUEST_LIMIT_EXCEEDED", "TotalRequests Limit exceeded.", /used up its Salesforce API requests/],
    ["UNABLE_TO_LOCK_ROW", "unable to obtain exclusive access to this record", /kept the record locked/],
    // A 503 on a write does not say whether it was saved: the line says so instead of "nothing was changed".
    ["HTTP_503", "Salesforce answered 503.", /unavailable right now \(maintenance, or too much load\)\. Salesforce did not say whether the change was saved/],
  ])("explains %s next to Salesforce's own message", async (errorCode, message, hint) => {
    const worker = fakeWorker({ "case/claim": () => ({ ok: false, error: { kind: "salesforce", errorCode, message } }) });
    renderWithQuery(<CaseActions data={casePanelFixture()} transport={worker.transport} />);
    await userEvent.click(screen.getByRole("button", { name: "Claim" }));
    expect(await screen.findByText(hint)).toBeInTheDocument();
    expect(screen.getByRole("alert")).toHaveTextContent(message);
    expect(screen.getByRole("alert")).toHaveTextContent(errorCode);
  });

  it("waits for the panel's refresh before claiming (a cached copy would only be refused)", async () => {
    const data = casePanelFixture();
    const { queryClient } = renderWithQuery(<CaseActions data={data} transport={fakeWorker({}).transport} />);
    expect(screen.getByRole("button", { name: "Claim" })).toBeEnabled();
    void queryClient.prefetchQuery({ queryKey: ["case-panel", data.case.id], queryFn: () => new Promise(() => undefined) });
    await waitFor(() => expect(screen.getByRole("button", { name: "Claim" })).toBeDisabled());
  });

  it("offers no claim when the account's conflict sends the case to another AE", () => {
    const data = casePanelFixture({
      otherCases: [accountCaseFixture(JORDAN)],
    });
    renderWithQuery(<CaseActions data={data} transport={fakeWorker({}).transport} />);
    expect(screen.queryByRole("button", { name: "Claim" })).toBeNull();
    expect(screen.getByText(/Claiming is off: the handbook sends this case to Jordan Rivera/)).toBeInTheDocument();
  });
});

describe("close dialog", () => {
  const OPTIONS = { resolutionActions: [{ value: "Upgrade Completed", label: "Upgrade Completed" }, { value: "No Action Required", label: "No Action Required" }], closedStages: ["Closed Won", "8-Closed Lost"] };
  const mine = (overrides: Parameters<typeof casePanelFixture>[0] = {}): CasePanelData =>
    casePanelFixture({
      ...overrides,
      case: {
        owner: { id: FIXTURE_ME, name: "Avery Chen", isQueue: false },
        status: "In Progress",
        reason: "Expansion",
        relatedOpportunity: { id: "0068X0000000010QAA", name: "Northwind add-on", stageName: "1-Discovery", isClosed: false },
        ...overrides.case,
      },
    });

  async function openDialog(data: CasePanelData, close: (message: Record<string, unknown>) => unknown) {
    const worker = fakeWorker({ "case/close-options": ok(OPTIONS), "case/close": close });
    const view = renderWithQuery(<CaseActions data={data} transport={worker.transport} />);
    await userEvent.click(screen.getByRole("button", { name: "Close case…" }));
    const dialog = screen.getByRole("dialog", { name: "Close case" });
    await waitFor(() => expect(within(dialog).getByLabelText("Resolution Action")).toBeEnabled());
    return { worker, dialog, ...view };
  }

  it("offers only the closed statuses, and says what blocks closing", async () => {
    const { dialog } = await openDialog(mine({ case: { contact: null, reason: null } }), ok({ outcome: "closed" }));
    const statuses = within(within(dialog).getByLabelText("Status")).getAllByRole("option").map((o) => o.textContent);
    expect(statuses).toEqual(["Choose a closed status…", "Closed - Resolved", "Closed - Customer Unresponsive", "Closed - Duplicate", "Closed - Transferred"]);
    const lines = within(dialog).getByRole("list", { name: "Ready to close?" });
    expect(lines).toHaveTextContent("Add the end-user contact you worked with to the Contact field.");
    expect(lines).toHaveTextContent("Set the Case Reason to match the customer's request.");
    expect(lines).toHaveTextContent("Choose a Resolution Action.");
    expect(lines).toHaveTextContent("Close the related opportunity too: set its stage to one of Closed Won, 8-Closed Lost.");
    expect(within(dialog).getByRole("button", { name: "Close case and opportunity" })).toBeDisabled();
  });

  it("closes the case and its opportunity together with what the AE chose", async () => {
    const data = mine();
    const { dialog, worker } = await openDialog(data, ok({ outcome: "closed" }));
    await userEvent.selectOptions(within(dialog).getByLabelText("Status"), "Closed - Resolved");
    await userEvent.selectOptions(within(dialog).getByLabelText("Resolution Action"), "Upgrade Completed");
    await userEvent.selectOptions(within(dialog).getByLabelText(/Opportunity stage/), "Closed Won");
    await userEvent.click(within(dialog).getByRole("button", { name: "Close case and opportunity" }));

    await waitFor(() => expect(worker.sent.find((m) => m.type === "case/close")).toBeDefined());
    expect(worker.sent.find((m) => m.type === "case/close")).toEqual({
      type: "case/close",
      caseId: data.case.id,
      lastModifiedDate: data.case.lastModifiedDate,
      // The close is guarded by the owner and Status the dialog was opened on.
      ownerId: FIXTURE_ME,
      fromStatus: "In Progress",
      // The CaseStatus ApiName, not the label the AE picked by.
      status: "Closed_Resolved",
      resolutionAction: "Upgrade Completed",
      opportunity: { id: "0068X0000000010QAA", stageName: "Closed Won" },
    });
  });

  it("redraws the closed case from the close's read-back, without reading it again", async () => {
    const data = mine();
    const { org: _org, queueCases: _queue, ...before } = data;
    const after = { ...before, case: { ...before.case, status: "Closed_Resolved", isClosed: true } };
    const { dialog, worker, queryClient } = await openDialog(data, ok({ outcome: "closed", panel: after }));
    const invalidate = vi.spyOn(queryClient, "invalidateQueries");
    await userEvent.selectOptions(within(dialog).getByLabelText("Status"), "Closed - Resolved");
    await userEvent.selectOptions(within(dialog).getByLabelText("Resolution Action"), "Upgrade Completed");
    await userEvent.selectOptions(within(dialog).getByLabelText(/Opportunity stage/), "Closed Won");
    await userEvent.click(within(dialog).getByRole("button", { name: "Close case and opportunity" }));

    await waitFor(() => expect(queryClient.getQueryData(["case-panel", data.case.id])).toMatchObject({ case: { isClosed: true, status: "Closed_Resolved" } }));
    expect(invalidate).not.toHaveBeenCalledWith({ queryKey: ["case-panel", data.case.id] });
    expect(worker.sent.filter((m) => m.type === "case/panel")).toEqual([]);
  });

  it("offers each closed status by label with its API value, and names a closed case's status by label", async () => {
    const { dialog } = await openDialog(mine(), ok({ outcome: "closed" }));
    const options = within(within(dialog).getByLabelText("Status")).getAllByRole("option") as HTMLOptionElement[];
    expect(options.find((o) => o.textContent === "Closed - Resolved")?.value).toBe("Closed_Resolved");

    renderWithQuery(<CaseActions data={mine({ case: { isClosed: true, status: "Closed_Resolved" } })} transport={fakeWorker({}).transport} />);
    expect(screen.getByText("This case is closed (Closed - Resolved).")).toBeInTheDocument();
  });

  it("keeps the AE's choices and shows Salesforce's message when the close fails", async () => {
    const failure = { kind: "salesforce", errorCode: "FIELD_CUSTOM_VALIDATION_EXCEPTION", message: "Close Date must be in the past to close as Won." };
    const { dialog } = await openDialog(mine(), () => ({ ok: false, error: failure }));
    await userEvent.selectOptions(within(dialog).getByLabelText("Status"), "Closed - Resolved");
    await userEvent.selectOptions(within(dialog).getByLabelText("Resolution Action"), "Upgrade Completed");
    await userEvent.selectOptions(within(dialog).getByLabelText(/Opportunity stage/), "Closed Won");
    await userEvent.click(within(dialog).getByRole("button", { name: "Close case and opportunity" }));

    expect(await within(dialog).findByRole("alert")).toHaveTextContent(failure.message);
    expect(within(dialog).getByText(/A validation rule refused the change. Nothing was changed./)).toBeInTheDocument();
    expect(within(dialog).getByLabelText("Status")).toHaveValue("Closed_Resolved");
    expect(within(dialog).getByLabelText("Resolution Action")).toHaveValue("Upgrade Completed");
    expect(within(dialog).getByLabelText(/Opportunity stage/)).toHaveValue("Closed Won");
    expect(within(dialog).getByRole("button", { name: "Close case and opportunity" })).toBeEnabled();
  });
});
