/**
 * Runs on every Salesforce page, so it only reads the URL. On a Case page it docks
 * the panel at the right edge: an iframe of our own extension page inside a closed
 * shadow root, which the page's CSS and scripts cannot reach. The dock never covers
 * Salesforce: the page gets narrower by the dock's width (a margin on <html>, and
 * the elements Salesforce fixes to the window, like Lightning's header and the
 * console's utility bar, end where the dock begins), or the AE collapses it to a
 * rail that still shows the trigger and the SLA state. The AE drags (or arrows) its
 * edge to resize it; mode and width are remembered per org and AE.
 *
 * On an Account or Contact page the dock starts hidden and shows only when the
 * panel asks (a pooled account). Lightning navigates with history.pushState, so we
 * follow the Navigation API, not page loads.
 */
import type { PlasmoCSConfig } from "plasmo";

import { clampDockWidth, clearanceFor, dockPrefsKey, dockSpace, prefsFor, readStoredDock, withPrefs, type DockPrefs } from "../domain/dock/dock-layout";
import { recogniseRecordPage } from "../domain/record-page/recognise-record-page";

export const config: PlasmoCSConfig = {
  matches: ["https://*.my.salesforce.com/*", "https://*.lightning.force.com/*"],
  // Before the page's own HTML is parsed: the panel's frame loads while Salesforce's page does (the dock's host sits
  // on <html>, which is all there is then). At document_idle Chrome may wait for window.onload: seconds on Lightning.
  run_at: "document_start",
  all_frames: false,
};

const HOST_TAG = "pooled-case-copilot";
const SOURCE = "pooled-case-copilot";
/**
 * Said to the panel in its first URL (which the page cannot read: the frame is in a closed shadow root) and in
 * every record message after: a page script can post to the frame too, but cannot switch it to a record of its choice.
 */
const CHANNEL = crypto.randomUUID();
/** The record the frame shows or was last told (its fragment form). */
let shown: string | null = null;
/**
 * Where the panel's frame posts from: the static origin. The frame is created from
 * the dynamic URL getURL gives (use_dynamic_url: a page cannot guess it to frame
 * its own copy), and Chrome loads that document under the static origin.
 */
const EXTENSION_ORIGIN = `chrome-extension://${chrome.runtime.id}`;
// The org is the My Domain name, the same on X.lightning.force.com and X.my.salesforce.com.
const KEY = dockPrefsKey(location.hostname.split(".")[0]!);
/** What we set on a page element to keep it clear, so it can be given back exactly. */
const CLEARING = ["translate", "left", "right", "width", "max-width", "box-sizing"] as const;

// One line: this script ships to every Salesforce page.
const STYLE = `:host{all:initial;position:fixed;top:0;bottom:0;z-index:2147483646;display:flex;font:12px/1.3 system-ui,sans-serif}.dock{display:flex;width:100%;height:100%;background:#fff;border-left:1px solid #747474}.side{flex:none;width:39px;display:flex;flex-direction:column;align-items:center;gap:10px;padding-top:8px;background:#032d60;color:#fff}button{all:initial;cursor:pointer;color:#fff;font:600 12px system-ui,sans-serif;writing-mode:vertical-rl;padding:8px 4px;border-radius:4px;border:1px solid #fff}button:focus-visible,.grip:focus-visible{outline:3px solid #ffb75d;outline-offset:1px}.summary{writing-mode:vertical-rl;display:none;gap:8px;white-space:nowrap;overflow:hidden}.sla{font-weight:700}.grip{flex:none;width:6px;cursor:col-resize;background:#dddbda;touch-action:none}.grip:hover{background:#0b5cab}iframe{flex:1;border:0;height:100%;min-width:0;color-scheme:normal}:host(.rail) iframe,:host(.rail) .grip{display:none}:host(.rail) .summary{display:flex}:host(.hidden){display:none}`;

interface Dock {
  host: HTMLElement;
  frame: HTMLIFrameElement;
  /** The panel in the frame has said it listens, for the record it was loaded with. */
  ready: boolean;
  toggle: HTMLButtonElement;
  grip: HTMLElement;
  trigger: HTMLElement;
  sla: HTMLElement;
}

let dock: Dock | null = null;
let stored = readStoredDock(null);
let user: string | null = null;
let prefs: DockPrefs = prefsFor(stored, null);
const cleared = new Map<HTMLElement, Array<[string, string, string]>>();

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string) => Object.assign(document.createElement(tag), { className });
const isShown = () => dock !== null && !dock.host.classList.contains("hidden");
const scrollbar = () => Math.max(0, innerWidth - document.documentElement.clientWidth);

function save(): void {
  if (!user) return;
  stored = withPrefs(stored, user, prefs);
  void chrome.storage.local.set({ [KEY]: stored });
}

/** Gives back what we changed on the page's fixed elements. */
function restoreFixed(): void {
  for (const [element, values] of cleared) for (const [name, value, priority] of values) element.style.setProperty(name, value, priority);
  cleared.clear();
}

/** The page's window-fixed (or absolutely placed) elements under the dock, found by what is painted there. */
function clearFixed(): void {
  restoreFixed();
  if (!dock || !isShown()) return;
  const dockLeft = innerWidth - scrollbar() - dockSpace(prefs, innerWidth);
  // What is painted on a grid over the dock (fine enough for a tab bar or a toast); of that,
  // the outermost elements placed against the window (fixed) or the page (absolute).
  const hits = new Set<Element>();
  for (let x = dockLeft + 2, right = innerWidth - scrollbar(); x < right; x += 90) {
    for (let y = innerHeight - 2; y > 0; y -= 24) for (const hit of document.elementsFromPoint(x, y)) hits.add(hit);
  }
  const placed = [...hits].filter(
    (hit): hit is HTMLElement => hit instanceof HTMLElement && hit !== dock!.host && hit !== document.body && hit !== document.documentElement && /fixed|absolute/.test(getComputedStyle(hit).position),
  );
  const found = placed.filter((element) => !placed.some((other) => other !== element && other.contains(element)));
  for (const element of found) {
    const box = element.getBoundingClientRect();
    const clearance = clearanceFor({ left: box.left, width: box.width }, dockLeft);
    if (!clearance) continue;
    cleared.set(element, CLEARING.map((name) => [name, element.style.getPropertyValue(name), element.style.getPropertyPriority(name)]));
    const set = (name: string, value: string) => element.style.setProperty(name, value, "important");
    if (clearance.kind === "shift") set("translate", `-${clearance.by}px 0`);
    else {
      set("box-sizing", "border-box");
      set("left", `${getComputedStyle(element).left}`);
      set("right", "auto");
      set("width", `${clearance.width}px`);
      set("max-width", `${clearance.width}px`);
    }
  }
}

// At most one pass per 300 ms, however busily Lightning changes the page.
let clearTimer = 0;
const clearSoon = () => {
  clearTimer ||= window.setTimeout(() => {
    clearTimer = 0;
    clearFixed();
  }, 300);
};

/** The dock's size and place, and the page's margin that makes room for it. */
function layout(): void {
  let push = document.getElementById("pcc-dock-push");
  if (!dock || !isShown()) {
    push?.remove();
    restoreFixed();
    return;
  }
  const space = dockSpace(prefs, innerWidth);
  const rail = prefs.mode === "rail";
  Object.assign(dock.host.style, { width: `${space}px`, right: `${scrollbar()}px` });
  dock.host.classList.toggle("rail", rail);
  dock.toggle.textContent = rail ? "◂ Copilot" : "▸ Rail";
  dock.toggle.setAttribute("aria-expanded", String(!rail));
  dock.toggle.setAttribute("aria-label", rail ? "Show the Copilot panel" : "Collapse the Copilot panel to a rail");
  dock.grip.setAttribute("aria-valuenow", String(space));
  push ??= document.documentElement.appendChild(Object.assign(document.createElement("style"), { id: "pcc-dock-push" }));
  // A new text is a new style sheet, and the whole page's style is recalculated: only when the width changed (every
  // Lightning navigation comes here).
  const margin = `html { margin-right: ${space}px !important; }`;
  if (push.textContent !== margin) push.textContent = margin;
  clearSoon();
}

function setPrefs(next: Partial<DockPrefs>): void {
  prefs = { ...prefs, ...next, width: clampDockWidth(next.width ?? prefs.width, innerWidth) };
  layout();
}

function toggleMode(): void {
  setPrefs({ mode: prefs.mode === "rail" ? "open" : "rail" });
  save();
  if (prefs.mode === "open") dock?.frame.focus();
}

function createDock(record: string): Dock {
  const host = document.createElement(HOST_TAG);
  const root = host.attachShadow({ mode: "closed" });
  const wrapper = el("div", "dock");
  const side = el("div", "side");
  const toggle = el("button", "");
  const summary = el("div", "summary");
  const trigger = el("span", "trigger");
  const sla = el("span", "sla");
  const grip = el("div", "grip");
  const frame = document.createElement("iframe");
  frame.title = "Pooled Case Copilot";
  frame.setAttribute("allow", "clipboard-write");
  toggle.type = "button";
  toggle.addEventListener("click", toggleMode);
  Object.entries({ role: "separator", tabindex: "0", "aria-orientation": "vertical", "aria-label": "Resize the Copilot panel (arrow keys)", "aria-valuemin": "320", "aria-valuemax": "720" }).forEach(([name, value]) => grip.setAttribute(name, value));
  grip.addEventListener("pointerdown", (down) => {
    grip.setPointerCapture(down.pointerId);
    const from = prefs.width;
    const move = (event: PointerEvent) => setPrefs({ width: from + down.clientX - event.clientX });
    grip.addEventListener("pointermove", move);
    grip.addEventListener("lostpointercapture", () => (grip.removeEventListener("pointermove", move), save()), { once: true });
  });
  grip.addEventListener("keydown", (event) => {
    const step = { ArrowLeft: 24, ArrowRight: -24, Home: -9999, End: 9999 }[event.key];
    if (step === undefined) return;
    event.preventDefault();
    setPrefs({ width: prefs.width + step });
    save();
  });
  summary.append(trigger, sla);
  side.append(toggle, summary);
  wrapper.append(side, grip, frame);
  root.append(Object.assign(document.createElement("style"), { textContent: STYLE }), wrapper);
  const created = { host, frame, ready: false, toggle, grip, trigger, sla };
  // Its first URL before it enters the page: an iframe inserted without one builds an empty document first.
  loadFrame(created, record);
  document.documentElement.append(host);
  return created;
}

/** The record in the frame's last src: what a document loading now will show. */
let loadedWith: string | null = null;

function loadFrame(into: Dock, record: string): void {
  into.ready = false;
  loadedWith = record;
  into.frame.src = `${chrome.runtime.getURL("tabs/panel.html")}#${record}&channel=${CHANNEL}`;
}

function sync(): void {
  const page = recogniseRecordPage(location.href);
  if (!page) {
    dock?.host.remove();
    dock = null;
    // The next dock is a new frame: it loads whatever record comes, the last one included.
    shown = null;
    loadedWith = null;
    layout();
    return;
  }
  const record = `object=${page.object}&id=${page.recordId}&shape=${page.shape}`;
  dock ??= createDock(record);
  if (record !== shown) {
    shown = record;
    dock.host.classList.toggle("hidden", page.object !== "Case");
    dock.trigger.textContent = "";
    dock.sla.textContent = "";
    // The frame loads once; after that the panel stays loaded and switches on a message. Changing the fragment would
    // not do: the frame is created from the dynamic URL and its document has the static one, so any new src reloads it.
    if (dock.ready) dock.frame.contentWindow?.postMessage({ source: SOURCE, channel: CHANNEL, record }, EXTENSION_ORIGIN);
    else if (loadedWith !== record) loadFrame(dock, record);
  }
  layout();
}

interface PanelMessage {
  source?: unknown;
  dock?: unknown;
  record?: unknown;
  user?: unknown;
  trigger?: unknown;
  sla?: { state?: unknown; text?: unknown };
}

// The panel says whether to show (a pooled account), who is logged in, and what the rail
// shows. Only our own frame is listened to: the origin is the extension's, which a page cannot forge.
addEventListener("message", (event: MessageEvent) => {
  if (!dock || event.source !== dock.frame.contentWindow || event.origin !== EXTENSION_ORIGIN) return;
  const data = (event.data ?? {}) as PanelMessage;
  if (data.source !== SOURCE) return;
  if (data.dock === "ready") {
    // A document that loaded with another record than the page's now: the one still loading (its src moved on) will
    // say so in turn; one that reloaded by itself with its first URL is loaded again with the current record.
    dock.ready = data.record === shown;
    if (!dock.ready && shown && loadedWith !== shown) loadFrame(dock, shown);
  } else if (data.dock === "show" || data.dock === "hide") {
    dock.host.classList.toggle("hidden", data.dock === "hide");
    layout();
  } else if (data.dock === "who" && typeof data.user === "string" && data.user !== user) {
    user = data.user;
    prefs = prefsFor(stored, user);
    save();
    layout();
  } else if (data.dock === "summary") {
    dock.trigger.textContent = typeof data.trigger === "string" ? data.trigger : "";
    dock.sla.textContent = typeof data.sla?.text === "string" ? data.sla.text : "";
  }
});

// The worker relays the AE's keyboard shortcut (chrome.commands): messages only our extension can send.
chrome.runtime.onMessage.addListener((message: { pcc?: unknown }) => {
  if (isShown() && (message?.pcc === "toggle-panel" || (message?.pcc === "show-panel" && prefs.mode === "rail"))) toggleMode();
});

addEventListener("resize", layout);
new MutationObserver(() => isShown() && clearSoon()).observe(document.documentElement, { childList: true, subtree: true });

void chrome.storage.local.get(KEY).then((value) => {
  stored = readStoredDock(value[KEY]);
  prefs = prefsFor(stored, user);
  layout();
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
