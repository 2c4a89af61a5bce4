// @vitest-environment jsdom
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";

import { orgContextFixture } from "../../test/support/org-context-fixture";
import { myCaseFixture, poolOverviewFixture, queueRowFixture, sla, upgradeFixture } from "../../test/support/pool-overview-fixture";
import { renderWithQuery } from "../../test/support/render-with-query";
import type { Transport } from "../messaging/send-request";
import { Popup } from "./PopupApp";

const avery = { id: "0058X0000000002QAA", name: "Avery Chen" };

function transportFor(answers: Record<string, (message: any) => unknown>): Transport & { sent: any[] } {
  const sent: any[] = [];
  const transport = (async (message: any) => {
    sent.push(message);
    const answer = answers[message.type] ?? (message.type === "org/context" ? () => orgContextFixture() : undefined);
    return { ok: true, data: answer!(message) };
  }) as Transport & { sent: any[] };
  transport.sent = sent;
  return transport;
}

describe("the toolbar popup", () => {
  it("shows the queue in the handbook's order, with SLA and conflict badges, and counts what needs attention", async () => {
    const overview = poolOverviewFixture({
      queue: [
        queueRowFixture(1, { priority: "Low", sla: sla("breached", 4), needsAttention: true }),
        queueRowFixture(2, { priority: "High", needsAttention: true, conflict: { kind: "upgrade-opportunity", label: "Acme Co - Ultimate Upgrade", transferTo: { id: avery.id, name: "Marcus Lee" } } }),
        queueRowFixture(3, { priority: "Medium" }),
      ],
    });
    renderWithQuery(<Popup transport={transportFor({ "pool/overview": () => overview })} />);

    const rows = await screen.findAllByRole("listitem");
    expect(rows.map((row) => row.getAttribute("aria-label"))).toEqual(["Case 00000002", "Case 00000001", "Case 00000003"]);
    expect(within(rows[0]!).getByRole("note")).toHaveTextContent("Goes to Marcus Lee: Acme Co - Ultimate Upgrade");
    expect(within(rows[1]!).getByText("Breached 4 h ago")).toHaveClass("sla--breached");
    expect(screen.getByText(/3 open in AMER Pooled Sales Queue, 2 need attention/)).toBeInTheDocument();
    expect(screen.getByText(/Take next skips 00000002/)).toBeInTheDocument();
  });

  it("Take next claims in order, says who took the first one, and re-reads the queue", async () => {
    let reads = 0;
    const transport = transportFor({
      "pool/overview": () => (reads++, poolOverviewFixture({ queue: [queueRowFixture(1, { priority: "High" }), queueRowFixture(2)] })),
      "pool/take-next": () => ({
        claimed: { id: "5008X0000000002QAA", caseNumber: "00000002" },
        skipped: [{ caseId: "5008X0000000001QAA", caseNumber: "00000001", reason: "taken", who: "Avery Chen" }],
        openedInTab: true,
      }),
    });
    renderWithQuery(<Popup transport={transport} />);
    await userEvent.click(await screen.findByRole("button", { name: "Take next" }));

    const outcome = await screen.findByRole("status");
    expect(outcome).toHaveTextContent("Case 00000001 was just taken by Avery Chen; moved on to the next.");
    expect(outcome).toHaveTextContent("You took case 00000002: it is open in your Salesforce tab.");
    expect(transport.sent.find((m) => m.type === "pool/take-next").candidates.map((c: any) => c.caseNumber)).toEqual(["00000001", "00000002"]);
    await waitFor(() => expect(reads).toBe(2));
  });

  it("has My cases, my upgrades against the cap, and the team's for the ASM only", async () => {
    const overview = poolOverviewFixture({
      me: { id: "0058X0000000010QAA", name: "Dana Whitfield", timeZone: "America/New_York", isManager: true },
      myCases: [myCaseFixture(22)],
      upgrades: { cap: 15, mark: "Ultimate Upgrade", mine: [], team: [upgradeFixture(1, avery)] },
    });
    renderWithQuery(<Popup transport={transportFor({ "pool/overview": () => overview })} />);
    expect((await screen.findAllByRole("tab")).map((tab) => tab.textContent)).toEqual(["Queue (0)", "My cases (1)", "Upgrades 0/15", "Team upgrades"]);

    await userEvent.click(screen.getByRole("tab", { name: "My cases (1)" }));
    expect(screen.getByText(/Day 3 call: overdue/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole("tab", { name: "Team upgrades" }));
    expect(screen.getByRole("heading", { name: /Avery Chen: 1\/15/ })).toBeInTheDocument();
  });

  it("shows why it cannot read the queue, with a way to log in", async () => {
    const transport: Transport = async () => ({ ok: false, error: { kind: "bad-request", message: "Open your Salesforce org in a tab: the popup works on that org." } });
    renderWithQuery(<Popup transport={transport} />);
    expect(await screen.findByRole("alert")).toHaveTextContent("Open your Salesforce org in a tab");
  });
});
