/** Why logging a step failed, in Salesforce's own words (nothing was logged; the control stays as it was). */
import { toAppErrorOf } from "../../shared/app-error";

export function LogFailure({ what, error }: { what: "email" | "call"; error: unknown }) {
  if (!error) return null;
  return (
    <p role="alert" className="notice">
      Could not log the {what}: {toAppErrorOf(error).message}
    </p>
  );
}
