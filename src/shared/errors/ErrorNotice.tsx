import type { AppError } from "../../messaging/contracts";

/**
 * A session problem gets a way back in; anything Salesforce said is shown in its
 * own words (with its error code) so an admin can look it up.
 */
export function ErrorNotice({ error, onRetry }: { error: AppError; onRetry?: () => void }) {
  return (
    <div role="alert" className={`notice notice--${error.kind}`}>
      <p>{error.message}</p>
      {error.errorCode ? <p className="notice__code">Salesforce error: {error.errorCode}</p> : null}
      <div className="notice__actions">
        {error.kind === "session" && error.loginUrl ? (
          <a className="button" href={error.loginUrl} target="_top" rel="noopener">
            Log in to Salesforce
          </a>
        ) : null}
        {onRetry ? (
          <button type="button" className="button button--secondary" onClick={onRetry}>
            Try again
          </button>
        ) : null}
      </div>
    </div>
  );
}
