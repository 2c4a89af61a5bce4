/**
 * Who is logged in to the org's pages in this browser, to catch the classic trap
 * of extensions that mix a stored OAuth token with the browser's session: the AE
 * logs in to Salesforce as someone else, and the extension keeps acting as the
 * user it was connected as. (Extensions that key their token by host alone fall
 * into it.) Salesforce itself says who the session is:
 * 1. userinfo with the page session's sid, where the org lets that session call it;
 * 2. else an immediate authorization (no page shown): Salesforce issues a code for
 *    whoever is logged in to the browser; the token it gives is revoked at once.
 * The answer is kept per session id, so each new login is asked once.
 */
import { authorizeUrl, codeOf, exchangeCode, idsOf, revokeToken, userInfo, type FetchLike } from "./oauth-client";
import { createPkce, randomToken } from "./pkce";
import type { StorageAreaLike } from "./grant-store";

export interface UiUserDeps {
  fetch: FetchLike;
  launchWebAuthFlow(details: { url: string; interactive: boolean }): Promise<string | undefined>;
  redirectUri: string;
  /** chrome.storage.session: the answer per session id (hashed). */
  session: StorageAreaLike;
}

async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, "0")).join("").slice(0, 24);
}

async function askSalesforce(host: string, sid: string, consumerKey: string | null, deps: UiUserDeps): Promise<string | null> {
  const bySession = await userInfo(host, sid, deps.fetch).catch(() => null);
  if (bySession) return bySession.userId;
  if (!consumerKey) return null;
  try {
    const pkce = await createPkce();
    const state = randomToken(16);
    const app = { host, clientId: consumerKey, redirectUri: deps.redirectUri };
    const callback = await deps.launchWebAuthFlow({ url: authorizeUrl(app, { challenge: pkce.challenge, state, refreshToken: false, immediate: true }), interactive: false });
    if (!callback) return null;
    const tokens = await exchangeCode(app, codeOf(callback, state), pkce.verifier, deps.fetch);
    await revokeToken(host, tokens.access_token, deps.fetch).catch(() => undefined);
    return idsOf(tokens.id).userId;
  } catch {
    // Not approved yet, or logged out: who it is stays unknown, which is not a mismatch.
    return null;
  }
}

/** The id of the user the page session (sid) belongs to, or null when Salesforce will not say. */
export async function uiUserOf(host: string, sid: string, consumerKey: string | null, deps: UiUserDeps): Promise<string | null> {
  const key = `ui-user:${host}:${await sha256(sid)}`;
  const known = (await deps.session.get(key))[key];
  if (typeof known === "string") return known;
  const userId = await askSalesforce(host, sid, consumerKey, deps);
  if (userId) await deps.session.set({ [key]: userId });
  return userId;
}
