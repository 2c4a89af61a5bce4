/**
 * The browser side of sessions: the login page, frontdoor.jsp, logout, userinfo, and the
 * routing of the OAuth endpoints (./oauth.ts). The detail that matters to the extension:
 * on X.my.salesforce.com the sid cookie is an API-capable session (unless the org has API
 * Access Control), while the sid that X.lightning.force.com gets is a separate UI-only
 * session (a real org's Lightning-domain sid is rejected by the REST API), so the
 * extension must read the my.salesforce.com cookie.
 */
import { toId15 } from "../../src/domain/salesforce-id";
import { hostName, instanceOrigin, LIGHTNING, lightningOrigin } from "./hosts";
import { escapeHtml, formBody, html, json, redirect, sidCookie, type SimRequest, type SimResponse } from "./http";
import { authorize, authorizeDecision, remoteAccessErrorPage, revoke, token, userinfoAllowed } from "./oauth";
import type { Session, SimState } from "./state";

/** Only same-site relative paths; anything else would make frontdoor an open redirect. */
function safeReturn(path: string | null | undefined, fallback = "/lightning/page/home"): string {
  return path && path.startsWith("/") && !path.startsWith("//") && !path.startsWith("/\\") ? path : fallback;
}

export function bearerToken(req: SimRequest): string | undefined {
  const m = /^(?:Bearer|OAuth)\s+(\S+)$/i.exec(req.headers.authorization ?? "");
  return m?.[1];
}

/** The session behind a page request's sid cookie (either kind opens pages). */
export function pageSession(state: SimState, req: SimRequest): Session | undefined {
  return state.sessions.valid(req.cookies.sid);
}

export function loginRedirect(req: SimRequest): SimResponse {
  const start = req.url.pathname + req.url.search;
  const target = LIGHTNING.test(hostName(req.host)) ? instanceOrigin(req) : "";
  return redirect(`${target}/login?startURL=${encodeURIComponent(start)}`);
}

export function handleAuth(state: SimState, req: SimRequest): SimResponse | undefined {
  const path = req.url.pathname;
  if (path === "/services/oauth2/token" && req.method === "POST") return token(state, req);
  if (path === "/services/oauth2/authorize" && req.method === "GET") return authorize(state, req, pageSession(state, req));
  if (path === "/services/oauth2/authorize" && req.method === "POST") return authorizeDecision(state, req, pageSession(state, req));
  if (path === "/setup/secur/RemoteAccessErrorPage.apexp") return remoteAccessErrorPage(req);
  if (path === "/services/oauth2/userinfo" || path.startsWith("/id/")) return userinfo(state, req);
  if (path === "/services/oauth2/revoke") return revoke(state, req);
  if (path === "/secur/frontdoor.jsp") return frontdoor(state, req);
  if (path === "/secur/logout.jsp") return logout(state, req);
  if (path === "/" || path === "/login") return req.method === "POST" ? loginSubmit(state, req) : loginPage(req);
  return undefined;
}

function userinfo(state: SimState, req: SimRequest): SimResponse {
  const session = state.sessions.valid(bearerToken(req) ?? req.url.searchParams.get("oauth_token") ?? undefined);
  if (!userinfoAllowed(state, session)) return { status: 403, headers: { "Content-Type": "text/plain" }, body: "Bad_OAuth_Token" };
  const user = state.store.row("User", session.userId);
  const base = instanceOrigin(req);
  const org = state.store.orgId;
  const org15 = toId15(org);
  const idUrl = `${base}/id/${org}/${session.userId}`;
  return json(200, {
    sub: idUrl,
    user_id: session.userId,
    organization_id: org,
    preferred_username: user?.Username ?? null,
    nickname: user?.CommunityNickname ?? user?.Alias ?? null,
    name: user?.Name ?? null,
    given_name: user?.FirstName ?? null,
    family_name: user?.LastName ?? null,
    email: user?.Email ?? null,
    email_verified: true,
    zoneinfo: user?.TimeZoneSidKey ?? "America/Los_Angeles",
    active: user?.IsActive !== false,
    user_type: "STANDARD",
    language: "en_US",
    locale: "en_US",
    utcOffset: 0,
    updated_at: new Date(Number(user?.LastModifiedDate ?? 0)).toISOString().replace(/\.\d{3}Z$/, "Z"),
    is_app_installed: true,
    urls: {
      enterprise: `${base}/services/Soap/c/{version}/${org15}`,
      metadata: `${base}/services/Soap/m/{version}/${org15}`,
      partner: `${base}/services/Soap/u/{version}/${org15}`,
      rest: `${base}/services/data/v{version}/`,
      sobjects: `${base}/services/data/v{version}/sobjects/`,
      search: `${base}/services/data/v{version}/search/`,
      query: `${base}/services/data/v{version}/query/`,
      recent: `${base}/services/data/v{version}/recent/`,
      profile: `${base}/${session.userId}`,
      custom_domain: base,
    },
  });
}

/** Sets the sid for this host and continues to retURL, hopping to the Lightning domain like a real org. */
function frontdoor(state: SimState, req: SimRequest): SimResponse {
  const q = req.url.searchParams;
  const retURL = safeReturn(q.get("retURL") ?? q.get("startURL"));
  const given = state.sessions.valid(q.get("sid") ?? undefined);
  if (!given) return redirect(`/login?startURL=${encodeURIComponent(retURL)}`);
  return establish(state, req, given, retURL);
}

function establish(state: SimState, req: SimRequest, given: Session, retURL: string): SimResponse {
  if (LIGHTNING.test(hostName(req.host))) {
    const ui = state.sessions.create(given.userId, "ui");
    return redirect(retURL, { "Set-Cookie": sidCookie(ui.token) });
  }
  // Under API Access Control the browser gets a session of its own, never the app's token.
  const session = state.oauth?.apiAccessControl && given.grant ? state.sessions.create(given.userId, "api") : given;
  const lightning = lightningOrigin(req);
  if (lightning && retURL.startsWith("/lightning/")) {
    return redirect(`${lightning}/secur/frontdoor.jsp?sid=${encodeURIComponent(session.token)}&retURL=${encodeURIComponent(retURL)}`, {
      "Set-Cookie": sidCookie(session.token),
    });
  }
  return redirect(retURL, { "Set-Cookie": sidCookie(session.token) });
}

function logout(state: SimState, req: SimRequest): SimResponse {
  if (req.cookies.sid) state.sessions.expire(req.cookies.sid);
  return redirect("/login", { "Set-Cookie": sidCookie("", 0) });
}

function loginPage(req: SimRequest, error?: string): SimResponse {
  if (LIGHTNING.test(hostName(req.host))) return redirect(`${instanceOrigin(req)}/login${req.url.search}`);
  const start = safeReturn(req.url.searchParams.get("startURL"));
  return html(
    error ? 401 : 200,
    `<!doctype html><html><head><meta charset="utf-8"><title>Login | Salesforce</title>
<style>body{font-family:system-ui,sans-serif;background:#f3f3f3}form{background:#fff;max-width:320px;margin:10vh auto;padding:24px;border-radius:6px;box-shadow:0 1px 4px #0002}label,input,button{display:block;width:100%;box-sizing:border-box;margin-top:8px}button{margin-top:16px;padding:8px;background:#0176d3;color:#fff;border:0;border-radius:4px}.err{color:#c23934}</style></head>
<body><form id="login_form" method="post" action="/login"><h1>Salesforce</h1>
${error ? `<p class="err" id="error">${escapeHtml(error)}</p>` : ""}
<label for="username">Username</label><input id="username" name="username" autocomplete="username">
<label for="password">Password</label><input id="password" name="pw" type="password" autocomplete="current-password">
<input type="hidden" name="startURL" value="${escapeHtml(start)}">
<button id="Login" type="submit">Log In</button></form></body></html>`,
  );
}

function loginSubmit(state: SimState, req: SimRequest): SimResponse {
  const form = formBody(req);
  const username = (form.get("username") ?? form.get("un") ?? "").toLowerCase();
  const password = form.get("pw") ?? form.get("password") ?? "";
  const cred = state.store.credentials.find((c) => c.username.toLowerCase() === username);
  if (!cred || cred.password !== password) {
    return loginPage(
      { ...req, url: new URL(`${req.url.origin}/login?startURL=${encodeURIComponent(form.get("startURL") ?? "")}`) },
      "Please check your username and password. If you still can't log in, contact your Salesforce administrator.",
    );
  }
  return establish(state, req, state.sessions.create(cred.userId, "api"), safeReturn(form.get("startURL")));
}
