/** Page-object helpers for the panel's claim, transfer and close controls. */
import type { Frame, Locator } from "playwright-core";

import type { PanelPage } from "./panel";

export class CaseActionsPanel {
  constructor(readonly panel: PanelPage) {}

  /** The panel frame once it shows this case. */
  async ready(caseNumber: string): Promise<Frame> {
    await this.panel.waitForCase(caseNumber);
    return this.panel.waitForFrame();
  }

  async claimButton(caseNumber: string): Promise<Locator> {
    const frame = await this.ready(caseNumber);
    const button = frame.getByRole("button", { name: "Claim", exact: true });
    await button.waitFor();
    return button;
  }

  /** The claim's answer: "You own this case now…" or "Not claimed: …". */
  async claimAnswer(caseNumber: string): Promise<string> {
    const frame = await this.ready(caseNumber);
    const status = frame.locator(".claim [role=status]");
    await status.first().waitFor({ timeout: 15_000 });
    return status.first().innerText();
  }

  /** Claims the case shown (answering "Claim anyway" when it is out of the queue's order); returns the claim's answer. */
  async claim(caseNumber: string): Promise<string> {
    await (await this.claimButton(caseNumber)).click();
    const anyway = (await this.ready(caseNumber)).getByRole("button", { name: "Claim anyway" });
    if (await anyway.isVisible().catch(() => false)) await anyway.click();
    return this.claimAnswer(caseNumber);
  }

  async conflicts(caseNumber: string): Promise<Locator> {
    const frame = await this.ready(caseNumber);
    const section = frame.getByRole("region", { name: "Conflicts" });
    await section.waitFor();
    return section;
  }

  async openCloseDialog(caseNumber: string): Promise<Locator> {
    const frame = await this.ready(caseNumber);
    await frame.getByRole("button", { name: "Close case…" }).click();
    const dialog = frame.getByRole("dialog", { name: "Close case" });
    await dialog.waitFor();
    // The Resolution Actions come from describe (cached per session).
    await dialog.getByLabel("Resolution Action").and(dialog.locator("select:enabled")).waitFor();
    return dialog;
  }
}
