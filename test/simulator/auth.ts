/**
 * OAuth endpoints, frontdoor.jsp and the login page. The detail that matters to the
 * extension: on X.my.salesforce.com the sid cookie is an API-capable session, while
 * the sid that X.lightning.force.com gets is a separate UI-only session (a real org's
 * Lightning-domain sid is rejected by the REST API), so the extension must read the
 * my.salesforce.com cookie.
 */
import { createHash, createHmac, randomBytes } from "node:crypto";
import { toId15 } from "../../src/domain/salesforce-id";
import { escapeHtml, formBody, html, json, redirect, sidCookie, type SimRequest, type SimResponse } from "./http";
import type { Session, SimState } from "./state";

const MY_DOMAIN = /^(.+)\.my\.salesforce\.com$/i;
const LIGHTNING = /^(.+)\.lightning\.force\.com$/i;

function hostName(host: string): string {
  return host.replace(/:\d+$/, "");
}

function withHost(req: SimRequest, host: string): string {
  const port = /:\d+$/.exec(req.host)?.[0] ?? "";
  return `${req.origin.split("://")[0]}://${host}${port}`;
}

/** The My Domain origin for a request that may have arrived on the Lightning domain. */
function instanceOrigin(req: SimRequest): string {
  const m = LIGHTNING.exec(hostName(req.host));
  return m ? withHost(req, `${m[1]}.my.salesforce.com`) : req.origin;
}

function lightningOrigin(req: SimRequest): string | undefined {
  const m = MY_DOMAIN.exec(hostName(req.host));
  return m ? withHost(req, `${m[1]}.lightning.force.com`) : undefined;
}

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
  if (path === "/services/oauth2/authorize" && req.method === "GET") return authorize(state, req);
  if (path === "/services/oauth2/userinfo" || path.startsWith("/id/")) return userinfo(state, req);
  if (path === "/services/oauth2/revoke") return revoke(state, req);
  if (path === "/secur/frontdoor.jsp") return frontdoor(state, req);
  if (path === "/secur/logout.jsp") return logout(state, req);
  if (path === "/" || path === "/login") return req.method === "POST" ? loginSubmit(state, req) : loginPage(req);
  return undefined;
}

function tokenResponse(state: SimState, req: SimRequest, session: Session, extra: Record<string, string> = {}): SimResponse {
  const instance = instanceOrigin(req);
  const id = `${instance}/id/${state.store.orgId}/${session.userId}`;
  const issuedAt = String(Date.now());
  const signature = createHmac("sha256", "simulator-consumer-secret").update(id + issuedAt).digest("base64");
  return json(200, { access_token: session.token, ...extra, signature, scope: "api web refresh_token", instance_url: instance, id, token_type: "Bearer", issued_at: issuedAt });
}

function oauthError(error: string, description: string, status = 400): SimResponse {
  return json(status, { error, error_description: description });
}

function token(state: SimState, req: SimRequest): SimResponse {
  const form = formBody(req);
  const grant = form.get("grant_type");
  if (!form.get("client_id") && grant !== "refresh_token") return oauthError("invalid_client_id", "client identifier invalid");
  switch (grant) {
    case "password": {
      const cred = state.store.credentials.find((c) => c.username.toLowerCase() === (form.get("username") ?? "").toLowerCase());
      if (!cred || cred.password !== form.get("password") || !form.get("client_secret")) return oauthError("invalid_grant", "authentication failure");
      return tokenResponse(state, req, state.sessions.create(cred.userId, "api"));
    }
    case "authorization_code": {
      const code = form.get("code") ?? "";
      const entry = state.sessions.authCodes.get(code);
      state.sessions.authCodes.delete(code);
      if (!entry || entry.expiresAt < Date.now()) return oauthError("invalid_grant", "invalid authorization code");
      if (form.get("redirect_uri") !== entry.redirectUri) return oauthError("invalid_grant", "redirect_uri must match configuration");
      if (entry.challenge) {
        const verifier = form.get("code_verifier") ?? "";
        const digest = createHash("sha256").update(verifier).digest("base64url");
        if (!verifier || digest !== entry.challenge) return oauthError("invalid_grant", "invalid code verifier");
      }
      const session = state.sessions.create(entry.userId, "api");
      const refresh = `5Aep${randomBytes(30).toString("base64url")}`;
      state.sessions.refreshTokens.set(refresh, entry.userId);
      return tokenResponse(state, req, session, { refresh_token: refresh });
    }
    case "refresh_token": {
      const userId = state.sessions.refreshTokens.get(form.get("refresh_token") ?? "");
      if (!userId) return oauthError("invalid_grant", "expired access/refresh token");
      return tokenResponse(state, req, state.sessions.create(userId, "api"));
    }
    default:
      return oauthError("unsupported_grant_type", "grant type not supported");
  }
}

function authorize(state: SimState, req: SimRequest): SimResponse {
  const q = req.url.searchParams;
  const redirectUri = q.get("redirect_uri") ?? "";
  const responseType = q.get("response_type");
  if (!q.get("client_id") || !redirectUri) return html(400, "<h1>error=invalid_client_id</h1>");
  const session = state.sessions.valid(req.cookies.sid);
  if (!session || session.kind !== "api") return loginRedirect(req);
  const stateParam = q.get("state");
  if (responseType === "token") {
    const api = state.sessions.create(session.userId, "api");
    const body = JSON.parse(tokenResponse(state, req, api).body) as Record<string, string>;
    const frag = new URLSearchParams({ ...body, ...(stateParam ? { state: stateParam } : {}) });
    return redirect(`${redirectUri}#${frag.toString()}`);
  }
  const target = new URL(redirectUri);
  if (responseType !== "code") {
    target.searchParams.set("error", "unsupported_response_type");
    return redirect(target.toString());
  }
  const challenge = q.get("code_challenge") ?? undefined;
  if (challenge && (q.get("code_challenge_method") ?? "plain") !== "S256") {
    target.searchParams.set("error", "invalid_request");
    target.searchParams.set("error_description", "unsupported code_challenge_method");
    return redirect(target.toString());
  }
  const code = `aPrx${randomBytes(24).toString("base64url")}`;
  state.sessions.authCodes.set(code, { userId: session.userId, challenge, redirectUri, expiresAt: Date.now() + 15 * 60_000 });
  target.searchParams.set("code", code);
  if (stateParam) target.searchParams.set("state", stateParam);
  return redirect(target.toString());
}

function userinfo(state: SimState, req: SimRequest): SimResponse {
  const session = state.sessions.valid(bearerToken(req) ?? req.url.searchParams.get("oauth_token") ?? undefined);
  if (!session || session.kind !== "api") return { status: 403, headers: { "Content-Type": "text/plain" }, body: "Bad_OAuth_Token" };
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

function revoke(state: SimState, req: SimRequest): SimResponse {
  const tokenValue = req.url.searchParams.get("token") ?? formBody(req).get("token") ?? "";
  state.sessions.expire(tokenValue);
  state.sessions.refreshTokens.delete(tokenValue);
  return { status: 200, headers: {}, body: "" };
}

/** Sets the sid for this host and continues to retURL, hopping to the Lightning domain like a real org. */
function frontdoor(state: SimState, req: SimRequest): SimResponse {
  const q = req.url.searchParams;
  const retURL = safeReturn(q.get("retURL") ?? q.get("startURL"));
  const given = state.sessions.valid(q.get("sid") ?? undefined);
  if (!given) return redirect(`/login?startURL=${encodeURIComponent(retURL)}`);
  return establish(state, req, given, retURL);
}

function establish(state: SimState, req: SimRequest, session: Session, retURL: string): SimResponse {
  if (LIGHTNING.test(hostName(req.host))) {
    const ui = state.sessions.create(session.userId, "ui");
    return redirect(retURL, { "Set-Cookie": sidCookie(ui.token) });
  }
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
