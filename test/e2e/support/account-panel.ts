/**
 * Page helpers for the pooled-account banner and referral form inside the docked
 * panel (Account and Contact pages, where the dock starts hidden).
 */
import type { Frame, Locator } from "playwright-core";

import { LIGHTNING } from "../../tools/extension-browser";
import type { OrgSession } from "./org-session";

export interface ReferralInput {
  search: string;
  contact: string;
  description: string;
  reason: string;
}

export class AccountPanel {
  constructor(readonly org: Pick<OrgSession, "page" | "panel">) {}

  /** Waits for the banner of the pooled account with this name and returns it. */
  async banner(accountName: string, timeout = 15_000): Promise<Locator> {
    const frame = await this.org.panel.waitForFrame(timeout);
    const article = frame.locator(`article[aria-label="Pooled account ${accountName}"]`);
    await article.waitFor({ timeout });
    return article;
  }

  /** Opens the account's Lightning page and waits for its banner. */
  async open(accountId: string, accountName: string, timeout = 15_000): Promise<Locator> {
    await this.org.page.goto(`${LIGHTNING}/lightning/r/Account/${accountId}/view`);
    return this.banner(accountName, timeout);
  }

  /** Opens a pooled account and fills the referral form: ready to click Create. */
  async openAndFill(accountId: string, accountName: string, input: ReferralInput): Promise<Locator> {
    await this.open(accountId, accountName);
    await this.fillReferral(input);
    return this.form();
  }

  async frame(): Promise<Frame> {
    return this.org.panel.waitForFrame();
  }

  async form(): Promise<Locator> {
    return (await this.frame()).getByRole("form", { name: "Create a referral case" });
  }

  /** Chooses a contact by searching, types the Description and picks the Case Reason. */
  async fillReferral(p: ReferralInput): Promise<void> {
    const form = await this.form();
    await form.getByRole("searchbox", { name: "Search contacts by name or email" }).fill(p.search);
    await form.getByRole("radio", { name: new RegExp(p.contact) }).check();
    await form.getByLabel("Description").fill(p.description);
    await form.getByLabel("Case Reason").selectOption(p.reason);
  }
}
