/**
 * The worker's single entry for messages. It checks who is asking (only our own
 * panel page, inside a Salesforce tab), parses the request with zod, finds the
 * org from the tab the panel sits in, and always answers a Result: a handler
 * that throws becomes { ok: false }, never an unanswered message.
 */
import type { Connection } from "jsforce";

import { apiHostFor } from "../domain/org-host";
import { RequestSchema, type AppError, type Request, type Result } from "../messaging/contracts";
import { toAppError } from "../salesforce/salesforce-error";
import type { SalesforceSession } from "../salesforce/session";

export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { url?: string };
}

/** What a handler gets besides its request: the org it works on. The token stays in the worker. */
export interface OrgContext {
  connection: Connection;
  apiHost: string;
  session: SalesforceSession;
}

export type Handler<R extends Request = Request> = (request: R, org: OrgContext) => Promise<unknown>;

export type Handlers = { [T in Request["type"]]: Handler<Extract<Request, { type: T }>> };

export interface RouterDeps {
  extensionId: string;
  panelUrlPrefix: string;
  findSession(apiHost: string): Promise<SalesforceSession | null>;
  connect(session: SalesforceSession): Connection;
  loginUrlFor(apiHost: string, returnPath: string): string;
}

const reject = (error: AppError): Result<never> => ({ ok: false, error });

export function createRouter(handlers: Handlers, deps: RouterDeps) {
  return async function route(message: unknown, sender: SenderInfo): Promise<Result<unknown>> {
    if (sender.id !== deps.extensionId || !sender.url?.startsWith(deps.panelUrlPrefix)) {
      return reject({ kind: "bad-request", message: "Only the Pooled Case Copilot panel may ask for Salesforce data." });
    }
    const tabUrl = sender.tab?.url ? safeUrl(sender.tab.url) : null;
    const apiHost = tabUrl ? apiHostFor(tabUrl.hostname) : null;
    if (!tabUrl || !apiHost) {
      return reject({ kind: "bad-request", message: "The panel is not inside a Salesforce tab." });
    }
    const parsed = RequestSchema.safeParse(message);
    if (!parsed.success) {
      return reject({ kind: "bad-request", message: `Malformed request: ${parsed.error.issues[0]?.message ?? "invalid"}` });
    }

    const loginUrl = deps.loginUrlFor(apiHost, tabUrl.pathname + tabUrl.search);
    try {
      const session = await deps.findSession(apiHost);
      if (!session) {
        return reject({ kind: "session", loginUrl, message: "You are not logged in to Salesforce in this browser. Log in to see this case." });
      }
      const org = { connection: deps.connect(session), apiHost, session };
      const handler = handlers[parsed.data.type] as Handler;
      return { ok: true, data: await handler(parsed.data, org) };
    } catch (cause) {
      return reject(toAppError(cause, loginUrl));
    }
  };
}

function safeUrl(href: string): URL | null {
  try {
    return new URL(href);
  } catch {
    return null;
  }
}
