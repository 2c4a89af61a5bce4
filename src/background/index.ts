/** Service worker entry: wires the router to chrome.runtime messages. */
import { connectionFor } from "../salesforce/connection";
import { findSession, loginUrlFor } from "../salesforce/session";
import { popupOrgHost, startBadge, waitingForOrg } from "./badge";
import { prefetchForTabUrl } from "./case-panel-reads";
import { handlers } from "./handlers";
import { createRouter, handlerContextFor, type RouterDeps } from "./router";

const deps: RouterDeps = {
  extensionId: chrome.runtime.id,
  panelUrlPrefix: chrome.runtime.getURL("tabs/panel.html"),
  findSession,
  connect: connectionFor,
  loginUrlFor,
  popupUrl: chrome.runtime.getURL("popup.html"),
  popupOrgHost,
};
const route = createRouter(handlers, deps);

const contextFor = (apiHost: string) => handlerContextFor(deps, apiHost);
startBadge(waitingForOrg(contextFor));

// A tab's URL changing to a case page starts that case's read before the page's scripts run.
chrome.tabs.onUpdated.addListener((_tabId, change) => {
  if (change.url) prefetchForTabUrl(change.url, contextFor).catch(() => undefined);
});

chrome.runtime.onMessage.addListener((message, sender, sendResponse) => {
  void route(message, sender).then(sendResponse);
  return true; // keeps the channel open for the async answer
});
