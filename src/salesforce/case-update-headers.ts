/**
 * Headers for every Case update the extension makes.
 * - Sforce-Auto-Assign: FALSE, because Salesforce runs the active Case assignment
 *   rule on updates too when the header is absent, which would send a claimed case
 *   straight back to the queue.
 * - If-Unmodified-Since: the LastModifiedDate the panel showed, so a change made by
 *   someone else in the meantime answers 412 instead of being overwritten.
 */
export function caseUpdateHeaders(lastModifiedDate?: string): Record<string, string> {
  return { "Sforce-Auto-Assign": "FALSE", ...(lastModifiedDate ? ifUnmodifiedSince(lastModifiedDate) : {}) };
}

/** The precondition of a write on a record read at `lastModifiedDate`: a change since answers 412. */
export function ifUnmodifiedSince(lastModifiedDate: string): Record<string, string> {
  return { "If-Unmodified-Since": new Date(lastModifiedDate).toUTCString() };
}
