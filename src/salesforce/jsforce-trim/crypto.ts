/**
 * Stands in for Node's crypto in the worker bundle (package.json "alias"). jsforce
 * needs it only for its own OAuth2 PKCE helper, which the worker never uses (it
 * borrows the browser's session, or runs its own OAuth with Web Crypto:
 * src/salesforce/oauth/pkce.ts); the browser polyfill would cost hundreds of KB.
 */
function refuse(): never {
  throw new Error("jsforce's OAuth2 PKCE helper is not part of the extension; use Web Crypto.");
}

export const createHash = refuse;
export const randomBytes = refuse;
export default { createHash, randomBytes };
