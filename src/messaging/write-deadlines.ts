/**
 * How long a write may take before the product stops waiting for its answer, and
 * which requests are writes. Shared by the panel (its waiting line, its last-resort
 * deadline) and the worker (its deadline and the re-read after it).
 */
import type { RequestType } from "./contracts";

/**
 * After this long without an answer the panel says "Still waiting for Salesforce…".
 * A claim or close is one Composite that answers in well under a second on a healthy
 * org; 4 s is past any ordinary answer but early enough that the AE is not left
 * wondering whether the click registered.
 */
export const STILL_WAITING_MS = 4_000;

/**
 * The worker's deadline for a write's answer. Salesforce itself lets a REST call run
 * for 10 minutes ("API Request Limits and Allocations": the timeout for REST and SOAP
 * calls is 10 minutes) and a row lock is waited for up to about 10 s per attempt; 30 s
 * covers a slow org and one lock wait with our retries, and is as long as an AE will
 * reasonably watch a button. Past it the worker stops waiting and reads the record
 * again to say what is true (the write may still land later: the re-read says "now").
 */
export const WRITE_DEADLINE_MS = 30_000;

/** The re-read after a lost answer is one read of the record; it gets its own, shorter deadline. */
export const REREAD_DEADLINE_MS = 15_000;

/**
 * The panel's last resort when the worker itself never answers (it was stopped, or
 * its message port closed): the worker's deadline and re-read, plus a margin.
 */
export const PANEL_WRITE_DEADLINE_MS = WRITE_DEADLINE_MS + REREAD_DEADLINE_MS + 5_000;

/** Requests that change something in Salesforce: their outcome is never guessed when the answer is lost. */
export const WRITE_REQUESTS: ReadonlySet<RequestType> = new Set<RequestType>([
  "case/claim",
  "case/transfer",
  "case/close",
  "case/save-notes",
  "activity/log",
  "pooled-account/create-referral",
  "upgrade/create",
  "upgrade/close",
  "pool/take-next",
]);
