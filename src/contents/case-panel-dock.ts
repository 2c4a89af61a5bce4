/**
 * Runs on every Salesforce page, so it only reads the URL. On a Case page it docks
 * the panel at the right edge: an iframe of our own extension page inside a closed
 * shadow root, which the page's CSS and scripts cannot reach. On an Account or
 * Contact page the dock starts hidden and shows only when the panel asks (a pooled
 * account), so other accounts see nothing. Lightning navigates with
 * history.pushState, so we follow the Navigation API, not page loads.
 */
import type { PlasmoCSConfig } from "plasmo";

import { recogniseRecordPage } from "../domain/record-page/recognise-record-page";

export const config: PlasmoCSConfig = {
  matches: ["https://*.my.salesforce.com/*", "https://*.lightning.force.com/*"],
  run_at: "document_idle",
  all_frames: false,
};

const HOST_TAG = "pooled-case-copilot";
const COLLAPSED_KEY = "dock.collapsed";
const WIDTH = "380px";
/** Where the panel's frame posts from. */
const EXTENSION_ORIGIN = new URL(chrome.runtime.getURL("")).origin;

const STYLE = `
:host { all: initial; position: fixed; top: 0; right: 0; bottom: 0; z-index: 2147483646; display: flex; }
.dock { display: flex; height: 100%; box-shadow: -2px 0 8px rgba(0,0,0,.18); background: #fff; }
iframe { border: 0; width: ${WIDTH}; height: 100%; color-scheme: normal; }
button { all: initial; cursor: pointer; writing-mode: vertical-rl; font: 600 12px system-ui, sans-serif;
  background: #032d60; color: #fff; padding: 10px 6px; align-self: flex-start; margin-top: 96px; border-radius: 6px 0 0 6px; }
button:focus-visible { outline: 2px solid #1b96ff; }
:host(.collapsed) iframe { display: none; }
:host(.hidden) { display: none; }
:host(.collapsed) .dock { box-shadow: none; background: transparent; }
`;

interface Dock {
  host: HTMLElement;
  frame: HTMLIFrameElement;
}

let dock: Dock | null = null;

function createDock(): Dock {
  const host = document.createElement(HOST_TAG);
  const root = host.attachShadow({ mode: "closed" });
  const style = document.createElement("style");
  style.textContent = STYLE;
  const wrapper = document.createElement("div");
  wrapper.className = "dock";
  const toggle = document.createElement("button");
  const frame = document.createElement("iframe");
  frame.title = "Pooled Case Copilot";
  frame.setAttribute("allow", "clipboard-write");

  const setCollapsed = (collapsed: boolean) => {
    host.classList.toggle("collapsed", collapsed);
    toggle.textContent = collapsed ? "Copilot ◂" : "▸ Hide";
    toggle.setAttribute("aria-expanded", String(!collapsed));
    toggle.setAttribute("aria-label", collapsed ? "Show Pooled Case Copilot" : "Hide Pooled Case Copilot");
  };
  toggle.addEventListener("click", () => {
    const collapsed = !host.classList.contains("collapsed");
    setCollapsed(collapsed);
    void chrome.storage.local.set({ [COLLAPSED_KEY]: collapsed });
  });
  setCollapsed(false);
  void chrome.storage.local.get(COLLAPSED_KEY).then((stored) => setCollapsed(stored[COLLAPSED_KEY] === true));

  wrapper.append(toggle, frame);
  root.append(style, wrapper);
  document.documentElement.append(host);
  return { host, frame };
}

function sync(): void {
  const page = recogniseRecordPage(location.href);
  if (!page) {
    dock?.host.remove();
    dock = null;
    return;
  }
  dock ??= createDock();
  // Only the fragment changes between records, so the panel stays loaded and just switches.
  const src = `${chrome.runtime.getURL("tabs/panel.html")}#object=${page.object}&id=${page.recordId}&shape=${page.shape}`;
  if (dock.frame.src !== src) {
    dock.host.classList.toggle("hidden", page.object !== "Case");
    dock.frame.src = src;
  }
}

// The panel asks to be shown or hidden (a pooled account's banner). Only our own
// frame is listened to: the origin is the extension's, which a page cannot forge.
addEventListener("message", (event: MessageEvent) => {
  if (!dock || event.source !== dock.frame.contentWindow) return;
  if (event.origin !== EXTENSION_ORIGIN) return;
  const data = event.data as { source?: unknown; dock?: unknown } | null;
  if (data?.source === "pooled-case-copilot" && (data.dock === "show" || data.dock === "hide")) {
    dock.host.classList.toggle("hidden", data.dock === "hide");
  }
});

type NavigationLike = EventTarget;
const navigation = (globalThis as { navigation?: NavigationLike }).navigation;
if (navigation) {
  navigation.addEventListener("currententrychange", sync);
} else {
  // Browsers without the Navigation API: a cheap string comparison twice a second.
  let last = location.href;
  setInterval(() => {
    if (location.href !== last) {
      last = location.href;
      sync();
    }
  }, 500);
}
addEventListener("popstate", sync);
sync();
