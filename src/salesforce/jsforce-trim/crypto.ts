/**
 * Stands in for Node's crypto in the worker bundle (package.json "alias"). jsforce
 * needs it only for its own OAuth2 PKCE helper, which the worker never uses (it
 * borrows the browser's session); the browser polyfill would cost hundreds of KB.
 * Web Crypto (crypto.subtle) is what the worker's own code uses.
 */
function refuse(): never {
  throw new Error("jsforce's OAuth2 PKCE helper is not part of the extension; use Web Crypto.");
}

export const createHash = refuse;
export const randomBytes = refuse;
export default { createHash, randomBytes };
