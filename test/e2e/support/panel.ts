/**
 * Page object for the docked panel. The dock's shadow root is closed (the page
 * cannot reach it, and neither can CSS selectors), but the panel's iframe is a
 * frame of the page, which Playwright finds by its extension URL.
 */
import type { Frame, Page } from "playwright-core";

const PANEL_URL = /^chrome-extension:\/\/[a-p]{32}\/tabs\/panel\.html/;

export class PanelPage {
  constructor(readonly page: Page) {}

  frame(): Frame | null {
    return this.page.frames().find((frame) => PANEL_URL.test(frame.url())) ?? null;
  }

  async waitForFrame(timeout = 15_000): Promise<Frame> {
    const deadline = Date.now() + timeout;
    for (;;) {
      const frame = this.frame();
      if (frame) return frame;
      if (Date.now() > deadline) throw new Error("The panel did not appear.");
      await this.page.waitForTimeout(50);
    }
  }

  /** Waits until the panel shows the case with this number and returns its text. */
  async waitForCase(caseNumber: string, timeout = 15_000): Promise<string> {
    const frame = await this.waitForFrame(timeout);
    const article = frame.locator(`article[aria-label="Case ${caseNumber}"]`);
    await article.waitFor({ timeout });
    return article.innerText();
  }

  async waitForAlert(timeout = 15_000): Promise<string> {
    const frame = await this.waitForFrame(timeout);
    const alert = frame.getByRole("alert");
    await alert.waitFor({ timeout });
    return alert.innerText();
  }

  /** Marks the current document, so `stillNoReload()` can tell that later navigation happened in-page. */
  async markNoReload(): Promise<void> {
    await this.page.evaluate(() => ((window as unknown as { __noReload: boolean }).__noReload = true));
  }

  /** Marks the panel's own document, so `panelStillLoadedOnce()` can tell that it switched records without reloading. */
  async markPanelDocument(): Promise<void> {
    await (await this.waitForFrame()).evaluate(() => ((window as unknown as { __panelOnce: boolean }).__panelOnce = true));
  }

  /** True while the panel document marked by `markPanelDocument()` is the one in the frame. */
  async panelStillLoadedOnce(): Promise<boolean> {
    return (await (await this.waitForFrame()).evaluate(() => (window as unknown as { __panelOnce?: boolean }).__panelOnce)) === true;
  }

  /** True while the document marked by `markNoReload()` has not been reloaded. */
  async stillNoReload(): Promise<boolean | undefined> {
    return this.page.evaluate(() => (window as unknown as { __noReload?: boolean }).__noReload);
  }

  /** Whether the dock is in the page and visible (on Account pages it may sit there hidden). */
  async isDocked(): Promise<boolean> {
    const host = this.page.locator("pooled-case-copilot");
    return (await host.count()) > 0 && (await host.isVisible());
  }
}
