/**
 * Turns whatever jsforce throws into the panel's AppError. Salesforce's own
 * message is kept verbatim: it is what an admin will search for.
 */
import { $ZodError } from "zod/v4/core";

import type { AppError } from "../messaging/contracts";

const SESSION_CODES = new Set(["INVALID_SESSION_ID", "INVALID_AUTH_HEADER"]);

interface ErrorLike {
  name?: unknown;
  errorCode?: unknown;
  message?: unknown;
}

/** Salesforce's error code of whatever was thrown: its errorCode, else a name that looks like one (UNABLE_TO_LOCK_ROW). */
export function errorCodeOf(cause: unknown): string | undefined {
  const error = (typeof cause === "object" && cause !== null ? cause : {}) as ErrorLike;
  return typeof error.errorCode === "string" ? error.errorCode : typeof error.name === "string" && /^[A-Z_]+$/.test(error.name) ? error.name : undefined;
}

export function toAppError(cause: unknown, loginUrl: string): AppError {
  // A lost answer's verdict (answer-lost.ts) is already worded for the AE.
  if (cause instanceof Error && cause.name === "LostAnswerVerdict" && "appError" in cause) return (cause as { appError: AppError }).appError;
  const error = (typeof cause === "object" && cause !== null ? cause : {}) as ErrorLike;
  const errorCode = errorCodeOf(cause);
  const message = typeof error.message === "string" && error.message ? error.message : String(cause);

  if (cause instanceof $ZodError) {
    // Not "nothing was changed": an answer came, so a write may have been applied (the worker re-reads after one: lost-answers.ts).
    return { kind: "internal", message: "Salesforce answered in a shape this extension does not understand." };
  }
  if (errorCode && SESSION_CODES.has(errorCode)) {
    return { kind: "session", errorCode, loginUrl, message: "Your Salesforce session has expired. Log in again to keep working this case." };
  }
  if (errorCode === "NOT_FOUND") return { kind: "not-found", errorCode, message };
  if (errorCode) return { kind: "salesforce", errorCode, message };
  // fetch's TypeError in the worker; node-fetch's FetchError where the worker runs in Node (tests).
  if (cause instanceof TypeError || (cause instanceof Error && (cause.name === "FetchError" || cause.name === "AnswerLost"))) {
    return { kind: "network", message: `Salesforce could not be reached (${message}).` };
  }
  return { kind: "internal", message };
}
