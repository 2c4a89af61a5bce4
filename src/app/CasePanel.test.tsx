// @vitest-environment jsdom
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";

import { accountCaseFixture, casePanelFixture, panelWorker } from "../../test/support/case-panel-fixture";
import { caseSummaryFixture } from "../../test/support/case-summary-fixture";
import { renderWithQuery } from "../../test/support/render-with-query";
import type { Transport } from "../messaging/send-request";
import { CasePanel } from "./CasePanel";

const answering = (reply: unknown): Transport => async () => reply;

describe("CasePanel", () => {
  it("shows the case an AE needs first: trigger, number, subject, owner, contact links", async () => {
    const summary = caseSummaryFixture();
    renderWithQuery(<CasePanel caseId={summary.id} transport={panelWorker(casePanelFixture({ case: summary })).transport} />);

    expect(await screen.findByRole("article", { name: "Case 00001042" })).toBeInTheDocument();
    expect(screen.getByText("Contact Us Form response")).toHaveAttribute("data-trigger", "contact-us-form");
    expect(screen.getByRole("heading", { name: "Contact Us Form Response - Northwind" })).toBeInTheDocument();
    expect(screen.getByText("Pooled Sales Queue")).toBeInTheDocument();
    expect(screen.getByText("queue")).toBeInTheDocument();
    expect(screen.getByText("3 h")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "ana@northwind.example" })).toHaveAttribute("href", "mailto:ana@northwind.example");
    expect(screen.getByRole("link", { name: "+1 (555) 010-2030" })).toHaveAttribute("href", "tel:+1-555-010-2030");
  });

  it("dials the contact's number as typed, extension included, and a local number in the pool's phone-context", async () => {
    const contact = caseSummaryFixture().contact!;
    const withExtension = caseSummaryFixture({ contact: { ...contact, phone: "+1 (415) 555-0100 ext. 204" } });
    const first = renderWithQuery(<CasePanel caseId={withExtension.id} transport={panelWorker(casePanelFixture({ case: withExtension })).transport} />);
    expect(await screen.findByRole("link", { name: "+1 (415) 555-0100 ext. 204" })).toHaveAttribute("href", "tel:+1-415-555-0100;ext=204");
    first.unmount();

    // The fixture's case waits in the AMER queue, whose profile phone-context is +1.
    const local = caseSummaryFixture({ contact: { ...contact, phone: "(415) 555-0100 x7" } });
    renderWithQuery(<CasePanel caseId={local.id} transport={panelWorker(casePanelFixture({ case: local })).transport} />);
    expect(await screen.findByRole("link", { name: "(415) 555-0100 x7" })).toHaveAttribute("href", "tel:415-555-0100;ext=7;phone-context=+1");
  });

  it("renders customer-written HTML as text, never as markup", async () => {
    const hostile = '<img src=x onerror="alert(1)">Hi <script>alert(2)</script>';
    const summary = caseSummaryFixture({
      subject: hostile,
      contact: { id: "0038X00000AbCdEQAV", name: "javascript:alert(1)", firstName: "javascript:alert(3)", email: "javascript:alert(1)//@x.example", phone: "javascript:alert(2)" },
    });
    const { container } = renderWithQuery(<CasePanel caseId={summary.id} transport={panelWorker(casePanelFixture({ case: summary })).transport} />);

    expect(await screen.findByRole("heading", { name: hostile })).toBeInTheDocument();
    expect(container.querySelector("img, script")).toBeNull();
    expect(container.querySelector('a[href^="javascript:"]')).toBeNull();
    // The only links built from customer data keep their own schemes.
    const hrefs = [...container.querySelectorAll("a")].map((link) => link.getAttribute("href"));
    expect(hrefs).toHaveLength(1);
    expect(hrefs.every((href) => href?.startsWith("mailto:") || href?.startsWith("tel:"))).toBe(true);
    // Not a number that can be dialled: shown as typed, no link.
    expect(screen.getByText("javascript:alert(2)").closest("a")).toBeNull();
  });

  it("says plainly when the case has no contact or account", async () => {
    const summary = caseSummaryFixture({ contact: null, account: null, subject: "Question about my invoice" });
    renderWithQuery(<CasePanel caseId={summary.id} transport={panelWorker(casePanelFixture({ case: summary })).transport} />);

    expect(await screen.findByText(/No contact on this case/)).toBeInTheDocument();
    expect(screen.getByText("No account on this case")).toBeInTheDocument();
    const trigger = screen.getByRole("region", { name: "Trigger" });
    expect(within(trigger).getByText("Unclassified")).toBeInTheDocument();
    expect(within(trigger).getByText("Question about my invoice")).toBeInTheDocument();
  });

  it("offers a way to log in when the session has expired", async () => {
    const reply = {
      ok: false,
      error: { kind: "session", message: "Your Salesforce session has expired.", errorCode: "INVALID_SESSION_ID", loginUrl: "https://acme.my.salesforce.com/?startURL=%2F" },
    };
    renderWithQuery(<CasePanel caseId="5008X00002CytL1QAJ" transport={answering(reply)} />);

    expect(await screen.findByRole("alert")).toHaveTextContent("Your Salesforce session has expired.");
    expect(screen.getByRole("link", { name: "Log in to Salesforce" })).toHaveAttribute("href", "https://acme.my.salesforce.com/?startURL=%2F");
  });

  it("shows Salesforce's own message and retries on request", async () => {
    let calls = 0;
    const worker = panelWorker(casePanelFixture());
    const transport: Transport = async (message) => {
      if ((message as { type: string }).type !== "case/panel") return worker.transport(message);
      calls += 1;
      return calls === 1 ? { ok: false, error: { kind: "salesforce", errorCode: "REQUEST_LIMIT_EXCEEDED", message: "TotalRequests Limit exceeded." } } : worker.transport(message);
    };
    renderWithQuery(<CasePanel caseId="5008X00002CytL1QAJ" transport={transport} />);

    expect(await screen.findByRole("alert")).toHaveTextContent("TotalRequests Limit exceeded.");
    expect(screen.getByText("Salesforce error: REQUEST_LIMIT_EXCEEDED")).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Try again" }));
    await waitFor(() => expect(screen.getByRole("article", { name: "Case 00001042" })).toBeInTheDocument());
  });

  it("treats an answer it cannot parse as an error, not as data", async () => {
    const worker = panelWorker(casePanelFixture(), () => undefined);
    const transport: Transport = async (message) => ((message as { type: string }).type === "case/panel" ? { ok: true, data: { id: 1 } } : worker.transport(message));
    renderWithQuery(<CasePanel caseId="5008X00002CytL1QAJ" transport={transport} />);
    expect(await screen.findByRole("alert")).toHaveTextContent(/does not understand/);
  });

  it("asks for the org context and the case side by side, never one after the other", async () => {
    const { transport, sent } = panelWorker(casePanelFixture());
    let inFlight = 0;
    let most = 0;
    const slow: Transport = async (message) => {
      inFlight += 1;
      most = Math.max(most, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 20));
      inFlight -= 1;
      return transport(message);
    };
    renderWithQuery(<CasePanel caseId="5008X00002CytL1QAJ" transport={slow} />);
    expect(await screen.findByRole("article", { name: "Case 00001042" })).toBeInTheDocument();
    expect(sent.map((message) => message.type).sort()).toEqual(["case/panel", "org/context"]);
    expect(most).toBe(2);
  });

  it("says what the org check switched off, without failing the panel", async () => {
    const data = casePanelFixture({ org: { switchedOff: ["Account field CARR (CARR__c) not found: the pooled CARR threshold is not checked."] } });
    renderWithQuery(<CasePanel caseId={data.case.id} transport={panelWorker(data).transport} />);
    const off = await screen.findByRole("region", { name: "Not available in this org" });
    expect(off).toHaveTextContent("the pooled CARR threshold is not checked");
    expect(screen.getByRole("article", { name: "Case 00001042" })).toBeInTheDocument();
  });

  it("leaves Notes out where the org has no Notes field", async () => {
    const data = casePanelFixture();
    const noNotes = casePanelFixture({ org: { fields: { ...data.org.fields, "case.notes": null } } });
    renderWithQuery(<CasePanel caseId={data.case.id} transport={panelWorker(noNotes).transport} />);
    expect(await screen.findByRole("article", { name: "Case 00001042" })).toBeInTheDocument();
    expect(screen.queryByRole("region", { name: "Notes" })).toBeNull();
  });
});

describe("CasePanel: the handbook's conflicts at the edges", () => {
  const JORDAN = { id: "0058X0000000007QAA", name: "Jordan Rivera" };

  it("offers Claim, never a transfer to myself, when I already work the account's other open case", async () => {
    const base = casePanelFixture();
    const data = casePanelFixture({ otherCases: [accountCaseFixture({ id: base.org.me.id, name: "Avery Chen" })] });
    const worker = panelWorker(data, () => ({ ok: true, data: { outcome: "claimed" } }));
    renderWithQuery(<CasePanel caseId={data.case.id} transport={worker.transport} />);

    const conflicts = await screen.findByRole("region", { name: "Conflicts" });
    expect(conflicts).toHaveTextContent("You already work this account: Case 00000024.");
    expect(within(conflicts).getByRole("link", { name: "Case 00000024" })).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /Transfer to/ })).toBeNull();
    expect(screen.queryByText(/Claiming is off/)).toBeNull();

    await userEvent.click(screen.getByRole("button", { name: "Claim" }));
    expect(await screen.findByText(/You own this case now/)).toBeInTheDocument();
    expect(worker.sent.filter((m) => m.type === "case/claim")).toHaveLength(1);
  });

  it("redraws Conflicts from a refused claim's read-back: no 'No conflicts' above the refusal, no second read", async () => {
    const data = casePanelFixture();
    const { org: _org, queueCases: _queue, ...before } = data;
    // Jordan took the account's other case after the panel loaded: the claim's guard refused.
    const readBack = { ...before, otherCases: [accountCaseFixture(JORDAN)] };
    const because = { kind: "open-case", recordId: "5008X0000000013QAA", label: "Case 00000024" };
    const worker = panelWorker(data, (request) =>
      request.type === "case/claim" ? { ok: true, data: { outcome: "conflict", transferTo: JORDAN, because, panel: readBack } } : { ok: false, error: { kind: "bad-request", message: request.type } },
    );
    renderWithQuery(<CasePanel caseId={data.case.id} transport={worker.transport} />);
    const conflicts = await screen.findByRole("region", { name: "Conflicts" });
    expect(conflicts).toHaveTextContent("No conflicts");

    await userEvent.click(screen.getByRole("button", { name: "Claim" }));

    expect(await screen.findByText(/Not claimed: Jordan Rivera already works this account \(Case 00000024\)/)).toBeInTheDocument();
    await waitFor(() => expect(conflicts).toHaveTextContent("Jordan Rivera works open Pooled case Case 00000024."));
    expect(conflicts).not.toHaveTextContent("No conflicts");
    // One offer of the transfer, in Conflicts.
    expect(screen.getAllByRole("button", { name: "Transfer to Jordan Rivera" })).toHaveLength(1);
    expect(within(conflicts).getByRole("button", { name: "Transfer to Jordan Rivera" })).toBeInTheDocument();
    expect(worker.sent.map((m) => m.type).sort()).toEqual(["case/claim", "case/panel", "org/context"]);
  });
});
