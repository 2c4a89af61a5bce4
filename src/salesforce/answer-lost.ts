/**
 * A write whose answer never came, or came from something other than Salesforce's
 * decision: the write may or may not have been applied. Telling these apart from an
 * answer that says the write failed is what keeps the panel from saying "nothing was
 * changed" when it cannot know.
 *
 * Unknown outcome:
 *   - no answer by our deadline (AnswerLost "timeout");
 *   - no answer at all: the connection was reset or refused after the request may have
 *     left (fetch's TypeError in the worker, node-fetch's FetchError in tests);
 *   - a 5xx: a proxy's 502/504 (jsforce's ERROR_HTTP_5xx, often an HTML page), or
 *     Salesforce's own UNKNOWN_EXCEPTION / SERVER_UNAVAILABLE, which do not say which
 *     subrequests of a Composite without allOrNone ran before the failure;
 *   - an answer we could not read (zod refused its shape): it came, so the write may well
 *     have been applied.
 * Known failure: a 4xx with Salesforce's errors (a validation rule, a lock, a refused
 * session, a limit): Salesforce decided, so what it says is true.
 */
import { $ZodError } from "zod/v4/core";

import type { AppError } from "../messaging/contracts";
import { errorCodeOf } from "./salesforce-error";

export type LostReason = "timeout" | "no-answer" | "server-error" | "unreadable";

export class AnswerLost extends Error {
  constructor(
    readonly reason: LostReason,
    message: string,
  ) {
    super(message);
    this.name = "AnswerLost";
  }
}

const SERVER_CODES = new Set(["UNKNOWN_EXCEPTION", "SERVER_UNAVAILABLE"]);

/** Why a write's outcome is unknown, or null when the error is Salesforce's own answer (or ours) and says what happened. */
export function lostReasonOf(error: unknown): LostReason | null {
  if (error instanceof AnswerLost) return error.reason;
  if (error instanceof $ZodError) return "unreadable";
  const code = errorCodeOf(error);
  if (code && (/^(?:ERROR_)?HTTP_5\d\d$/.test(code) || SERVER_CODES.has(code))) return "server-error";
  const name = typeof error === "object" && error !== null ? (error as { name?: unknown }).name : undefined;
  if (error instanceof TypeError || name === "FetchError" || name === "AbortError") return "no-answer";
  return null;
}

/** The work's answer, or AnswerLost("timeout") once `ms` pass without one (the work itself is not stopped: it cannot be unsent). */
export function withDeadline<T>(work: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new AnswerLost("timeout", `Salesforce did not answer within ${Math.round(ms / 1000)} seconds.`)), ms);
    work.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

/**
 * What the worker says after a lost answer when the re-read shows the write did not
 * happen ("not-done": then "nothing was changed" is true, because we looked), or when
 * it could not look ("unknown"). The router answers its AppError as is.
 */
export class LostAnswerVerdict extends Error {
  constructor(readonly appError: AppError) {
    super(appError.message);
    this.name = "LostAnswerVerdict";
  }
}

const WHY: Record<LostReason, string> = {
  timeout: "Salesforce did not answer in time",
  "no-answer": "The connection to Salesforce broke before its answer came",
  "server-error": "Salesforce (or a proxy in between) answered with a server error instead of a result",
  unreadable: "Salesforce's answer came in a shape this extension does not understand",
};

/** The re-read showed the write was not applied: say so, and what Salesforce (or the network) said. */
export function notDone(error: unknown, what: string): LostAnswerVerdict {
  return new LostAnswerVerdict({ kind: "network", lostAnswer: "not-done", ...codeOf(error), message: `${WHY[lostReasonOf(error) ?? "no-answer"]}, so the extension looked again: ${what}` });
}

/** Neither the write's answer nor the re-read came: whether it was applied cannot be known from here. */
export function outcomeUnknown(error: unknown, what: string): LostAnswerVerdict {
  return new LostAnswerVerdict({
    kind: "network",
    lostAnswer: "unknown",
    ...codeOf(error),
    message: `${WHY[lostReasonOf(error) ?? "no-answer"]}, and the extension could not look again: it cannot tell whether ${what}. Reload the panel to see before trying again.`,
  });
}

function codeOf(error: unknown): { errorCode?: string } {
  const code = errorCodeOf(error);
  return code ? { errorCode: code } : {};
}
