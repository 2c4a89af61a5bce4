/**
 * Page object for the toolbar popup, opened as an extension page in its own tab
 * (chrome-extension://<id>/popup.html): the same page Chrome shows under the
 * toolbar button, and the same messages to the worker.
 */
import type { BrowserContext, Locator, Page, Worker } from "playwright-core";

export class PopupPage {
  private constructor(readonly page: Page) {}

  static async open(context: BrowserContext, extensionId: string): Promise<PopupPage> {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/popup.html`);
    const popup = new PopupPage(page);
    await popup.page.getByRole("tablist").waitFor({ timeout: 20_000 });
    return popup;
  }

  tab(name: RegExp): Locator {
    return this.page.getByRole("tab", { name });
  }

  /** The case numbers of the visible list, top to bottom. */
  async caseNumbers(): Promise<string[]> {
    return this.page.locator(".queue__rows > li .queue-row__number").allInnerTexts();
  }

  row(caseNumber: string): Locator {
    return this.page.getByRole("listitem", { name: `Case ${caseNumber}`, exact: true });
  }

  async reload(): Promise<void> {
    await this.page.reload();
    await this.page.getByRole("tablist").waitFor({ timeout: 20_000 });
  }

  async close(): Promise<void> {
    await this.page.close();
  }
}

/** The toolbar badge's text, as the worker set it. */
export const badgeText = (worker: Worker): Promise<string> => worker.evaluate(() => chrome.action.getBadgeText({}));
