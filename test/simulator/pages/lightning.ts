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

function shell(data: PageData, userName: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(data.title)} | Salesforce</title><style>${PAGE_STYLE}</style></head>
<body class="desktop lightning"><div class="sim-global"><span class="brand">Salesforce</span>
<a href="/lightning/page/home" data-sim-link>Home</a><a href="/lightning/o/Case/list" data-sim-link>Cases</a><span class="sim-user">${escapeHtml(userName)}</span></div>
<main id="sim-record" data-object="${escapeHtml(data.object)}" data-record-id="${escapeHtml(data.id)}" data-page="${escapeHtml(data.kind)}">${renderPage(data)}</main>
<script>${RENDER_JS}${ROUTER_JS}</script></body></html>`;
}

export function handleLightning(state: SimState, req: SimRequest): SimResponse {
  const session = pageSession(state, req);
  if (!session) return loginRedirect(req);
  // Console URLs carry other tabs in ?ws=; the path names the record to show.
  const data = lightningPageData(state.store, session.userId, req.url.pathname);
  const user = state.store.row("User", session.userId);
  return html(200, shell(data, String(user?.Name ?? "")));
}
