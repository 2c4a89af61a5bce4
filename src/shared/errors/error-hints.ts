/**
 * The plain-language line shown above Salesforce's own message. Salesforce's words
 * stay as they are (an admin searches for them); this line says what it means for
 * the AE and what to do. "Nothing was changed" is said only where it is true: an
 * answer that refused the write. A write whose answer was lost, or that failed on a
 * server error, may have been applied, and the line says that instead.
 */
import type { AppError } from "../../messaging/contracts";

/** Salesforce's ErrorId in an UNKNOWN_EXCEPTION message ("…if you contact support: 1717804919-93512 (-1371860698)"). */
export function errorIdOf(message: string): string | null {
  const match = /ErrorId if you contact support:\s*([\d-]+(?:\s*\(-?\d+\))?)/i.exec(message);
  return match ? match[1]!.trim() : null;
}

/** Refusals: Salesforce answered and said no, so nothing was written. */
const REFUSED: Record<string, string> = {
  UNABLE_TO_LOCK_ROW: "Salesforce kept the record locked (someone or some automation was saving it) after a few tries. Nothing was changed; try again in a moment.",
  FIELD_CUSTOM_VALIDATION_EXCEPTION: "A validation rule refused the change. Nothing was changed.",
  INSUFFICIENT_ACCESS_OR_READONLY: "You don't have access to change this record. Nothing was changed.",
  PRECONDITION_FAILED: "Someone changed this case since the panel loaded. Nothing was changed; the panel has been refreshed.",
};

const MAYBE_SAVED = "Salesforce did not say whether the change was saved: reload the panel to see before trying again.";

export interface HintContext {
  /** The error answered a write (claim, close, a log…), not a read. */
  write: boolean;
}

export function plainLine(error: AppError, { write }: HintContext): string | null {
  // The worker already looked after a lost answer: its message says what is true.
  if (error.lostAnswer) return null;
  const code = error.errorCode;
  if (error.kind === "session") return write ? "Nothing was changed. Log in again, then redo it: your choices are kept." : null;
  if (code === "REQUEST_LIMIT_EXCEEDED") {
    // Salesforce refuses the whole request before running any of it (REST API status 403, "API request limits").
    return `Your org has used up its Salesforce API requests for now${write ? ", so nothing was changed" : ""}. Try again later, or ask your Salesforce admin about the org's API usage.`;
  }
  if (code && REFUSED[code]) return write ? REFUSED[code]! : null;
  if (code === "UNKNOWN_EXCEPTION") {
    const errorId = errorIdOf(error.message);
    const ask = errorId ? ` If it keeps happening, give your Salesforce admin the ErrorId ${errorId}: Salesforce support can look it up.` : " If it keeps happening, tell your Salesforce admin.";
    return `Salesforce hit an unexpected error on its side.${write ? ` ${MAYBE_SAVED}` : " Try again in a moment."}${ask}`;
  }
  if (code === "SERVER_UNAVAILABLE" || code === "ERROR_HTTP_503" || code === "HTTP_503") {
    return `Salesforce is unavailable right now (maintenance, or too much load).${write ? ` ${MAYBE_SAVED}` : " Try again in a few minutes."}`;
  }
  const status = code ? /^(?:ERROR_)?HTTP_(5\d\d)$/.exec(code)?.[1] : undefined;
  if (status) {
    return `Salesforce, or a proxy between you and Salesforce, answered with a server error (HTTP ${status}) instead of a result.${write ? ` ${MAYBE_SAVED}` : " This is usually brief: try again in a minute."}`;
  }
  if (error.kind === "network") return write ? `Salesforce could not be reached. ${MAYBE_SAVED}` : "Salesforce could not be reached: check your connection, then try again.";
  return null;
}
