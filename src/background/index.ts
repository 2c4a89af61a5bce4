/** Service worker entry: wires the router to chrome.runtime messages. */
import { loginUrlFor } from "../salesforce/session";
import { badgeSourceFor, openCaseInSalesforceTab, popupOrgHost, startBadge } from "./badge";
import { prefetchForTabUrl } from "./case-panel-reads";
import { chromeCommandDeps } from "./chrome-command-deps";
import { chromeSessionDeps, connectSession } from "./chrome-session-deps";
import { startCommands } from "./commands";
import { handlers } from "./handlers";
import { startNotifications } from "./notifications";
import { BadProfile, badProfileError, profileFor, watchPolicy } from "./profile-store";
import { createRouter, handlerContextFor, type RouterDeps } from "./router";
import { chooseSession, sessionAppError } from "./session-choice";

const deps: RouterDeps = {
  extensionId: chrome.runtime.id,
  // The panel's URL as its page has it: Chrome serves the unguessable dynamic URL (use_dynamic_url) from the static origin.
  panelUrlPrefix: `chrome-extension://${chrome.runtime.id}/tabs/panel.html`,
  findSession: (apiHost, profile) => chooseSession(apiHost, profile, chromeSessionDeps()),
  connect: connectSession,
  loginUrlFor,
  popupUrl: chrome.runtime.getURL("popup.html"),
  popupOrgHost,
  profileFor: (apiHost) => profileFor(apiHost),
  optionsUrl: chrome.runtime.getURL("options.html"),
  explainError: async (cause, org) =>
    cause instanceof BadProfile ? badProfileError(cause) : sessionAppError(cause, org.apiHost, org.session, org.profile, { area: chromeSessionDeps().session, fetch: chromeSessionDeps().oauth.fetch }),
  teamUrl: chrome.runtime.getURL("tabs/team.html"),
};
const route = createRouter(handlers, deps);

watchPolicy();
// The badge acts on the org exactly as a panel request would: its profile, then its session (OAuth where needed).
const contextFor = (apiHost: string) => handlerContextFor(deps, apiHost);
startBadge(badgeSourceFor(contextFor));

// A case page's read starts with its navigation: when the tab asks for the page (a page load: the page and the
// case's data then come over the network side by side), or when its URL changes in the page (Lightning's pushState).
chrome.webRequest.onBeforeRequest.addListener(
  (request) => {
    if (request.tabId >= 0) prefetchForTabUrl(request.url, contextFor).catch(() => undefined);
    return undefined;
  },
  { urls: chrome.runtime.getManifest().host_permissions ?? [], types: ["main_frame"] },
);
chrome.tabs.onUpdated.addListener((_tabId, change) => {
  if (change.url) prefetchForTabUrl(change.url, contextFor).catch(() => undefined);
});
startNotifications(openCaseInSalesforceTab);
startCommands(chromeCommandDeps(deps));

chrome.runtime.onMessage.addListener((message, sender, sendResponse) => {
  void route(message, sender).then(sendResponse);
  return true; // keeps the channel open for the async answer
});
