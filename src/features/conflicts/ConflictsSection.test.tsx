// @vitest-environment jsdom
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";

import { accountCaseFixture, casePanelFixture } from "../../../test/support/case-panel-fixture";
import { renderWithQuery } from "../../../test/support/render-with-query";
import type { Transport } from "../../messaging/send-request";
import { ConflictsSection } from "./ConflictsSection";

const AVERY = { id: "0058X0000000002QAA", name: "Avery Chen" };
const MARCUS = { id: "0058X0000000004QAA", name: "Marcus Lee" };
const openCase = accountCaseFixture(AVERY);
const upgrade = {
  id: "0068X0000000001QAA",
  name: "Acme Co - Ultimate Upgrade",
  nextStep: null,
  stageName: "3-Technical Evaluation",
  isClosed: false,
  createdDate: "2026-11-14T10:00:00.000+0000",
  owner: MARCUS,
};
const PAGE = "https://acme.lightning.force.com";

describe("ConflictsSection", () => {
  it("says so when nobody else works the account", () => {
    renderWithQuery(<ConflictsSection data={casePanelFixture()} />);
    expect(screen.getByRole("region", { name: "Conflicts" })).toHaveTextContent("No conflicts");
  });

  it("names the AE, links the other record in the Salesforce tab, and offers the transfer", async () => {
    const sent: unknown[] = [];
    const transport: Transport = async (message) => {
      sent.push(message);
      return { ok: true, data: { outcome: "transferred", to: MARCUS } };
    };
    const data = casePanelFixture({ otherCases: [openCase], opportunities: [upgrade], case: { notes: null } });
    renderWithQuery(<ConflictsSection data={data} transport={transport} />);
    const section = screen.getByRole("region", { name: "Conflicts" });

    const caseLink = within(section).getByRole("link", { name: "Case 00000024" });
    expect(caseLink).toHaveAttribute("href", `${PAGE}/lightning/r/Case/${openCase.id}/view`);
    expect(caseLink).toHaveAttribute("target", "_top");
    expect(within(section).getByRole("link", { name: "Acme Co - Ultimate Upgrade" })).toHaveAttribute("href", `${PAGE}/lightning/r/Opportunity/${upgrade.id}/view`);
    expect(section).toHaveTextContent("Avery Chen works open Pooled case Case 00000024.");
    // The upgrade's owner wins (domain/conflicts transferTarget).
    expect(section).toHaveTextContent("The handbook says this case goes to Marcus Lee.");

    await userEvent.click(within(section).getByRole("button", { name: "Transfer to Marcus Lee" }));
    expect(await within(section).findByText(/Transferred to Marcus Lee/)).toBeInTheDocument();
    expect(sent[0]).toMatchObject({ type: "case/transfer", to: MARCUS, because: { kind: "upgrade-opportunity", recordId: upgrade.id, label: upgrade.name } });
  });

  it("links in Classic on a Classic page", () => {
    renderWithQuery(<ConflictsSection data={casePanelFixture({ otherCases: [openCase] })} shape="classic" />);
    expect(screen.getByRole("link", { name: "Case 00000024" })).toHaveAttribute("href", `https://acme.my.salesforce.com/${openCase.id}`);
  });

  it("shows names without links when the org host is not Salesforce's", () => {
    renderWithQuery(<ConflictsSection data={casePanelFixture({ otherCases: [openCase], org: { orgHost: "evil.example" } })} />);
    expect(screen.queryByRole("link")).toBeNull();
    expect(screen.getByText("Case 00000024")).toBeInTheDocument();
  });

  it("offers nothing once the case is with that AE", () => {
    const data = casePanelFixture({ otherCases: [openCase], case: { owner: { ...AVERY, isQueue: false } } });
    renderWithQuery(<ConflictsSection data={data} />);
    expect(screen.queryByRole("button")).toBeNull();
    expect(screen.getByText("This case is with Avery Chen, as the handbook says.")).toBeInTheDocument();
  });
});
