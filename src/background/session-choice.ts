/**
 * Which session the worker uses for an org, per its profile's connection mode:
 * - session: the browser's sid cookie only;
 * - oauth: the org's OAuth connection only ("Connect to Salesforce" until there is one);
 * - auto: the OAuth connection when the AE made one, else the browser session, and
 *   "Connect to Salesforce" once the REST API has refused that session.
 * An OAuth connection acting as another user than the one logged in to the org's
 * pages is refused with "wrong-user" (reconnect), never used silently.
 */
import type { OrgProfile } from "../domain/org-profile/schema";
import type { AppError } from "../messaging/contracts";
import { API_VERSION } from "../salesforce/connection";
import { OAuthError, type FetchLike } from "../salesforce/oauth/oauth-client";
import { refreshGrant, type OAuthDeps } from "../salesforce/oauth/oauth-connection";
import type { Grant } from "../salesforce/oauth/grant-store";
import { isSessionRefusedByApi, type SalesforceSession } from "../salesforce/session";
import { sha256 } from "../salesforce/session-cache";
import type { StorageAreaLike } from "../salesforce/oauth/grant-store";
import type { UiUser } from "../salesforce/oauth/ui-user";

export class ConnectNeeded extends Error {
  constructor(
    message: string,
    readonly canConnect: boolean,
  ) {
    super(message);
    this.name = "ConnectNeeded";
  }
}

export class WrongUser extends Error {
  constructor(message: string) {
    super(message);
    this.name = "WrongUser";
  }
}

export interface SessionChoiceDeps {
  cookieSession(apiHost: string): Promise<SalesforceSession | null>;
  oauth: OAuthDeps;
  uiUserOf(apiHost: string, sid: string, consumerKey: string | null, connectedUserId: string): Promise<UiUser>;
  /** chrome.storage.session: which browser sessions the REST API refused (hashed). */
  session: StorageAreaLike;
}

async function sessionMark(apiHost: string, sid: string): Promise<string> {
  return `api-refused:${apiHost}:${(await sha256(sid)).slice(0, 24)}`;
}

export async function rememberRefusal(apiHost: string, sid: string, area: StorageAreaLike): Promise<void> {
  await area.set({ [await sessionMark(apiHost, sid)]: true });
}

/** Whether the REST API has refused this browser session before (so "Connect" is the way on). */
export async function refusalRemembered(apiHost: string, sid: string, area: StorageAreaLike): Promise<boolean> {
  const mark = await sessionMark(apiHost, sid);
  return (await area.get(mark))[mark] === true;
}

const connectMessage = (profile: OrgProfile, why: string) =>
  profile.connection.consumerKey
    ? `${why} Connect to Salesforce to work here: you approve the extension once in Salesforce's own page.`
    : `${why} Your Salesforce admin must set up the extension's External Client App and put its consumer key in the org profile (connection.consumerKey).`;

const same15 = (a: string, b: string) => a.slice(0, 15) === b.slice(0, 15);

function oauthSession(grant: Grant, apiHost: string, profile: OrgProfile, deps: SessionChoiceDeps): SalesforceSession {
  return {
    instanceUrl: grant.instanceUrl,
    accessToken: grant.accessToken,
    via: "oauth",
    userId: grant.userId,
    refresh: async () => {
      const fresh = await refreshGrant(apiHost, profile, deps.oauth);
      if (!fresh) throw new ConnectNeeded(connectMessage(profile, "Your connection to Salesforce has ended."), profile.connection.consumerKey !== null);
      return fresh.accessToken;
    },
  };
}

/** The OAuth connection for the org: this session's token, else one refreshed from a kept refresh token. */
async function currentGrant(apiHost: string, profile: OrgProfile, deps: SessionChoiceDeps): Promise<Grant | null> {
  return (await deps.oauth.store.grant(apiHost)) ?? (await refreshGrant(apiHost, profile, deps.oauth));
}

export async function chooseSession(apiHost: string, profile: OrgProfile, deps: SessionChoiceDeps): Promise<SalesforceSession | null> {
  const mode = profile.connection.mode;
  const cookie = await deps.cookieSession(apiHost);
  const browserSession = cookie ? { ...cookie, via: "browser-session" as const } : null;
  if (mode === "session") return browserSession;

  const grant = await currentGrant(apiHost, profile, deps);
  if (grant) {
    if (cookie) {
      const uiUser = await deps.uiUserOf(apiHost, cookie.accessToken, profile.connection.consumerKey, grant.userId);
      const connectedAs = grant.userName ?? grant.userId;
      if (uiUser.kind === "user" && !same15(uiUser.userId, grant.userId)) {
        throw new WrongUser(`The extension is connected to Salesforce as ${connectedAs}, but this browser is logged in to Salesforce as another user. Reconnect to work as the user you are logged in as.`);
      }
      if (uiUser.kind === "not-approved") {
        // The connected user approved the app; the page's user has not, so it is someone else (or the page session ended).
        throw new WrongUser(`The extension is connected to Salesforce as ${connectedAs}, but this browser is not logged in to Salesforce as ${connectedAs}. Reconnect to work as the user you are logged in as.`);
      }
    }
    return oauthSession(grant, apiHost, profile, deps);
  }
  if (mode === "oauth") throw new ConnectNeeded(connectMessage(profile, "This org's profile has the extension connect with OAuth."), profile.connection.consumerKey !== null);
  if (browserSession) {
    if (await refusalRemembered(apiHost, browserSession.accessToken, deps.session)) {
      throw new ConnectNeeded(connectMessage(profile, "Salesforce does not let the browser's session use its API in this org."), profile.connection.consumerKey !== null);
    }
  }
  return browserSession;
}

const isInvalidSession = (cause: unknown) => (cause as { errorCode?: unknown } | null)?.errorCode === "INVALID_SESSION_ID";

/**
 * Whether the REST API refuses this browser session (rather than it having
 * expired): asked of the REST API itself, once, when a call failed with
 * INVALID_SESSION_ID without saying which. OAuth userinfo answers both cases with
 * the same 403, so its refusal alone cannot tell them apart.
 */
export async function restRefuses(session: SalesforceSession, fetchFn: FetchLike): Promise<boolean> {
  try {
    const answer = await fetchFn(`${session.instanceUrl}/services/data/v${API_VERSION}/limits`, { headers: { Authorization: `Bearer ${session.accessToken}`, Accept: "application/json" } });
    return answer.status === 401 && /not valid for use with the REST API/i.test(await answer.text());
  } catch {
    return false;
  }
}

/**
 * The session layer's own failures as the panel's AppError; null for anything
 * else (the router's generic mapping then applies). A REST refusal of the browser
 * session is remembered, so the next panel goes straight to "Connect".
 */
export async function sessionAppError(
  cause: unknown,
  apiHost: string,
  session: SalesforceSession | null,
  profile: OrgProfile | null,
  deps: { area: StorageAreaLike; fetch: FetchLike },
): Promise<AppError | null> {
  const area = deps.area;
  if (cause instanceof ConnectNeeded) return { kind: "connect", message: cause.message, canConnect: cause.canConnect };
  if (cause instanceof WrongUser) return { kind: "wrong-user", message: cause.message, canConnect: true };
  const canConnect = profile?.connection.consumerKey != null;
  if (cause instanceof OAuthError) {
    return { kind: "connect", errorCode: cause.errorCode, canConnect, message: `Salesforce did not connect the extension: ${cause.message}` };
  }
  if (session && session.via !== "oauth" && (isSessionRefusedByApi(cause) || (isInvalidSession(cause) && (await restRefuses(session, deps.fetch))))) {
    await rememberRefusal(apiHost, session.accessToken, area);
    const why = "Salesforce does not let the browser's session use its API in this org (This session is not valid for use with the REST API).";
    return { kind: "connect", errorCode: "INVALID_SESSION_ID", canConnect, message: profile ? connectMessage(profile, why) : why };
  }
  const refreshFailed = cause instanceof Error && /Unable to refresh session/.test(cause.message);
  if (session?.via === "oauth" && (refreshFailed || isInvalidSession(cause))) {
    const why = "Your connection to Salesforce has ended.";
    return { kind: "connect", errorCode: "INVALID_SESSION_ID", canConnect, message: profile ? connectMessage(profile, why) : why };
  }
  return null;
}
