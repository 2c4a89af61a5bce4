// @vitest-environment jsdom
import { act, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";

import { poolOverviewFixture, upgradeFixture } from "../../../test/support/pool-overview-fixture";
import { renderWithQuery } from "../../../test/support/render-with-query";
import type { Transport } from "../../messaging/send-request";
import { CreateUpgradeButton } from "./CreateUpgradeButton";
import { TeamUpgradesView } from "./TeamUpgradesView";

const NOW = new Date("2026-11-18T17:00:00.000Z");
const CASE_ID = "5008X0000000022QAA";

describe("CreateUpgradeButton", () => {
  it("creates the opportunity in one click and shows my count against the cap", async () => {
    const sent: unknown[] = [];
    const transport: Transport = async (message) => {
      sent.push(message);
      return { ok: true, data: { outcome: "created", opportunity: upgradeFixture(7), count: 8, cap: 15 } };
    };
    renderWithQuery(<CreateUpgradeButton mark="Ultimate Upgrade" caseId={CASE_ID} transport={transport} now={NOW} />);
    await userEvent.click(screen.getByRole("button", { name: "Create Ultimate Upgrade opportunity" }));
    expect(await screen.findByRole("status")).toHaveTextContent("Created “Account 7 - Ultimate Upgrade”, owned by you (8/15).");
    expect(sent).toEqual([{ type: "upgrade/create", caseId: CASE_ID }]);
  });

  it("shows the refusal at the cap with the list of my open ones", async () => {
    const mine = Array.from({ length: 15 }, (_, i) => upgradeFixture(i + 1));
    const reason = "You already own 15 active Ultimate Upgrade opportunities; the limit is 15. Close or hand one back before taking another.";
    const transport: Transport = async () => ({ ok: true, data: { outcome: "refused", reason, mine, cap: 15 } });
    renderWithQuery(<CreateUpgradeButton mark="Ultimate Upgrade" caseId={CASE_ID} transport={transport} now={NOW} />);
    await userEvent.click(screen.getByRole("button", { name: "Create Ultimate Upgrade opportunity" }));
    const status = await screen.findByRole("status");
    expect(status).toHaveTextContent(`Not created: ${reason}`);
    expect(status).toHaveTextContent("Your open Ultimate Upgrade opportunities (15/15):");
    expect(screen.getAllByRole("listitem")).toHaveLength(15);
  });
});

describe("CreateUpgradeButton under fast clicks", () => {
  it("is disabled before the request leaves: two clicks before React renders again send one create", async () => {
    const sent: unknown[] = [];
    const disabledWhenSent: boolean[] = [];
    let answer: (value: unknown) => void = () => undefined;
    const transport: Transport = (message) => {
      sent.push(message);
      disabledWhenSent.push((screen.getByRole("button") as HTMLButtonElement).disabled);
      return new Promise((resolve) => (answer = resolve)) as ReturnType<Transport>;
    };
    renderWithQuery(<CreateUpgradeButton mark="Ultimate Upgrade" caseId={CASE_ID} transport={transport} now={NOW} />);
    const button = screen.getByRole("button", { name: "Create Ultimate Upgrade opportunity" }) as HTMLButtonElement;
    act(() => {
      // One act: React renders only after both clicks, as with a double click faster than a frame.
      button.click();
      expect(button.disabled).toBe(true);
      button.click();
    });
    await screen.findByRole("button", { name: "Creating…" });
    expect(sent).toHaveLength(1);
    expect(disabledWhenSent).toEqual([true]);
    await act(async () => answer({ ok: true, data: { outcome: "created", opportunity: upgradeFixture(15), count: 15, cap: 15 } }));
    expect(await screen.findByRole("status")).toHaveTextContent("(15/15)");
  });

  it("says plainly when a race was lost, and is usable again", async () => {
    const mine = Array.from({ length: 15 }, (_, i) => upgradeFixture(i + 1));
    const reason = "you already have 15 active Ultimate Upgrade opportunities, the limit is 15; another tab or browser created one a moment ago.";
    const transport: Transport = async () => ({ ok: true, data: { outcome: "refused", reason, mine, cap: 15 } });
    renderWithQuery(<CreateUpgradeButton mark="Ultimate Upgrade" caseId={CASE_ID} transport={transport} now={NOW} />);
    await userEvent.click(screen.getByRole("button", { name: "Create Ultimate Upgrade opportunity" }));
    expect(await screen.findByRole("status")).toHaveTextContent(`Not created: ${reason}`);
    expect(screen.getByRole("button", { name: "Create Ultimate Upgrade opportunity" })).toBeEnabled();
  });

  it("a create that stands past the cap (Salesforce refused to take it back) is shown as such, with the list", async () => {
    const mine = Array.from({ length: 16 }, (_, i) => upgradeFixture(i + 1));
    const reason = "“Account 16 - Ultimate Upgrade” was created past your limit of 15 active Ultimate Upgrade opportunities, and Salesforce refused to delete it (insufficient access). Close one of them or hand it back.";
    const transport: Transport = async () => ({ ok: true, data: { outcome: "over-cap", opportunity: upgradeFixture(16), reason, mine, cap: 15 } });
    renderWithQuery(<CreateUpgradeButton mark="Ultimate Upgrade" caseId={CASE_ID} transport={transport} now={NOW} />);
    await userEvent.click(screen.getByRole("button", { name: "Create Ultimate Upgrade opportunity" }));
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent(`Over your limit: ${reason}`);
    expect(alert).toHaveTextContent("(16/15)");
  });
});

describe("TeamUpgradesView", () => {
  it("closes an AE's upgrade as not valid with a reason, in one click once the reason is given", async () => {
    const sent: any[] = [];
    const transport: Transport = async (message: any) => {
      sent.push(message);
      return { ok: true, data: message.type === "upgrade/close" ? { outcome: "closed", stageName: "8-Closed Lost" } : poolOverviewFixture() };
    };
    const overview = poolOverviewFixture({ upgrades: { cap: 15, mark: "Ultimate Upgrade", mine: [], team: [upgradeFixture(3, { id: "0058X0000000002QAA", name: "Avery Chen" })] } });
    renderWithQuery(<TeamUpgradesView overview={overview} now={NOW} transport={transport} />);

    expect(screen.getByText(/1-Discovery · 48 d old · no activity logged/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Close as not valid" }));
    const close = screen.getByRole("button", { name: "Close (lost)" });
    expect(close).toBeDisabled();
    await userEvent.type(screen.getByLabelText("Why is it not valid?"), "No Ultimate need");
    await userEvent.click(close);
    expect(sent[0]).toEqual({ type: "upgrade/close", opportunityId: "0068X0000000103QAA", lastModifiedDate: "2026-10-01T15:00:00.000+0000", reason: "No Ultimate need" });
  });
});
