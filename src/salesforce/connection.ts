/** One jsforce Connection per org session, reused across messages while the worker lives. */
import { Connection } from "jsforce";

import type { SalesforceSession } from "./session";

export const API_VERSION = "62.0";

const connections = new Map<string, Connection>();

export function connectionFor(session: SalesforceSession): Connection {
  const key = `${session.instanceUrl} ${session.accessToken}`;
  let connection = connections.get(key);
  if (!connection) {
    // A new token for the same org replaces the old connection rather than piling up.
    for (const existing of connections.keys()) if (existing.startsWith(`${session.instanceUrl} `)) connections.delete(existing);
    connection = new Connection({ instanceUrl: session.instanceUrl, accessToken: session.accessToken, version: API_VERSION });
    connections.set(key, connection);
  }
  return connection;
}
