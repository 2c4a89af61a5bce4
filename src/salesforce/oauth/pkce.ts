/**
 * PKCE for the web server flow (RFC 7636, S256): the verifier is made here and
 * never leaves the worker; Salesforce sees only its SHA-256. Made locally, not
 * fetched from the org's /services/oauth2/pkce/generator, so no one on the way
 * learns the verifier.
 */

function base64Url(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

export function randomToken(byteLength = 32): string {
  return base64Url(crypto.getRandomValues(new Uint8Array(byteLength)));
}

export async function challengeOf(verifier: string): Promise<string> {
  return base64Url(new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(verifier))));
}

export async function createPkce(): Promise<{ verifier: string; challenge: string }> {
  // 32 random bytes: a 43-character verifier, the RFC's minimum length and plenty of entropy.
  const verifier = randomToken(32);
  return { verifier, challenge: await challengeOf(verifier) };
}
