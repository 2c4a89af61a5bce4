/**
 * When to try a write again. Only UNABLE_TO_LOCK_ROW is retried: another
 * transaction held the row for a moment and nothing was written (our composites
 * either roll back or fail before their only write), so the same request is safe
 * to repeat. Everything else is answered at once: a limit or an outage does not
 * get better by asking again, and a validation rule never does.
 */
import { errorCodeOf } from "./salesforce-error";

const RETRYABLE_CODES: ReadonlySet<string> = new Set(["UNABLE_TO_LOCK_ROW"]);

export interface RetryPolicy {
  /** Attempts in total, the first included. */
  maxAttempts: number;
  /** Wait before the second attempt; doubled for each further one. */
  baseDelayMs: number;
  maxDelayMs: number;
}

export const LOCK_RETRY_POLICY: RetryPolicy = { maxAttempts: 4, baseDelayMs: 250, maxDelayMs: 2_000 };

function isRetryable(error: unknown): boolean {
  const code = errorCodeOf(error);
  return code !== undefined && RETRYABLE_CODES.has(code);
}

/** How long to wait after the failed attempt number `attempt` (1-based), or null to give up. */
export function retryDelay(attempt: number, error: unknown, policy: RetryPolicy = LOCK_RETRY_POLICY): number | null {
  if (!isRetryable(error) || attempt >= policy.maxAttempts) return null;
  return Math.min(policy.baseDelayMs * 2 ** (attempt - 1), policy.maxDelayMs);
}

export type Sleep = (ms: number) => Promise<void>;

const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs `attempt` until it succeeds, fails for good, or the policy gives up; throws the last error. */
export async function withRetry<T>(attempt: () => Promise<T>, sleep: Sleep = realSleep, policy: RetryPolicy = LOCK_RETRY_POLICY): Promise<T> {
  for (let n = 1; ; n++) {
    try {
      return await attempt();
    } catch (error) {
      const delay = retryDelay(n, error, policy);
      if (delay === null) throw error;
      await sleep(delay);
    }
  }
}
