/**
 * The org's OAuth apps and the flows Salesforce documents for them (help:
 * remoteaccess_oauth_web_server_flow, remoteaccess_pkce, remoteaccess_oauth_refresh_token_flow,
 * remoteaccess_revoke_token): authorize with the login form and the "Allow access?" page,
 * the token endpoint's grants, revoke, and what API Access Control lets through.
 *
 * A seed without `oauth` keeps the simulator's old leniency: every client_id is a known,
 * pre-authorized app with any callback URL.
 */
import { createHash, createHmac, randomBytes } from "node:crypto";
import { instanceOrigin } from "./hosts";
import { escapeHtml, formBody, html, json, redirect, type SimRequest, type SimResponse } from "./http";
import type { OAuthApp } from "./seed-types";
import type { OAuthGrant, Session, SimState } from "./state";

const CODE_LIFETIME_MS = 15 * 60_000;
const REFRESH_SCOPES = ["refresh_token", "offline_access"];
const LENIENT_SCOPES = ["api", "web", "refresh_token"];

/** What the approval page says each scope lets the app do (labels of the app's OAuth settings). */
const SCOPE_LABELS: Record<string, string> = {
  api: "Manage user data via APIs",
  web: "Manage user data via Web browsers",
  full: "Full access",
  id: "Access the identity URL service",
  openid: "Access unique user identifiers",
  profile: "Access basic information",
  email: "Access basic information",
  address: "Access basic information",
  phone: "Access basic information",
  chatter_api: "Access Connect REST API resources",
  visualforce: "Manage user data via Visualforce",
  lightning: "Manage user data via Lightning",
  content: "Access content resources",
  custom_permissions: "Access custom permissions",
  refresh_token: "Perform requests at any time",
  offline_access: "Perform requests at any time",
};

export function findApp(state: SimState, clientId: string | null | undefined): OAuthApp | undefined {
  if (!clientId) return undefined;
  if (!state.oauth) {
    return { name: "Connected App", consumerKey: clientId, consumerSecret: "", callbackUrls: [], scopes: LENIENT_SCOPES, allowRefreshToken: true, requirePkce: false, requireSecret: false, preAuthorized: true };
  }
  return state.oauth.apps.find((app) => app.consumerKey === clientId);
}

/** Callback URLs match exactly; the lenient org takes any absolute URL. */
function callbackAllowed(state: SimState, app: OAuthApp, uri: string): boolean {
  if (!state.oauth) return URL.canParse(uri);
  return app.callbackUrls.includes(uri);
}

/**
 * Why the REST API refuses this session, or undefined when it may call the API. With API
 * Access Control only tokens of the org's apps work (help article 004637119); a token
 * without the api scope is refused the same way (help article 005226515).
 */
export function apiRefusal(state: SimState, session: Session | undefined): string | undefined {
  if (!session || session.kind !== "api") return "Session expired or invalid";
  const notForRest = "This session is not valid for use with the REST API";
  if (session.grant && !session.grant.scopes.some((s) => s === "api" || s === "full")) return notForRest;
  if (state.oauth?.apiAccessControl && !(session.grant && findApp(state, session.grant.clientId))) return notForRest;
  return undefined;
}

/**
 * Whether userinfo answers this session. The UserInfo endpoint takes "the connected app's
 * access token"; with API Access Control the browser's session is not one (the worst case,
 * as Salesforce promises nothing more), so it gets the bad-token answer too.
 */
export function userinfoAllowed(state: SimState, session: Session | undefined): session is Session {
  if (!session || session.kind !== "api") return false;
  return !state.oauth?.apiAccessControl || (session.grant !== undefined && findApp(state, session.grant.clientId) !== undefined);
}

// ---- authorize ----------------------------------------------------------------

/** Salesforce's own error page: used when the redirect_uri can't be trusted with the error. */
function errorPage(error: string, description: string, stateParam?: string | null): SimResponse {
  const q = new URLSearchParams({ error, error_description: description });
  if (stateParam) q.set("state", stateParam);
  return redirect(`/setup/secur/RemoteAccessErrorPage.apexp?${q.toString()}`);
}

export function remoteAccessErrorPage(req: SimRequest): SimResponse {
  const q = req.url.searchParams;
  return html(
    400,
    `<!doctype html><html><head><meta charset="utf-8"><title>Error | Salesforce</title></head><body>
<h1>OAuth Error</h1><p id="error">We can't authorize you because of an OAuth error. For more information, contact your Salesforce administrator.</p>
<p id="error_code">${escapeHtml(q.get("error"))}: ${escapeHtml(q.get("error_description"))}</p></body></html>`,
  );
}

function callbackWith(redirectUri: string, params: Record<string, string | null | undefined>): SimResponse {
  const target = new URL(redirectUri);
  for (const [k, v] of Object.entries(params)) if (v) target.searchParams.set(k, v);
  return redirect(target.toString());
}

/**
 * The scopes granted: the requested ones the app has (all of the app's when none are
 * asked), refresh only if its policy allows. The lenient org grants any documented scope.
 */
function grantedScopes(state: SimState, app: OAuthApp, requested: string | null): string[] {
  const asked = requested ? requested.split(/[\s+]+/).filter(Boolean) : app.scopes;
  const known = state.oauth ? app.scopes : Object.keys(SCOPE_LABELS);
  return [...new Set(asked)].filter((s) => known.includes(s) && (app.allowRefreshToken || !REFRESH_SCOPES.includes(s)));
}

interface CheckedAuthorize {
  app: OAuthApp;
  params: Record<string, string>;
}

/** The checks Salesforce makes before anything else; an answer means the request stops there. */
function checkAuthorize(state: SimState, params: Record<string, string>): CheckedAuthorize | SimResponse {
  const app = findApp(state, params.client_id);
  if (!app) return errorPage("invalid_client_id", "client identifier invalid", params.state);
  const redirectUri = params.redirect_uri ?? "";
  if (!redirectUri || !callbackAllowed(state, app, redirectUri)) return errorPage("redirect_uri_mismatch", "redirect_uri must match configuration", params.state);
  const responseType = params.response_type;
  if (responseType !== "code" && responseType !== "token") {
    return callbackWith(redirectUri, { error: "unsupported_response_type", error_description: "response type not supported", state: params.state });
  }
  if (params.code_challenge && (params.code_challenge_method ?? "plain") !== "S256") {
    return callbackWith(redirectUri, { error: "invalid_request", error_description: "unsupported code_challenge_method", state: params.state });
  }
  if (responseType === "code" && app.requirePkce && !params.code_challenge) {
    // Salesforce answers the authorize request itself, form-encoded and without a Content-Type.
    return { status: 400, headers: {}, body: "error=invalid_request&error_description=missing required code challenge" };
  }
  return { app, params };
}

const promptHas = (params: Record<string, string>, word: string) => (params.prompt ?? "").split(/\s+/).includes(word);

export function authorize(state: SimState, req: SimRequest, browserSession: Session | undefined): SimResponse {
  const params = Object.fromEntries(req.url.searchParams);
  const checked = checkAuthorize(state, params);
  if (!("app" in checked)) return checked;
  const { app } = checked;
  if (!browserSession || promptHas(params, "login")) {
    // After the login form the browser comes back here; without prompt=login, or it would loop.
    const back = new URLSearchParams(params);
    if (promptHas(params, "login")) {
      const rest = (params.prompt ?? "").split(/\s+/).filter((w) => w && w !== "login");
      if (rest.length) back.set("prompt", rest.join(" "));
      else back.delete("prompt");
    }
    return redirect(`/login?startURL=${encodeURIComponent(`${req.url.pathname}?${back.toString()}`)}`);
  }
  const approved = app.preAuthorized || (state.sessions.approvals.has(`${browserSession.userId} ${app.consumerKey}`) && !promptHas(params, "consent"));
  if (approved) return grant(state, req, app, params, browserSession.userId);
  return approvalPage(state, app, params, browserSession);
}

function approvalPage(state: SimState, app: OAuthApp, params: Record<string, string>, browserSession: Session): SimResponse {
  const nonce = randomBytes(18).toString("base64url");
  state.sessions.pendingApprovals.set(nonce, { sessionToken: browserSession.token, params });
  const user = state.store.row("User", browserSession.userId);
  const abilities = [...new Set(grantedScopes(state, app, params.scope ?? null).map((s) => SCOPE_LABELS[s] ?? s))];
  return html(
    200,
    `<!doctype html><html><head><meta charset="utf-8"><title>Allow Access? | Salesforce</title>
<style>body{font-family:system-ui,sans-serif;background:#f3f3f3}form{background:#fff;max-width:420px;margin:10vh auto;padding:24px;border-radius:6px;box-shadow:0 1px 4px #0002}button{margin:16px 8px 0 0;padding:8px 16px;border-radius:4px;border:1px solid #0176d3}#oaapprove{background:#0176d3;color:#fff}</style></head>
<body><form id="oauth_approval" method="post" action="/services/oauth2/authorize"><h1>Allow Access?</h1>
<p id="app_name"><strong>${escapeHtml(app.name)}</strong> is asking to:</p>
<ul id="scopes">${abilities.map((a) => `<li>${escapeHtml(a)}</li>`).join("")}</ul>
<p>Do you want to allow access for <span id="username">${escapeHtml(user?.Username)}</span>?</p>
<input type="hidden" name="approval" value="${escapeHtml(nonce)}">
<button id="oaapprove" name="decision" value="allow" type="submit">Allow</button>
<button id="oadeny" name="decision" value="deny" type="submit">Deny</button></form></body></html>`,
  );
}

/** The answer to the "Allow access?" page. */
export function authorizeDecision(state: SimState, req: SimRequest, browserSession: Session | undefined): SimResponse {
  const form = formBody(req);
  const nonce = form.get("approval") ?? "";
  const pending = state.sessions.pendingApprovals.get(nonce);
  if (!pending || !browserSession || pending.sessionToken !== browserSession.token) {
    return errorPage("invalid_request", "approval page expired or not from this session");
  }
  state.sessions.pendingApprovals.delete(nonce);
  const checked = checkAuthorize(state, pending.params);
  if (!("app" in checked)) return checked;
  const { app, params } = checked;
  if (form.get("decision") !== "allow") {
    return callbackWith(params.redirect_uri!, { error: "access_denied", error_description: "end-user denied authorization", state: params.state });
  }
  state.sessions.approvals.add(`${browserSession.userId} ${app.consumerKey}`);
  return grant(state, req, app, params, browserSession.userId);
}

function grant(state: SimState, req: SimRequest, app: OAuthApp, params: Record<string, string>, userId: string): SimResponse {
  const scopes = grantedScopes(state, app, params.scope ?? null);
  const redirectUri = params.redirect_uri!;
  if (params.response_type === "token") {
    const session = state.sessions.create(userId, "api", { clientId: app.consumerKey, scopes });
    const frag = new URLSearchParams({ ...tokenBody(state, req, app, session), ...(params.state ? { state: params.state } : {}) });
    return redirect(`${redirectUri}#${frag.toString()}`);
  }
  const code = `aPrx${randomBytes(24).toString("base64url")}`;
  state.sessions.authCodes.set(code, {
    userId, clientId: app.consumerKey, scopes, challenge: params.code_challenge || undefined, redirectUri,
    expiresAt: state.store.nowMs() + CODE_LIFETIME_MS, used: false,
  });
  return callbackWith(redirectUri, { code, state: params.state });
}

// ---- token --------------------------------------------------------------------

function oauthError(error: string, description: string, status = 400): SimResponse {
  return json(status, { error, error_description: description });
}

/** Salesforce's token answer; `signature` is HMAC-SHA256 of id + issued_at with the consumer secret. */
function tokenBody(state: SimState, req: SimRequest, app: OAuthApp, session: Session, refreshToken?: string): Record<string, string> {
  const instance = instanceOrigin(req);
  const id = `${instance}/id/${state.store.orgId}/${session.userId}`;
  const issuedAt = String(Date.now());
  const signature = createHmac("sha256", app.consumerSecret || "simulator-consumer-secret").update(id + issuedAt).digest("base64");
  return {
    access_token: session.token,
    ...(refreshToken ? { refresh_token: refreshToken } : {}),
    signature,
    scope: (session.grant?.scopes ?? LENIENT_SCOPES).join(" "),
    instance_url: instance,
    id,
    token_type: "Bearer",
    issued_at: issuedAt,
  };
}

function clientError(state: SimState, app: OAuthApp | undefined, form: URLSearchParams): SimResponse | undefined {
  if (!app) return oauthError("invalid_client_id", "client identifier invalid");
  if (state.oauth && app.requireSecret && form.get("client_secret") !== app.consumerSecret) return oauthError("invalid_client", "invalid client credentials");
  return undefined;
}

export function token(state: SimState, req: SimRequest): SimResponse {
  const form = formBody(req);
  const grantType = form.get("grant_type");
  const clientId = form.get("client_id");
  if (!clientId && (grantType !== "refresh_token" || state.oauth)) return oauthError("invalid_client_id", "client identifier invalid");
  switch (grantType) {
    case "password": {
      const app = findApp(state, clientId);
      if (!app) return oauthError("invalid_client_id", "client identifier invalid");
      // The password flow always needs the consumer secret.
      if (state.oauth && form.get("client_secret") !== app.consumerSecret) return oauthError("invalid_client", "invalid client credentials");
      const cred = state.store.credentials.find((c) => c.username.toLowerCase() === (form.get("username") ?? "").toLowerCase());
      if (!cred || cred.password !== form.get("password") || !form.get("client_secret")) return oauthError("invalid_grant", "authentication failure");
      const scopes = app.scopes.filter((s) => !REFRESH_SCOPES.includes(s));
      return json(200, tokenBody(state, req, app, state.sessions.create(cred.userId, "api", { clientId: app.consumerKey, scopes })));
    }
    case "authorization_code":
      return redeemCode(state, req, form);
    case "refresh_token":
      return refresh(state, req, form);
    default:
      return oauthError("unsupported_grant_type", "grant type not supported");
  }
}

function redeemCode(state: SimState, req: SimRequest, form: URLSearchParams): SimResponse {
  const app = findApp(state, form.get("client_id"));
  const bad = clientError(state, app, form);
  if (bad) return bad;
  const code = state.sessions.authCodes.get(form.get("code") ?? "");
  if (!code || code.clientId !== app!.consumerKey) return oauthError("invalid_grant", "invalid authorization code");
  if (code.used || code.expiresAt < state.store.nowMs()) return oauthError("invalid_grant", "expired authorization code");
  // One use, whatever the outcome: a second try with the same code fails like an expired one.
  code.used = true;
  if (form.get("redirect_uri") !== code.redirectUri) return oauthError("redirect_uri_mismatch", "redirect_uri must match configuration");
  if (code.challenge) {
    const verifier = form.get("code_verifier") ?? "";
    const digest = createHash("sha256").update(verifier).digest("base64url");
    if (!verifier || digest !== code.challenge) return oauthError("invalid_grant", "invalid code verifier");
  }
  const grantInfo: OAuthGrant = { clientId: code.clientId, scopes: code.scopes };
  const session = state.sessions.create(code.userId, "api", grantInfo);
  if (!code.scopes.some((s) => REFRESH_SCOPES.includes(s))) return json(200, tokenBody(state, req, app!, session));
  const refreshToken = `5Aep${randomBytes(30).toString("base64url")}`;
  state.sessions.refreshTokens.set(refreshToken, { ...grantInfo, userId: code.userId, accessTokens: new Set([session.token]) });
  return json(200, tokenBody(state, req, app!, session, refreshToken));
}

function refresh(state: SimState, req: SimRequest, form: URLSearchParams): SimResponse {
  const stored = state.sessions.refreshTokens.get(form.get("refresh_token") ?? "");
  const app = findApp(state, form.get("client_id") ?? stored?.clientId);
  if (state.oauth) {
    const bad = clientError(state, app, form);
    if (bad) return bad;
  }
  if (!stored || !app || (state.oauth && (stored.clientId !== app.consumerKey || !app.allowRefreshToken))) return oauthError("invalid_grant", "expired access/refresh token");
  const session = state.sessions.create(stored.userId, "api", { clientId: stored.clientId, scopes: stored.scopes });
  stored.accessTokens.add(session.token);
  return json(200, tokenBody(state, req, app, session));
}

/** POST (form) or GET (?token=): revokes an access token, or a refresh token and its access tokens. */
export function revoke(state: SimState, req: SimRequest): SimResponse {
  const tokenValue = req.url.searchParams.get("token") ?? formBody(req).get("token") ?? "";
  if (!state.sessions.revoke(tokenValue)) return oauthError("invalid_token", "invalid token");
  return { status: 200, headers: {}, body: "" };
}

// ---- run-time settings (tests, e2e) -------------------------------------------

/** What a test may change on an app while the org runs (the extension's redirect URL depends on its id). */
export interface OAuthAppChanges {
  /** Which app; the org's first when left out. */
  consumerKey?: string;
  callbackUrls?: string[];
  /** The app's selected OAuth scopes. */
  scopes?: string[];
  allowRefreshToken?: boolean;
  requirePkce?: boolean;
  requireSecret?: boolean;
  preAuthorized?: boolean;
}

export function configureApp(state: SimState, changes: OAuthAppChanges): OAuthApp {
  if (!state.oauth) throw new Error("this org's seed declares no OAuth apps (it accepts every client_id)");
  const app = changes.consumerKey === undefined ? state.oauth.apps[0] : state.oauth.apps.find((a) => a.consumerKey === changes.consumerKey);
  if (!app) throw new Error(`no OAuth app with consumer key ${String(changes.consumerKey)}`);
  if (changes.callbackUrls) {
    const bad = changes.callbackUrls.find((u) => typeof u !== "string" || !URL.canParse(u));
    if (bad !== undefined) throw new Error(`callback URL ${String(bad)} is not an absolute URL`);
    app.callbackUrls = [...changes.callbackUrls];
  }
  if (changes.scopes) {
    if (!Array.isArray(changes.scopes) || changes.scopes.some((s) => typeof s !== "string" || !/^\w+$/.test(s))) throw new Error("scopes must be a list of scope names");
    app.scopes = [...changes.scopes];
  }
  for (const key of ["allowRefreshToken", "requirePkce", "requireSecret", "preAuthorized"] as const) {
    const value = changes[key];
    if (value !== undefined) {
      if (typeof value !== "boolean") throw new Error(`${key} must be true or false`);
      app[key] = value;
    }
  }
  return structuredClone(app);
}

/**
 * A session for tests without going through a login: a browser session, or (with a
 * consumer key) a token as if the app's flow had run, with the app's scopes.
 */
export function testSession(state: SimState, username: string, clientId?: string): Session {
  const cred = state.store.credentials.find((c) => c.username.toLowerCase() === username.toLowerCase());
  if (!cred) throw new Error(`No such simulated user: ${username}`);
  if (clientId === undefined) return state.sessions.create(cred.userId, "api");
  const app = findApp(state, clientId);
  if (!app) throw new Error(`no OAuth app with consumer key ${clientId}`);
  return state.sessions.create(cred.userId, "api", { clientId: app.consumerKey, scopes: app.scopes.filter((s) => !REFRESH_SCOPES.includes(s)) });
}
