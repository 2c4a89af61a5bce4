/**
 * Who is logged in to the org's pages in this browser, to catch the classic trap
 * of extensions that mix a stored OAuth token with the browser's session: the AE
 * logs in to Salesforce as someone else, and the extension keeps acting as the
 * user it was connected as. (Extensions that key their token by host alone fall
 * into it.) Salesforce itself says who the session is:
 * 1. userinfo with the page session's sid, where the org lets that session call it;
 * 2. else an immediate authorization (no page shown): Salesforce issues a code for
 *    whoever is logged in to the browser; the token it gives is revoked at once.
 *    When Salesforce would need to show a page instead (Chrome: "User interaction
 *    required", Salesforce: immediate_unavailable), the page's user has not
 *    approved the app, so it is not the user who connected it.
 * The answer is kept per page session and connected user, so each new login (and
 * each new connection) is asked once.
 */
import { authorizeUrl, codeOf, exchangeCode, idsOf, revokeToken, userInfo, type FetchLike } from "./oauth-client";
import { createPkce, randomToken } from "./pkce";
import { sha256 } from "../session-cache";
import type { StorageAreaLike } from "./grant-store";

export interface UiUserDeps {
  fetch: FetchLike;
  launchWebAuthFlow(details: { url: string; interactive: boolean }): Promise<string | undefined>;
  redirectUri: string;
  /** chrome.storage.session: the answer per session id (hashed). */
  session: StorageAreaLike;
}

/** Who the page session is: a user, someone who has not approved the app, or not known (no way to ask). */
export type UiUser = { kind: "user"; userId: string } | { kind: "not-approved" } | { kind: "unknown" };

const UNKNOWN: UiUser = { kind: "unknown" };
const needsInteraction = (cause: unknown) =>
  (cause instanceof Error && /user interaction required/i.test(cause.message)) || (cause as { errorCode?: unknown } | null)?.errorCode === "immediate_unavailable";

async function askSalesforce(host: string, sid: string, consumerKey: string | null, deps: UiUserDeps): Promise<UiUser> {
  const bySession = await userInfo(host, sid, deps.fetch).catch(() => null);
  if (bySession) return { kind: "user", userId: bySession.userId };
  if (!consumerKey) return UNKNOWN;
  try {
    const pkce = await createPkce();
    const state = randomToken(16);
    const app = { host, clientId: consumerKey, redirectUri: deps.redirectUri };
    const callback = await deps.launchWebAuthFlow({ url: authorizeUrl(app, { challenge: pkce.challenge, state, refreshToken: false, immediate: true }), interactive: false });
    if (!callback) return UNKNOWN;
    const tokens = await exchangeCode(app, codeOf(callback, state), pkce.verifier, deps.fetch);
    await revokeToken(host, tokens.access_token, deps.fetch).catch(() => undefined);
    return { kind: "user", userId: idsOf(tokens.id).userId };
  } catch (cause) {
    return needsInteraction(cause) ? { kind: "not-approved" } : UNKNOWN;
  }
}

/** Who the page session (sid) is, asked once per page session and connected user. */
export async function uiUserOf(host: string, sid: string, consumerKey: string | null, connectedUserId: string, deps: UiUserDeps): Promise<UiUser> {
  const key = `ui-user:${host}:${(await sha256(sid)).slice(0, 24)}:${connectedUserId.slice(0, 15)}`;
  const known = (await deps.session.get(key))[key] as UiUser | undefined;
  if (known?.kind === "user" || known?.kind === "not-approved") return known;
  const answer = await askSalesforce(host, sid, consumerKey, deps);
  if (answer.kind !== "unknown") await deps.session.set({ [key]: answer });
  return answer;
}
