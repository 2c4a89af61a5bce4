// @vitest-environment jsdom
import { screen } from "@testing-library/react";
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
