/**
 * The Chrome side of sessions: chrome.identity for the OAuth flow, chrome.storage
 * for grants and remembered refusals, the sid cookie for the browser session.
 * Built on first use, so modules that import this stay loadable in tests.
 */
import type { Connection } from "jsforce";

import { connectionFor } from "../salesforce/connection";
import { grantStore } from "../salesforce/oauth/grant-store";
import { oauthConnectionFor } from "../salesforce/oauth/oauth-jsforce";
import type { OAuthDeps } from "../salesforce/oauth/oauth-connection";
import { uiUserOf } from "../salesforce/oauth/ui-user";
import { findSession, type SalesforceSession } from "../salesforce/session";
import { memoStorage } from "./memo-storage";
import type { SessionChoiceDeps } from "./session-choice";

let built: SessionChoiceDeps | null = null;

export function chromeSessionDeps(): SessionChoiceDeps {
  if (built) return built;
  const session = memoStorage(chrome.storage.session, "session");
  const oauth: OAuthDeps = {
    store: grantStore({ session, local: memoStorage(chrome.storage.local, "local") }),
    fetch: (url, init) => fetch(url, init),
    launchWebAuthFlow: (details) => chrome.identity.launchWebAuthFlow(details),
    redirectUri: chrome.identity.getRedirectURL(),
  };
  built = {
    cookieSession: findSession,
    oauth,
    session,
    uiUserOf: (apiHost, sid, consumerKey, connectedUserId) =>
      uiUserOf(apiHost, sid, consumerKey, connectedUserId, { fetch: oauth.fetch, launchWebAuthFlow: oauth.launchWebAuthFlow, redirectUri: oauth.redirectUri, session }),
  };
  return built;
}

/** The jsforce Connection of a session: an OAuth one refreshes its token on a 401. */
export const connectSession = (session: SalesforceSession): Connection => (session.via === "oauth" ? oauthConnectionFor(session) : connectionFor(session));
