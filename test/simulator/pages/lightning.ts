/**
 * The Lightning app shell: every /lightning/* path returns the same document; a small
 * inline router renders routes from /__sim/page-data and follows in-app links with
 * history.pushState (no reload), as Lightning does. Stable hook for tests and the
 * content script: <main id="sim-record" data-object data-record-id data-page>.
 */
import { loginRedirect, pageSession } from "../auth";
import { escapeHtml, html, type SimRequest, type SimResponse } from "../http";
import type { SimState } from "../state";
import { lightningPageData } from "./page-data";
import { PAGE_STYLE, RENDER_JS, renderPage, type PageData } from "./render";

const ROUTER_JS = String.raw`
(function () {
  var main = document.getElementById("sim-record");
  function apply(d) {
    main.setAttribute("data-object", d.object || "");
    main.setAttribute("data-record-id", d.id || "");
    main.setAttribute("data-page", d.kind);
    main.innerHTML = simRender(d);
    document.title = d.title + " | Salesforce";
  }
  function load(path) {
    return fetch("/__sim/page-data?path=" + encodeURIComponent(path), { credentials: "same-origin" }).then(function (r) {
      if (r.status === 401) { location.href = "/login?startURL=" + encodeURIComponent(path); return; }
      return r.json().then(function (d) {
        apply(d);
        window.dispatchEvent(new CustomEvent("sim:navigated", { detail: { path: path } }));
      });
    });
  }
  document.addEventListener("click", function (e) {
    var a = e.target && e.target.closest ? e.target.closest("a[data-sim-link]") : null;
    if (!a || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    var href = a.getAttribute("href");
    if (!href || href.indexOf("/lightning/") !== 0) return;
    e.preventDefault();
    history.pushState({}, "", href);
    load(href);
  });
  window.addEventListener("popstate", function () { load(location.pathname + location.search); });
  window.simNavigate = function (path) { history.pushState({}, "", path); return load(path); };
})();
`;

/**
 * Lightning's frame is fixed to the window, not to the document: the global header
 * (SLDS .slds-global-header_container) spans the window's width at the top, and in a
 * console app the workspace tab bar sits under it and the utility bar along the
 * bottom, each with items at its right end. The record scrolls between them.
 */
const LIGHTNING_STYLE = `.lightning{padding-top:42px}.lightning .sim-global{position:fixed;top:0;left:0;right:0;z-index:100;box-sizing:border-box}
.sim-user{margin-left:auto}.console{padding-top:78px;padding-bottom:40px}
.sim-tabs{position:fixed;top:42px;left:0;right:0;z-index:99;display:flex;gap:12px;align-items:center;height:34px;padding:0 16px;background:#f3f3f3;border-bottom:1px solid #ddd;box-sizing:border-box}
.sim-tabs .sim-tab{background:#fff;border:1px solid #ddd;border-bottom:0;padding:6px 12px}.sim-tabs .sim-tab-menu{margin-left:auto}
.sim-utility{position:fixed;bottom:0;left:0;width:100%;z-index:99;display:flex;gap:16px;align-items:center;height:36px;padding:0 16px;background:#fff;border-top:1px solid #ddd;box-sizing:border-box}
.sim-utility .sim-omni{margin-left:auto}`;

function shell(data: PageData, userName: string, inConsole: boolean): string {
  const consoleBars = inConsole
    ? `<nav class="sim-tabs" aria-label="Workspace tabs"><span class="sim-tab">${escapeHtml(data.title)}</span><span class="sim-tab-menu">Tab options</span></nav>`
    : "";
  const utility = inConsole ? `<footer class="sim-utility"><span>Notes</span><span>History</span><span class="sim-omni">Omni-Channel</span></footer>` : "";
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(data.title)} | Salesforce</title><style>${PAGE_STYLE}${LIGHTNING_STYLE}</style></head>
<body class="desktop lightning${inConsole ? " console" : ""}"><div class="sim-global"><span class="brand">Salesforce</span>
<a href="/lightning/page/home" data-sim-link>Home</a><a href="/lightning/o/Case/list" data-sim-link>Cases</a><span class="sim-user">${escapeHtml(userName)}</span></div>${consoleBars}
<main id="sim-record" data-object="${escapeHtml(data.object)}" data-record-id="${escapeHtml(data.id)}" data-page="${escapeHtml(data.kind)}">${renderPage(data)}</main>${utility}
<script>${RENDER_JS}${ROUTER_JS}</script></body></html>`;
}

export function handleLightning(state: SimState, req: SimRequest): SimResponse {
  const session = pageSession(state, req);
  if (!session) return loginRedirect(req);
  // Console URLs carry other tabs in ?ws=; the path names the record to show.
  const data = lightningPageData(state.store, session.userId, req.url.pathname);
  const user = state.store.row("User", session.userId);
  return html(200, shell(data, String(user?.Name ?? ""), req.url.searchParams.has("ws")));
}
