/**
 * Page object for the outreach in the panel's cadence checklist: a step's state
 * and date, Draft email and its mail link, Call and its outcome, and the timeline
 * line under a step. Links to the mail client and the phone are caught before
 * Chromium hands them to the system, and remembered as the URLs the page opened.
 */
import type { Frame, Locator } from "playwright-core";

import type { PanelPage } from "./panel";

export interface TimelineLine {
  activityId: string | null;
  text: string;
  /** The <time datetime> of when it was logged. */
  at: string | null;
}

export interface CallOutcomeInput {
  outcome: string;
  note: string;
  /** Keep the retry the panel offers after no answer (checked by default). */
  retry?: boolean;
}

export class OutreachPanel {
  constructor(readonly panel: PanelPage) {}

  private frame(): Frame {
    const frame = this.panel.frame();
    if (!frame) throw new Error("The panel is not showing.");
    return frame;
  }

  step(day: number): Locator {
    return this.frame().locator(`.cadence [data-day="${day}"]`);
  }

  async state(day: number): Promise<string | null> {
    return this.step(day).getAttribute("data-state");
  }

  /** The date the panel says to do the step (YYYY-MM-DD). */
  async date(day: number): Promise<string> {
    const date = await this.step(day).getAttribute("data-date");
    if (!date) throw new Error(`Day ${day} has no date.`);
    return date;
  }

  async waitForState(day: number, state: string, timeout = 15_000): Promise<void> {
    await this.frame().locator(`.cadence [data-day="${day}"][data-state="${state}"]`).waitFor({ timeout });
  }

  async states(): Promise<string[]> {
    return this.frame()
      .locator(".cadence [data-day]")
      .evaluateAll((steps) => steps.map((step) => `${step.getAttribute("data-day")}:${step.getAttribute("data-state")}`));
  }

  /**
   * Catches clicks on mailto: and tel: links in the panel (the app's own click
   * handlers still run) and records their URLs, instead of launching the system's
   * mail client or dialler. Again after every reload of the panel.
   */
  async catchExternalLinks(): Promise<void> {
    await this.frame().evaluate(() => {
      const record = window as unknown as { __opened?: string[] };
      if (record.__opened) return;
      record.__opened = [];
      document.addEventListener(
        "click",
        (event) => {
          const link = (event.target as Element | null)?.closest?.("a[href]") as HTMLAnchorElement | null;
          if (!link || !/^(mailto|tel):/i.test(link.href)) return;
          event.preventDefault();
          record.__opened!.push(link.href);
        },
        true,
      );
    });
  }

  async opened(): Promise<string[]> {
    return this.frame().evaluate(() => (window as unknown as { __opened?: string[] }).__opened ?? []);
  }

  /** Opens the draft of the step's email: its mail link, and the subject and message as shown. */
  async draftEmail(day: number): Promise<{ href: string; subject: string; body: string; to: string }> {
    await this.step(day).getByRole("button", { name: "Draft email" }).click();
    const draft = this.step(day).getByRole("group", { name: `Day ${day} email` });
    const link = draft.getByRole("link", { name: /^Open in / });
    await link.waitFor();
    return {
      href: (await link.getAttribute("href"))!,
      subject: await draft.locator(".outreach__subject").innerText(),
      body: await draft.getByLabel("Message").textContent().then((text) => text ?? ""),
      to: await draft.locator(".outreach__preview dd").first().innerText(),
    };
  }

  /** Opens the mail link (caught), then answers "Sent?" with "Yes, log it". */
  async sendAndLog(day: number): Promise<void> {
    const draft = this.step(day).getByRole("group", { name: `Day ${day} email` });
    await draft.getByRole("link", { name: /^Open in / }).click();
    await draft.getByText("Sent?").waitFor();
    await draft.getByRole("button", { name: "Yes, log it" }).click();
  }

  async dialLink(day: number): Promise<{ href: string; text: string }> {
    const dial = this.step(day).getByRole("link", { name: /^Call / });
    return { href: (await dial.getAttribute("href"))!, text: await dial.innerText() };
  }

  /** Dials (the link is caught), picks the outcome, types the note, and logs the call. */
  async callAndLog(day: number, { outcome, note, retry = true }: CallOutcomeInput): Promise<{ retryLabel: string | null }> {
    const call = this.step(day).getByRole("group", { name: `Day ${day} call` });
    await call.getByRole("link", { name: /^Call / }).click();
    await call.getByRole("radio", { name: outcome }).check();
    await call.getByLabel("Note (one line)").fill(note);
    const offer = call.getByRole("checkbox", { name: /^Schedule a retry call on / });
    const retryLabel = (await offer.count()) > 0 ? await offer.evaluate((box) => box.closest("label")?.textContent ?? null) : null;
    if (retryLabel && !retry) await offer.uncheck();
    await call.getByRole("button", { name: "Log call" }).click();
    return { retryLabel };
  }

  async timeline(day: number): Promise<TimelineLine | null> {
    const line = this.step(day).locator(".outreach-timeline");
    if ((await line.count()) === 0) return null;
    return {
      activityId: await line.getAttribute("data-activity-id"),
      text: await line.innerText(),
      at: await line.locator("time").getAttribute("datetime"),
    };
  }
}
