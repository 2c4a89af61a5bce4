/**
 * The jsforce Connection of an OAuth session: a 401 on its token refreshes once
 * (through the session's refresh, which keeps the new token) and retries the
 * request; a second refusal ends in "Connect to Salesforce". One Connection per
 * org and user while the worker lives.
 */
import { Connection } from "jsforce";

import { API_VERSION } from "../connection";
import type { SalesforceSession } from "../session";

const connections = new Map<string, Connection>();
/** The latest session's refresh per connection: it carries the profile of the latest message. */
const refreshers = new Map<string, SalesforceSession["refresh"]>();

export function oauthConnectionFor(session: SalesforceSession): Connection {
  const key = `${session.instanceUrl} ${session.userId ?? ""}`;
  refreshers.set(key, session.refresh);
  let connection = connections.get(key);
  if (!connection) {
    for (const existing of connections.keys()) if (existing.startsWith(`${session.instanceUrl} `)) connections.delete(existing);
    connection = new Connection({
      instanceUrl: session.instanceUrl,
      accessToken: session.accessToken,
      version: API_VERSION,
      refreshFn: (_conn, callback) => {
        const refresh = refreshers.get(key) ?? (() => Promise.reject(new Error("this session cannot be refreshed")));
        refresh().then(
          (accessToken) => callback(null, accessToken),
          (error: Error) => callback(error),
        );
      },
    });
    connections.set(key, connection);
  } else if (connection.accessToken !== session.accessToken) {
    // Refreshed elsewhere (another message, a restarted worker): use the newest token.
    connection.accessToken = session.accessToken;
  }
  return connection;
}
