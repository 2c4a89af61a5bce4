// @vitest-environment jsdom
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";

import { renderWithQuery } from "../../../test/support/render-with-query";
import { caseRef, teamNowFixture, teamPeriodFixture } from "../../../test/support/team-fixture";
import type { Transport } from "../../messaging/send-request";
import { TeamView } from "./TeamView";

function teamWorker(answers: { now?: (message: any) => unknown; period?: (message: any) => unknown; cases?: (message: any) => unknown } = {}): Transport & { sent: any[] } {
  const sent: any[] = [];
  const transport = (async (message: any) => {
    sent.push(message);
    if (message.type === "team/now") return { ok: true, data: (answers.now ?? (() => teamNowFixture()))(message) };
    if (message.type === "team/period") return { ok: true, data: (answers.period ?? (() => teamPeriodFixture()))(message) };
    if (message.type === "team/cases") return { ok: true, data: (answers.cases ?? (() => ({ orgHost: "acme.my.salesforce.com", cases: [], truncated: false })))(message) };
    return { ok: false, error: { kind: "bad-request", message: `unexpected ${message.type}` } };
  }) as Transport & { sent: any[] };
  transport.sent = sent;
  return transport;
}

const LIGHTNING = "https://acme.lightning.force.com/lightning/r";

describe("the team view", () => {
  it("shows every figure as text: waiting, SLA at risk and breached, each cell of the age table, each AE against the cap", async () => {
    renderWithQuery(<TeamView transport={teamWorker()} />);
    expect(await screen.findByRole("heading", { name: "Team · AMER Pooled Sales Queue" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "6 cases waiting in the queue: show the cases" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "1 waiting cases with the SLA at risk: show the cases" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "2 waiting cases past the SLA: show the cases" })).toBeInTheDocument();

    const table = screen.getByRole("table", { name: /Waiting cases by days since opened/ });
    const today = within(table).getByRole("row", { name: /Opened today/ });
    expect(within(today).getAllByRole("button").map((button) => button.textContent)).toEqual(["2", "1", "3"]);
    // A zero has no cases behind it: plain text, not a button.
    expect(within(within(table).getByRole("row", { name: /1–2 days/ })).queryAllByRole("button")).toHaveLength(0);

    const members = screen.getByRole("table", { name: /Each AE/ });
    const jordan = within(members).getByRole("row", { name: /Jordan Rivera/ });
    expect(within(jordan).getByRole("button", { name: /^15\/15 active upgrade opportunities/ })).toBeInTheDocument();
    expect(jordan).toHaveTextContent("at the cap");
    expect(within(jordan).getByRole("button", { name: /^1 overdue cadence steps of Jordan Rivera/ })).toBeInTheDocument();
  });

  it("lists the cases behind a figure the worker read, each linking to Salesforce, without another request", async () => {
    const transport = teamWorker();
    renderWithQuery(<TeamView transport={transport} />);
    await userEvent.click(await screen.findByRole("button", { name: /^2 waiting cases past the SLA/ }));
    const list = screen.getByRole("region", { name: "2 waiting cases past the SLA" });
    const links = within(list).getAllByRole("link");
    expect(links.map((link) => link.getAttribute("href"))).toEqual([`${LIGHTNING}/Case/${caseRef(12).id}/view`, `${LIGHTNING}/Case/${caseRef(13).id}/view`]);
    expect(links[0]).toHaveAttribute("target", "_blank");
    expect(transport.sent.filter((message) => message.type === "team/cases")).toHaveLength(0);

    await userEvent.click(screen.getByRole("button", { name: /^1 overdue cadence steps of Jordan Rivera/ }));
    expect(screen.getByRole("region", { name: /overdue cadence steps of Jordan Rivera/ })).toHaveTextContent(/Day 3 call due Mon, Nov 16/);
    await userEvent.click(screen.getByRole("button", { name: /^15\/15 active upgrade opportunities/ }));
    expect(within(screen.getByRole("region", { name: /active upgrade opportunities/ })).getAllByRole("link")[0]).toHaveAttribute("href", expect.stringContaining("/lightning/r/Opportunity/0068X"));
  });

  it("finds the cases behind an aggregate's figure with that figure's own filter", async () => {
    const transport = teamWorker({ cases: () => ({ orgHost: "acme.my.salesforce.com", cases: [caseRef(51, { priority: "High" }), caseRef(52, { priority: "High" })], truncated: false }) });
    renderWithQuery(<TeamView transport={transport} />);
    const table = await screen.findByRole("table", { name: /Waiting cases/ });
    await userEvent.click(within(within(table).getByRole("row", { name: /Opened today/ })).getByRole("button", { name: /^2 High waiting, opened today/ }));
    const list = await screen.findByRole("region", { name: "2 High waiting, opened today" });
    await waitFor(() => expect(within(list).getAllByRole("link")).toHaveLength(2));
    expect(transport.sent.find((message) => message.type === "team/cases")).toEqual({ type: "team/cases", poolKey: null, figure: { kind: "waiting", band: "today", priority: "High" } });
  });

  it("shows the period's figures, and reads another period when asked", async () => {
    const transport = teamWorker({ period: (message) => teamPeriodFixture({ period: { ...teamPeriodFixture().period, kind: message.period } }) });
    renderWithQuery(<TeamView transport={transport} />);
    expect(await screen.findByText("75%")).toHaveAttribute("data-kpi", "sla");
    expect(screen.getByText("2 h 30 min")).toHaveAttribute("data-kpi", "first-response");
    expect(screen.getByText("50%")).toHaveAttribute("data-kpi", "resolution");
    expect(screen.getByRole("img", { name: "Cases opened and closed per day, this week: 6 opened, 2 closed" })).toBeInTheDocument();
    const triggers = screen.getByRole("list", { name: /Cases per trigger/ });
    expect(within(triggers).getAllByRole("listitem").map((item) => item.textContent)).toEqual(["Contact Us form4", "Unclassified2"]);

    await userEvent.click(screen.getByRole("radio", { name: "Last 30 days" }));
    await waitFor(() => expect(transport.sent.at(-1)).toEqual({ type: "team/period", poolKey: null, period: "last-30-days" }));
    await userEvent.click(await screen.findByRole("button", { name: /^4 Contact Us form cases last 30 days/ }));
    await waitFor(() => expect(transport.sent.at(-1)).toEqual({ type: "team/cases", poolKey: null, figure: { kind: "trigger", period: "last-30-days", trigger: "contact-us-form" } }));
  });

  it("lets the ASM switch pools", async () => {
    const transport = teamWorker({ now: (message) => teamNowFixture(message.poolKey === "emea" ? { pool: { key: "emea", label: "EMEA Pooled Sales Queue", region: "EMEA" } } : {}) });
    renderWithQuery(<TeamView transport={transport} />);
    await userEvent.selectOptions(await screen.findByRole("combobox", { name: "Pool" }), "emea");
    expect(await screen.findByRole("heading", { name: "Team · EMEA Pooled Sales Queue" })).toBeInTheDocument();
    expect(transport.sent.filter((message) => message.type === "team/now").at(-1)).toEqual({ type: "team/now", poolKey: "emea" });
  });

  it("an AE sees their own pool, read-only, with no pool to pick", async () => {
    const viewer = { name: "Avery Chen", timeZone: "America/New_York", isManager: false, pools: [{ key: "amer", label: "AMER Pooled Sales Queue", region: "AMER" }] };
    renderWithQuery(<TeamView transport={teamWorker({ now: () => teamNowFixture({ viewer }) })} />);
    expect(await screen.findByText(/Read-only: your pool as your ASM sees it/)).toBeInTheDocument();
    expect(screen.queryByRole("combobox", { name: "Pool" })).not.toBeInTheDocument();
  });

  it("says what went wrong and retries", async () => {
    let fail = true;
    const transport = (async (message: any) =>
      message.type === "team/now" && fail ? ((fail = false), { ok: false, error: { kind: "salesforce", errorCode: "REQUEST_LIMIT_EXCEEDED", message: "TotalRequests Limit exceeded." } }) : teamWorker()(message)) as Transport;
    renderWithQuery(<TeamView transport={transport} />);
    expect(await screen.findByRole("alert")).toHaveTextContent("TotalRequests Limit exceeded.");
    await userEvent.click(screen.getByRole("button", { name: "Try again" }));
    expect(await screen.findByRole("heading", { name: "Team · AMER Pooled Sales Queue" })).toBeInTheDocument();
  });
});
