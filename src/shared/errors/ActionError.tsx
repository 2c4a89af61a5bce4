import type { AppError } from "../../messaging/contracts";
import { toAppErrorOf } from "../app-error";
import { ErrorNotice } from "./ErrorNotice";

/** What the AE should know besides Salesforce's own words, per error code. */
const HINTS: Record<string, string> = {
  REQUEST_LIMIT_EXCEEDED: "Your org has used up its Salesforce API requests for now. Nothing was changed; try again later or ask your admin.",
  UNABLE_TO_LOCK_ROW: "Salesforce kept the record locked (someone or some automation was saving it) after a few tries. Nothing was changed; try again in a moment.",
  FIELD_CUSTOM_VALIDATION_EXCEPTION: "A validation rule refused the change. Nothing was changed.",
  INSUFFICIENT_ACCESS_OR_READONLY: "You don't have access to change this record. Nothing was changed.",
  PRECONDITION_FAILED: "Someone changed this case since the panel loaded. Nothing was changed; the panel has been refreshed.",
};

function hintFor(error: AppError): string | null {
  if (error.kind === "session") return "Nothing was changed. Log in again, then redo it: your choices are kept.";
  if (error.errorCode && HINTS[error.errorCode]) return HINTS[error.errorCode]!;
  if (error.errorCode && /^(?:ERROR_)?HTTP_5\d\d$|^SERVER_UNAVAILABLE$/.test(error.errorCode)) return "Salesforce is having trouble right now. Nothing was changed; try again in a few minutes.";
  if (error.kind === "network") return "Nothing was changed.";
  return null;
}

/** A failed action: a plain hint first, then Salesforce's message and code (and the way back in, for a session). */
export function ActionError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const appError = toAppErrorOf(error);
  const hint = hintFor(appError);
  return (
    <div className="action-error">
      {hint ? <p className="warning">{hint}</p> : null}
      <ErrorNotice error={appError} onRetry={onRetry} />
    </div>
  );
}
