/**
 * The keyboard shortcuts (chrome.commands, set in the manifest, changed by the AE
 * at chrome://extensions/shortcuts): show or hide the panel and claim the case in
 * the Salesforce tab the AE is on, and take the next case of my pool's queue.
 * Showing and claiming go to that tab only: the dock's content script and the
 * panel page inside it; taking next is the popup's Take next, read and done here.
 */
import { orderQueue } from "../domain/queue";
import { takeNextCandidate, type PoolOverview, type TakeNextResult } from "../messaging/pool";

/** What the worker sends the tab's dock and panel; only our extension can send runtime messages. */
export type TabCommand = { pcc: "toggle-panel" } | { pcc: "show-panel" } | { pcc: "claim-case"; tabId: number };

export interface CommandDeps {
  sendToTab(tabId: number, message: TabCommand): Promise<unknown>;
  /** To the extension's pages (the panel of each tab picks the messages of its own tab). */
  broadcast(message: TabCommand): Promise<unknown>;
  /** Reads my pool's queue and claims the first case it can (the popup's Take next), opening it in the Salesforce tab. */
  takeNext(): Promise<TakeNextResult | null>;
  /** Tells the AE what a shortcut did when there is nothing on screen to show it. */
  tell(title: string, message: string): Promise<unknown>;
}

/** How many queue cases one Take next tries, as in the popup. */
const TRIES = 5;

/** The popup's Take next order: High first, then oldest; cases that go to another AE are not tried. */
export function takeNextCandidates(overview: PoolOverview, highPriority: string) {
  const claimable = overview.queue.filter((row) => row.conflict === null).map((row) => ({ ...row, createdAt: new Date(row.createdDate) }));
  return orderQueue(claimable, highPriority).slice(0, TRIES).map(takeNextCandidate);
}

export async function runCommand(command: string, tabId: number | undefined, deps: CommandDeps): Promise<void> {
  const quietly = (sent: Promise<unknown>) => sent.catch(() => undefined); // a tab without the dock: nothing to do
  if (command === "toggle-panel" && tabId !== undefined) await quietly(deps.sendToTab(tabId, { pcc: "toggle-panel" }));
  if (command === "claim-case" && tabId !== undefined) {
    // A collapsed panel opens first, so a question (claiming out of order) can be seen and answered.
    await quietly(deps.sendToTab(tabId, { pcc: "show-panel" }));
    await quietly(deps.broadcast({ pcc: "claim-case", tabId }));
  }
  if (command === "take-next") {
    const result = await deps.takeNext().catch((cause: unknown) => {
      void deps.tell("Take next did not run", cause instanceof Error ? cause.message : String(cause));
      return undefined;
    });
    if (result === null) await deps.tell("Take next", "Open your Salesforce org in a tab first: Take next works on that org.");
    else if (result && !result.claimed) await deps.tell("Take next", result.skipped.length ? "No case could be taken: the queue changed." : "Nothing waits in your pool's queue.");
  }
}

export function startCommands(deps: CommandDeps): void {
  chrome.commands.onCommand.addListener((command, tab) => void runCommand(command, tab?.id, deps));
}
