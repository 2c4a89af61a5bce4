import type { AppError } from "../../messaging/contracts";
import type { Transport } from "../../messaging/send-request";
import { ConnectButton } from "./ConnectButton";
import { errorIdOf, plainLine } from "./error-hints";
import { ProfileProblems } from "./ProfileProblems";

/**
 * A session problem gets a way back in (log in, connect, reconnect as the right
 * user); a bad profile lists what is wrong and where to fix it; anything
 * Salesforce said is shown in its own words (with its error code, and the ErrorId of
 * an unexpected error) so an admin can look it up, under a plain line that says
 * what it means (error-hints.ts). `write`: the error answered a change, not a read.
 */
export function ErrorNotice({ error, onRetry, transport, write = false }: { error: AppError; onRetry?: () => void; transport?: Transport; write?: boolean }) {
  const connectable = (error.kind === "connect" || error.kind === "wrong-user") && error.canConnect;
  const plain = plainLine(error, { write });
  const errorId = errorIdOf(error.message);
  return (
    <div role="alert" className={`notice notice--${error.kind}`}>
      {plain ? <p className="warning">{plain}</p> : null}
      <p>{error.message}</p>
      {error.kind === "profile" ? <ProfileProblems error={error} /> : null}
      {error.errorCode ? <p className="notice__code">Salesforce error: {error.errorCode}</p> : null}
      {errorId ? <p className="notice__code">ErrorId: {errorId}</p> : null}
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
