import { toAppErrorOf } from "../app-error";
import { ErrorNotice } from "./ErrorNotice";

/** A failed action (a write): the plain line says whether anything was changed, then Salesforce's message and code. */
export function ActionError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  return (
    <div className="action-error">
      <ErrorNotice error={toAppErrorOf(error)} onRetry={onRetry} write />
    </div>
  );
}
