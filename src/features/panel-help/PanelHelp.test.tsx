// @vitest-environment jsdom
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";

import { PanelHelp } from "./PanelHelp";

describe("the panel's help", () => {
  it("lists the shortcuts as the AE has them, an unset one as not set", async () => {
    const shortcuts = async () => [
      { name: "toggle-panel", description: "Show or hide the Copilot panel", shortcut: "Alt+Shift+P" },
      { name: "claim-case", description: "Claim the case shown in the panel", shortcut: "" },
    ];
    render(<PanelHelp shortcuts={shortcuts} />);
    await userEvent.click(screen.getByText("Keyboard shortcuts and help"));
    const items = await screen.findAllByRole("listitem");
    expect(items.map((item) => item.textContent)).toEqual(["Alt+Shift+P Show or hide the Copilot panel", "not set Claim the case shown in the panel"]);
    expect(screen.getByText(/chrome:\/\/extensions\/shortcuts/)).toBeInTheDocument();
  });
});
