import type { Transport } from "../../messaging/send-request";
import { toAppErrorOf } from "../../shared/app-error";
import { ErrorNotice } from "../../shared/errors/ErrorNotice";
import { useConnection, useOrgCheck, useSessionStatus } from "./use-options";

/** How the extension reaches this org, and the OAuth connection where the org needs one. */
export function ConnectionPanel({ orgHost, transport }: { orgHost: string; transport?: Transport }) {
  const status = useSessionStatus(orgHost, transport);
  const { connect, disconnect } = useConnection(orgHost, transport);
  // The check (same query as the list below, no second request) may learn of the refusal after the status was read.
  const check = useOrgCheck(orgHost, transport);
  const checkRefused = check.data?.check.items.some((item) => item.id === "api" && item.status !== "found") ?? false;
  if (status.isPending) return null;
  if (status.isError) return <ErrorNotice error={toAppErrorOf(status.error)} transport={transport} />;
  const { via, user, canConnect, callbackUrl } = status.data;
  const apiRefused = status.data.apiRefused || checkRefused;
  return (
    <section aria-labelledby="connection-title">
      <h2 id="connection-title">Connection</h2>
      <p>
        {via === "oauth"
          ? `Connected with OAuth as ${user?.name ?? user?.id}.`
          : via === "browser-session"
            ? apiRefused
              ? "Salesforce refuses this browser's session on its API in this org: connect with OAuth."
              : "Uses the session you are logged in with in this browser."
            : "Not logged in to this org in this browser."}
      </p>
      <p className="muted">
        Callback URL for the org's External Client App: <code>{callbackUrl}</code>
      </p>
      <div className="actions">
        {canConnect ? (
          <button type="button" className="button" onClick={() => connect.mutate()} disabled={connect.isPending}>
            {via === "oauth" ? "Reconnect" : "Connect to Salesforce"}
          </button>
        ) : (
          <p className="muted">Set connection.consumerKey in the profile to connect with OAuth.</p>
        )}
        {via === "oauth" ? (
          <button type="button" className="button button--secondary" onClick={() => disconnect.mutate()} disabled={disconnect.isPending}>
            Disconnect
          </button>
        ) : null}
      </div>
      {connect.isError ? <ErrorNotice error={toAppErrorOf(connect.error)} transport={transport} /> : null}
    </section>
  );
}
