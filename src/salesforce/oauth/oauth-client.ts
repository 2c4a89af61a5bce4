/**
 * Salesforce's OAuth endpoints on the org's My Domain host, as documented for the
 * web server flow with PKCE: the authorize URL, the code exchange, refresh,
 * revoke and userinfo. A public client: no consumer secret, the PKCE verifier
 * proves the code is ours. Every answer is parsed; an OAuth error keeps
 * Salesforce's own code (OAUTH_APP_BLOCKED, invalid_grant…) for the admin.
 */
import * as z from "zod/v4-mini";

import { UrlText } from "../../domain/url-text";

export interface OAuthApp {
  /** My Domain host of the org: acme.my.salesforce.com. */
  host: string;
  /** Consumer key of the org's External Client App (or connected app). */
  clientId: string;
  /** chrome.identity.getRedirectURL(): the app's callback URL. */
  redirectUri: string;
}

export type FetchLike = (url: string, init?: { method?: string; headers?: Record<string, string>; body?: string }) => Promise<Response>;

export class OAuthError extends Error {
  constructor(
    readonly errorCode: string,
    message: string,
  ) {
    super(message);
    this.name = "OAuthError";
  }
}

const TokenAnswerSchema = z.object({
  access_token: z.string().check(z.minLength(1)),
  refresh_token: z.optional(z.string().check(z.minLength(1))),
  instance_url: UrlText,
  /** The identity URL: https://host/id/<orgId>/<userId>. */
  id: UrlText,
  scope: z.optional(z.string()),
});

const ErrorAnswerSchema = z.object({ error: z.string(), error_description: z.optional(z.string()) });

const UserInfoSchema = z.object({ user_id: z.string(), organization_id: z.string(), name: z.optional(z.nullable(z.string())), preferred_username: z.optional(z.nullable(z.string())) });

export type TokenAnswer = z.infer<typeof TokenAnswerSchema>;

export interface Identity {
  userId: string;
  orgId: string;
  name: string | null;
}

const endpoint = (host: string, path: string) => `https://${host}/services/oauth2/${path}`;

/** The org and user ids of an identity URL (https://host/id/00D…/005…). */
export function idsOf(identityUrl: string): { orgId: string; userId: string } {
  const [orgId, userId] = new URL(identityUrl).pathname.split("/").slice(-2);
  if (!orgId?.startsWith("00D") || !userId?.startsWith("005")) throw new OAuthError("invalid_identity", `Salesforce answered an identity URL this extension does not understand: ${identityUrl}`);
  return { orgId, userId };
}

export function authorizeUrl(app: OAuthApp, request: { challenge: string; state: string; refreshToken: boolean; immediate?: boolean }): string {
  const url = new URL(endpoint(app.host, "authorize"));
  url.searchParams.set("response_type", "code");
  url.searchParams.set("client_id", app.clientId);
  url.searchParams.set("redirect_uri", app.redirectUri);
  url.searchParams.set("code_challenge", request.challenge);
  url.searchParams.set("code_challenge_method", "S256");
  url.searchParams.set("state", request.state);
  url.searchParams.set("scope", request.refreshToken ? "api refresh_token" : "api");
  // immediate=true: no login or approval page; Salesforce answers immediate_unavailable when one would be needed.
  if (request.immediate) url.searchParams.set("immediate", "true");
  return url.toString();
}

/** The code of the callback URL Salesforce redirected to, after checking it answers our request. */
export function codeOf(callbackUrl: string, expectedState: string): string {
  const url = new URL(callbackUrl);
  const params = url.searchParams.has("error") || url.searchParams.has("code") ? url.searchParams : new URLSearchParams(url.hash.slice(1));
  const error = params.get("error");
  if (error) throw new OAuthError(error, params.get("error_description") ?? error);
  if (params.get("state") !== expectedState) throw new OAuthError("state_mismatch", "Salesforce's answer does not belong to this connection attempt; nothing was connected.");
  const code = params.get("code");
  if (!code) throw new OAuthError("no_code", "Salesforce answered without an authorization code.");
  return code;
}

async function post(fetchFn: FetchLike, url: string, form: Record<string, string>): Promise<unknown> {
  let response: Response;
  try {
    response = await fetchFn(url, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", Accept: "application/json" },
      body: new URLSearchParams(form).toString(),
    });
  } catch (cause) {
    throw new TypeError(`Salesforce could not be reached (${String(cause)})`);
  }
  const text = await response.text();
  let body: unknown = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    body = null;
  }
  if (!response.ok) {
    const error = ErrorAnswerSchema.safeParse(body);
    throw error.success ? new OAuthError(error.data.error, error.data.error_description ?? error.data.error) : new OAuthError(`HTTP_${response.status}`, `Salesforce answered ${response.status}.`);
  }
  return body;
}

export async function exchangeCode(app: OAuthApp, code: string, verifier: string, fetchFn: FetchLike): Promise<TokenAnswer> {
  const body = await post(fetchFn, endpoint(app.host, "token"), {
    grant_type: "authorization_code",
    code,
    client_id: app.clientId,
    redirect_uri: app.redirectUri,
    code_verifier: verifier,
  });
  return TokenAnswerSchema.parse(body);
}

export async function refreshAccessToken(app: Pick<OAuthApp, "host" | "clientId">, refreshToken: string, fetchFn: FetchLike): Promise<TokenAnswer> {
  const body = await post(fetchFn, endpoint(app.host, "token"), { grant_type: "refresh_token", refresh_token: refreshToken, client_id: app.clientId });
  return TokenAnswerSchema.parse(body);
}

/** Revoking a refresh token also ends the access tokens issued with it. */
export async function revokeToken(host: string, token: string, fetchFn: FetchLike): Promise<void> {
  await post(fetchFn, endpoint(host, "revoke"), { token });
}

/** Who a token (or a browser session's sid) belongs to; null when Salesforce will not say with it (401/403). */
export async function userInfo(host: string, accessToken: string, fetchFn: FetchLike): Promise<Identity | null> {
  const response = await fetchFn(endpoint(host, "userinfo"), { headers: { Authorization: `Bearer ${accessToken}`, Accept: "application/json" } });
  if (response.status === 401 || response.status === 403) return null;
  if (!response.ok) throw new OAuthError(`HTTP_${response.status}`, `Salesforce's userinfo answered ${response.status}.`);
  const info = UserInfoSchema.parse(await response.json());
  return { userId: info.user_id, orgId: info.organization_id, name: info.name ?? info.preferred_username ?? null };
}
