/**
 * Salesforce Classic: full-page record detail at /{15-char id} and the case list at
 * /500 (?fcf=<list view id> accepted and ignored). Server-rendered, no SPA.
 */
import { isSalesforceId, keyPrefix } from "../../../src/domain/salesforce-id";
import { loginRedirect, pageSession } from "../auth";
import { escapeHtml, html, type SimRequest, type SimResponse } from "../http";
import type { SimState } from "../state";
import { caseListPage, pageContext, recordPage } from "./page-data";
import { PAGE_STYLE, renderPage, type PageData } from "./render";

const CLASSIC_OBJECTS: Record<string, string> = { "500": "Case", "001": "Account", "003": "Contact" };

function page(data: PageData): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(data.subtitle ?? data.object)}: ${escapeHtml(data.title)} ~ Salesforce - Enterprise Edition</title><style>${PAGE_STYLE}</style></head>
<body class="hasMotif caseTab sfdcBody"><div class="sim-global"><span class="brand">salesforce</span><a href="/home/home.jsp">Home</a><a href="/500">Cases</a></div>
<main id="sim-record" class="bPageBlock" data-object="${escapeHtml(data.object)}" data-record-id="${escapeHtml(data.id)}" data-page="${escapeHtml(data.kind)}">${renderPage(data)}</main></body></html>`;
}

/** Answers Classic URLs, or undefined when the path isn't one. */
export function handleClassic(state: SimState, req: SimRequest): SimResponse | undefined {
  const segment = req.url.pathname.slice(1).replace(/\/$/, "");
  const isList = segment === "500" || segment === "500/o";
  const object = isSalesforceId(segment) ? CLASSIC_OBJECTS[keyPrefix(segment)] : undefined;
  if (!isList && !object) return undefined;
  const session = pageSession(state, req);
  if (!session) return loginRedirect(req);
  const ctx = pageContext(state.store, session.userId, "classic");
  return html(200, page(isList ? caseListPage(ctx) : recordPage(ctx, object!, segment)));
}
