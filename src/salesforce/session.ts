/**
 * The AE is already logged in to Salesforce in this browser: the worker borrows
 * that session from the My Domain host's `sid` cookie. The token stays in the
 * worker; nothing it returns to a page or panel contains it.
 */
export interface SalesforceSession {
  instanceUrl: string;
  accessToken: string;
}

export async function findSession(apiHost: string): Promise<SalesforceSession | null> {
  const instanceUrl = `https://${apiHost}`;
  const cookie = await chrome.cookies.get({ url: instanceUrl, name: "sid" });
  return cookie?.value ? { instanceUrl, accessToken: cookie.value } : null;
}

/** Where a person logs in again, coming back to the page they were on. */
export function loginUrlFor(apiHost: string, returnPath: string): string {
  const url = new URL(`https://${apiHost}/`);
  url.searchParams.set("startURL", returnPath);
  return url.toString();
}
