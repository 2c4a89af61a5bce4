import type { AppError } from "../../messaging/contracts";
import type { Transport } from "../../messaging/send-request";
import { ConnectButton } from "./ConnectButton";
import { ProfileProblems } from "./ProfileProblems";

/**
 * A session problem gets a way back in (log in, connect, reconnect as the right
 * user); a bad profile lists what is wrong and where to fix it; anything
 * Salesforce said is shown in its own words (with its error code) so an admin can
 * look it up.
 */
export function ErrorNotice({ error, onRetry, transport }: { error: AppError; onRetry?: () => void; transport?: Transport }) {
  const connectable = (error.kind === "connect" || error.kind === "wrong-user") && error.canConnect;
  return (
    <div role="alert" className={`notice notice--${error.kind}`}>
      <p>{error.message}</p>
      {error.kind === "profile" ? <ProfileProblems error={error} /> : null}
      {error.errorCode ? <p className="notice__code">Salesforce error: {error.errorCode}</p> : null}
      <div className="notice__actions">
        {error.kind === "session" && error.loginUrl ? (
          <a className="button" href={error.loginUrl} target="_top" rel="noopener">
            Log in to Salesforce
          </a>
        ) : null}
        {connectable ? <ConnectButton reconnect={error.kind === "wrong-user"} onConnected={onRetry} transport={transport} /> : null}
        {(error.kind === "profile" && error.fixAt === "options") || (error.kind === "connect" && !error.canConnect) ? <OptionsLink /> : null}
        {onRetry && !connectable ? (
          <button type="button" className="button button--secondary" onClick={onRetry}>
            Try again
          </button>
        ) : null}
      </div>
    </div>
  );
}

function OptionsLink() {
  return (
    <button type="button" className="button button--secondary" onClick={() => void globalThis.chrome?.runtime?.openOptionsPage?.()}>
      Open the extension's options
    </button>
  );
}
