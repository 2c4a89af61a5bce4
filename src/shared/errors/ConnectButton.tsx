import { useState } from "react";

import type { AppError } from "../../messaging/contracts";
import { ConnectedSchema, DisconnectedSchema } from "../../messaging/org-setup";
import { sendRequest, type Transport } from "../../messaging/send-request";
import { toAppErrorOf } from "../../shared/app-error";

/**
 * "Connect to Salesforce": the worker opens Salesforce's own approval page
 * (chrome.identity) and keeps the tokens; the panel only learns who it connected
 * as. Reconnecting ends the old connection first, so it is never left behind.
 */
export function ConnectButton({ reconnect = false, onConnected, transport }: { reconnect?: boolean; onConnected?: () => void; transport?: Transport }) {
  const [state, setState] = useState<{ busy: boolean; error: AppError | null; connectedAs: string | null }>({ busy: false, error: null, connectedAs: null });
  const connect = async () => {
    setState({ busy: true, error: null, connectedAs: null });
    try {
      if (reconnect) await sendRequest({ type: "session/disconnect" }, DisconnectedSchema, transport);
      const connected = await sendRequest({ type: "session/connect" }, ConnectedSchema, transport);
      setState({ busy: false, error: null, connectedAs: connected.user.name ?? connected.user.id });
      onConnected?.();
    } catch (error) {
      setState({ busy: false, error: toAppErrorOf(error), connectedAs: null });
    }
  };
  return (
    <>
      <button type="button" className="button" onClick={() => void connect()} disabled={state.busy} aria-busy={state.busy}>
        {state.busy ? "Connecting…" : reconnect ? "Reconnect to Salesforce" : "Connect to Salesforce"}
      </button>
      {state.connectedAs ? <p role="status">Connected as {state.connectedAs}.</p> : null}
      {state.error ? (
        <p role="status" className="warning">
          {state.error.message}
          {state.error.errorCode ? ` (${state.error.errorCode})` : ""}
        </p>
      ) : null}
    </>
  );
}
