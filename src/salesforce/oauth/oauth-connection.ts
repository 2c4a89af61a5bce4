/**
 * Connecting an org with OAuth (web server flow + PKCE through
 * chrome.identity.launchWebAuthFlow), keeping it fresh and ending it. Everything
 * Chrome- or network-specific is passed in, so the flow runs in vitest against
 * the simulator with a fake launchWebAuthFlow.
 */
import type { OrgProfile } from "../../domain/org-profile/schema";
import { authorizeUrl, codeOf, exchangeCode, idsOf, OAuthError, refreshAccessToken, revokeToken, userInfo, type FetchLike, type OAuthApp } from "./oauth-client";
import type { Grant, GrantStore } from "./grant-store";
import { createPkce, randomToken } from "./pkce";

export interface OAuthDeps {
  store: GrantStore;
  fetch: FetchLike;
  /** chrome.identity.launchWebAuthFlow: resolves with the callback URL Salesforce redirected to. */
  launchWebAuthFlow(details: { url: string; interactive: boolean }): Promise<string | undefined>;
  /** chrome.identity.getRedirectURL(). */
  redirectUri: string;
  now?: () => number;
}

/** The profile has no consumer key: an admin must create the External Client App first. */
export class NoConsumerKey extends OAuthError {
  constructor() {
    super("NO_CONSUMER_KEY", "This org's profile has no consumer key (connection.consumerKey): your Salesforce admin must set up the External Client App first.");
  }
}

function appOf(host: string, profile: OrgProfile, deps: OAuthDeps): OAuthApp {
  const clientId = profile.connection.consumerKey;
  if (!clientId) throw new NoConsumerKey();
  return { host, clientId, redirectUri: deps.redirectUri };
}

/** One authorization round: interactive (the AE clicked Connect) or immediate (no page may be shown). */
async function authorize(app: OAuthApp, deps: OAuthDeps, options: { interactive: boolean; refreshToken: boolean }) {
  const pkce = await createPkce();
  const state = randomToken(16);
  const url = authorizeUrl(app, { challenge: pkce.challenge, state, refreshToken: options.refreshToken, immediate: !options.interactive });
  let callback: string | undefined;
  try {
    callback = await deps.launchWebAuthFlow({ url, interactive: options.interactive });
  } catch (cause) {
    // Chrome rejects when the window is closed, or when a non-interactive flow would need a page.
    throw new OAuthError("authorization_not_completed", `Connecting to Salesforce was not completed (${cause instanceof Error ? cause.message : String(cause)}).`);
  }
  if (!callback) throw new OAuthError("authorization_not_completed", "Connecting to Salesforce was not completed.");
  return exchangeCode(app, codeOf(callback, state), pkce.verifier, deps.fetch);
}

/** "Connect to Salesforce": the AE approves in Salesforce's own page; the tokens stay in the worker. */
export async function connectWithOAuth(host: string, profile: OrgProfile, deps: OAuthDeps): Promise<Grant> {
  const app = appOf(host, profile, deps);
  const keepRefresh = profile.connection.allowRefreshToken;
  const tokens = await authorize(app, deps, { interactive: true, refreshToken: keepRefresh });
  const ids = idsOf(tokens.id);
  const identity = await userInfo(host, tokens.access_token, deps.fetch).catch(() => null);
  const grant: Grant = { host, orgId: ids.orgId, userId: ids.userId, userName: identity?.name ?? null, instanceUrl: `https://${host}`, accessToken: tokens.access_token };
  await deps.store.save(grant, keepRefresh ? (tokens.refresh_token ?? null) : null);
  return grant;
}

const lastRefresh = new Map<string, number>();
/** A new token that is refused again within this time is not refreshed again: the connection is over. */
const REFRESH_GUARD_MS = 10_000;

/**
 * A fresh access token from the stored refresh token (same user), or null when
 * there is none to use. At most one refresh per host within REFRESH_GUARD_MS, so
 * an org that refuses the new token too does not loop.
 */
export async function refreshGrant(host: string, profile: OrgProfile, deps: OAuthDeps): Promise<Grant | null> {
  const stored = await deps.store.refreshOf(host);
  if (!stored || !profile.connection.consumerKey || !profile.connection.allowRefreshToken) return null;
  const now = (deps.now ?? Date.now)();
  if (now - (lastRefresh.get(host) ?? -Infinity) < REFRESH_GUARD_MS) return null;
  lastRefresh.set(host, now);
  try {
    const tokens = await refreshAccessToken({ host, clientId: profile.connection.consumerKey }, stored.refreshToken, deps.fetch);
    const ids = idsOf(tokens.id);
    if (ids.userId.slice(0, 15) !== stored.userId.slice(0, 15)) throw new OAuthError("user_changed", "The refreshed token belongs to another user.");
    const grant: Grant = { host, orgId: ids.orgId, userId: stored.userId, userName: stored.userName, instanceUrl: `https://${host}`, accessToken: tokens.access_token };
    // Salesforce may rotate the refresh token; keep the one it gave, else the old one.
    await deps.store.save(grant, tokens.refresh_token ?? stored.refreshToken);
    return grant;
  } catch (cause) {
    if (cause instanceof OAuthError) {
      // invalid_grant: revoked, expired or the app's policy changed: reconnecting is the only way on.
      await deps.store.forget(host);
      return null;
    }
    throw cause;
  }
}

/** Ends the connection: revoked at Salesforce (the refresh token ends its access tokens too), forgotten here. */
export async function disconnectOAuth(host: string, deps: Pick<OAuthDeps, "store" | "fetch">): Promise<boolean> {
  const [grant, refresh] = await Promise.all([deps.store.grant(host), deps.store.refreshOf(host)]);
  await deps.store.forget(host);
  const token = refresh?.refreshToken ?? grant?.accessToken;
  if (!token) return false;
  try {
    await revokeToken(host, token, deps.fetch);
    return true;
  } catch {
    // Already revoked or expired: forgotten here is what matters.
    return false;
  }
}

/** For tests: forget when each host last refreshed. */
export function resetRefreshGuard(): void {
  lastRefresh.clear();
}
