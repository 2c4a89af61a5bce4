/**
 * One renderer for record pages, written as browser JavaScript source so the server
 * (first paint, Classic pages) and the Lightning shell's inline script (pushState
 * navigation) produce the same markup. Every value goes through esc(): record text is
 * customer input and may contain HTML or javascript: URLs.
 */
export interface PageField {
  label: string;
  api: string;
  value: string;
  href?: string;
}

export interface PageList {
  title: string;
  items: { label: string; href: string; sub?: string }[];
}

export interface PageData {
  kind: "record" | "list" | "home" | "missing" | "notfound";
  object: string;
  id: string;
  title: string;
  subtitle?: string;
  fields: PageField[];
  lists: PageList[];
  message?: string;
  /** Classic pages navigate normally; Lightning links are intercepted for pushState. */
  spa: boolean;
}

export const RENDER_JS = String.raw`
function simEsc(v) {
  return String(v == null ? "" : v).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}
function simLink(href, text, spa) {
  // Only same-site paths become links; record data never decides an href.
  if (typeof href !== "string" || href.charAt(0) !== "/" || href.charAt(1) === "/") return simEsc(text);
  return '<a href="' + simEsc(href) + '"' + (spa ? " data-sim-link" : "") + ">" + simEsc(text) + "</a>";
}
function simRender(d) {
  var h = '<header class="sim-header"><div class="sim-object">' + simEsc(d.subtitle || d.object) + '</div><h1 class="sim-title">' + simEsc(d.title) + "</h1></header>";
  if (d.message) h += '<p class="sim-message">' + simEsc(d.message) + "</p>";
  if (d.fields && d.fields.length) {
    h += '<section class="sim-fields"><dl>';
    for (var i = 0; i < d.fields.length; i++) {
      var f = d.fields[i];
      h += '<div class="sim-field" data-field="' + simEsc(f.api) + '"><dt>' + simEsc(f.label) + "</dt><dd>" + (f.href ? simLink(f.href, f.value, d.spa) : simEsc(f.value)) + "</dd></div>";
    }
    h += "</dl></section>";
  }
  for (var j = 0; j < (d.lists || []).length; j++) {
    var l = d.lists[j];
    h += '<section class="sim-related"><h2>' + simEsc(l.title) + " (" + l.items.length + ")</h2><ul>";
    for (var k = 0; k < l.items.length; k++) {
      var it = l.items[k];
      h += "<li>" + simLink(it.href, it.label, d.spa) + (it.sub ? ' <span class="sim-sub">' + simEsc(it.sub) + "</span>" : "") + "</li>";
    }
    h += "</ul></section>";
  }
  return h;
}
`;

type Renderer = (data: PageData) => string;
const serverRender = new Function(`${RENDER_JS}; return simRender;`)() as Renderer;

export function renderPage(data: PageData): string {
  return serverRender(data);
}

export const PAGE_STYLE = `body{margin:0;font-family:system-ui,-apple-system,sans-serif;background:#f3f3f3;color:#181818}
.sim-global{background:#fff;border-bottom:1px solid #ddd;padding:8px 16px;display:flex;gap:16px;align-items:center}
.sim-global .brand{font-weight:700;color:#0176d3}#sim-record{max-width:960px;margin:16px auto;background:#fff;border-radius:4px;padding:16px;box-shadow:0 1px 3px #0002}
.sim-object{font-size:12px;color:#555}.sim-title{margin:4px 0 16px;font-size:22px}dl{display:grid;grid-template-columns:1fr 1fr;gap:8px 24px}
.sim-field dt{font-size:12px;color:#555}.sim-field dd{margin:2px 0 0;white-space:pre-wrap;word-break:break-word}.sim-related h2{font-size:16px;margin-top:24px}.sim-sub{color:#666;font-size:12px}`;
