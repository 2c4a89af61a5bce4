/**
 * The AE is already logged in to Salesforce in this browser: the worker borrows
 * that session from the My Domain host's `sid` cookie. The token stays in the
 * worker; nothing it returns to a page or panel contains it.
 */
export interface SalesforceSession {
  instanceUrl: string;
  accessToken: string;
  /** browser-session: the sid cookie (the default); oauth: the org's OAuth connection (oauth/). */
  via?: "browser-session" | "oauth";
  /** The user an OAuth connection acts as (a browser session is whoever is logged in). */
  userId?: string;
  /** OAuth only: a fresh access token after a 401, or a throw when the connection is over. */
  refresh?: () => Promise<string>;
}

/** The REST API refuses browser sessions in this org (API Access Control, app usage restrictions). */
export function isSessionRefusedByApi(cause: unknown): boolean {
  const error = (typeof cause === "object" && cause !== null ? cause : {}) as { errorCode?: unknown; message?: unknown };
  return error.errorCode === "INVALID_SESSION_ID" && typeof error.message === "string" && /not valid for use with the REST API/i.test(error.message);
}

/**
 * Sessions found, by host, until a sid cookie changes (login, logout, expiry): every
 * request needs one, and reading the cookie is a round trip to the browser.
 */
const known = new Map<string, SalesforceSession>();
let watching = false;

export async function findSession(apiHost: string): Promise<SalesforceSession | null> {
  if (!watching && globalThis.chrome?.cookies?.onChanged) {
    watching = true;
    chrome.cookies.onChanged.addListener(({ cookie }) => {
      if (cookie.name === "sid") known.clear();
    });
  }
  const cached = known.get(apiHost);
  if (cached) return cached;
  const instanceUrl = `https://${apiHost}`;
  const cookie = await chrome.cookies.get({ url: instanceUrl, name: "sid" });
  if (!cookie?.value) return null;
  const session = { instanceUrl, accessToken: cookie.value };
  known.set(apiHost, session);
  return session;
}

/** Where a person logs in again, coming back to the page they were on. */
export function loginUrlFor(apiHost: string, returnPath: string): string {
  const url = new URL(`https://${apiHost}/`);
  url.searchParams.set("startURL", returnPath);
  return url.toString();
}
