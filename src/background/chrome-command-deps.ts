/** The keyboard shortcuts' dependencies in Chrome: the tab's dock and panel, Take next on the popup's org, a notification to tell. */
import { getPoolOverview } from "../salesforce/operations/get-pool-overview";
import { popupOrgHost } from "./badge";
import type { CommandDeps } from "./commands";
import { takeNextCandidates } from "./commands";
import { handlers } from "./handlers";
import { orgContextOf, withOrgNames } from "./org-work";
import { handlerContextFor, type RouterDeps } from "./router";

export function chromeCommandDeps(routerDeps: Pick<RouterDeps, "findSession" | "connect" | "profileFor">): CommandDeps {
  return {
    sendToTab: (tabId, message) => chrome.tabs.sendMessage(tabId, message),
    broadcast: (message) => chrome.runtime.sendMessage(message),
    async takeNext() {
      const apiHost = await popupOrgHost();
      if (!apiHost) return null;
      const org = await handlerContextFor(routerDeps, apiHost);
      if (!org) throw new Error("You are not logged in to Salesforce in this browser.");
      const context = await orgContextOf(org);
      const overview = await withOrgNames(org, (names) => getPoolOverview(org.connection, context, names));
      const candidates = takeNextCandidates(overview, context.profile.case.highPriority);
      if (candidates.length === 0) return { claimed: null, skipped: [], openedInTab: false };
      return handlers["pool/take-next"]({ type: "pool/take-next", candidates }, org) as ReturnType<CommandDeps["takeNext"]>;
    },
    tell: (title, message) =>
      chrome.notifications.create({ type: "basic", iconUrl: chrome.runtime.getURL(chrome.runtime.getManifest().icons?.["128"] ?? ""), title, message, contextMessage: "Pooled Case Copilot" }),
  };
}
