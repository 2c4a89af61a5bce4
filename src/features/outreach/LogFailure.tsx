/**
 * Why logging a step failed, in Salesforce's own words (the control stays as it was).
 * After a lost answer the worker looked again, and its message says what it found.
 */
import { toAppErrorOf } from "../../shared/app-error";

export function LogFailure({ what, error }: { what: "email" | "call"; error: unknown }) {
  if (!error) return null;
  const appError = toAppErrorOf(error);
  return (
    <p role="alert" className="notice">
      {appError.lostAnswer ? appError.message : `Could not log the ${what}: ${appError.message}`}
    </p>
  );
}
