/**
 * The worker's single entry for messages. It checks who is asking (our own panel
 * page inside a Salesforce tab, our toolbar popup, or our content script on a
 * Salesforce page, which may only ask for a prefetch), parses the request with
 * zod, finds the org from the tab the panel sits in (the popup's from the
 * Salesforce tab the AE is on), and always answers a Result: a handler that throws
 * becomes { ok: false }, never an unanswered message.
 */
import type { Connection } from "jsforce";

import { apiHostFor } from "../domain/org-host";
import { DEFAULT_PROFILE, type OrgProfile } from "../domain/org-profile";
import { PAGE_REQUEST_TYPES, RequestSchema, type AppError, type Request, type Result } from "../messaging/contracts";
import { toAppError } from "../salesforce/salesforce-error";
import type { SalesforceSession } from "../salesforce/session";

export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { url?: string };
  /** 0 for a tab's top frame (where our content scripts run). */
  frameId?: number;
}

/** What a handler gets besides its request: the org it works on and that org's profile. The token stays in the worker. */
export interface HandlerContext {
  connection: Connection;
  apiHost: string;
  session: SalesforceSession;
  profile: OrgProfile;
}

export type Handler<R extends Request = Request> = (request: R, org: HandlerContext) => Promise<unknown>;

export type Handlers = { [T in Request["type"]]: Handler<Extract<Request, { type: T }>> };

export interface RouterDeps {
  extensionId: string;
  panelUrlPrefix: string;
  findSession(apiHost: string): Promise<SalesforceSession | null>;
  connect(session: SalesforceSession): Connection;
  loginUrlFor(apiHost: string, returnPath: string): string;
  /** The toolbar popup's page (popup.html). It sits in no Salesforce tab, so its org comes from popupOrgHost. */
  popupUrl?: string;
  /** The org of the Salesforce tab the AE is on (or used last); null when none is open. */
  popupOrgHost?(): Promise<string | null>;
  /** The org's profile (Chrome policy, else the options page, else the defaults). */
  profileFor?(apiHost: string): Promise<OrgProfile>;
}

const reject = (error: AppError): Result<never> => ({ ok: false, error });

/**
 * What a handler works with on this org: its session and connection, and its
 * profile; null when there is no session. The badge's alarm uses it too, so it
 * acts on the org exactly as a panel request would.
 */
export async function handlerContextFor(deps: Pick<RouterDeps, "findSession" | "connect" | "profileFor">, apiHost: string): Promise<HandlerContext | null> {
  const session = await deps.findSession(apiHost);
  if (!session) return null;
  const profile = deps.profileFor ? await deps.profileFor(apiHost) : DEFAULT_PROFILE;
  return { connection: deps.connect(session), apiHost, session, profile };
}

export function createRouter(handlers: Handlers, deps: RouterDeps) {
  return async function route(message: unknown, sender: SenderInfo): Promise<Result<unknown>> {
    const fromPanel = sender.url?.startsWith(deps.panelUrlPrefix) ?? false;
    const fromPopup = !fromPanel && deps.popupUrl !== undefined && sender.url?.split(/[?#]/)[0] === deps.popupUrl;
    // Our content script, in the top frame of a Salesforce tab: it may only start a prefetch, whose answer it never sees.
    const fromPage = !fromPanel && !fromPopup && sender.frameId === 0 && isSalesforcePage(sender.url) && isSalesforcePage(sender.tab?.url);
    const pageRequest = typeof (message as { type?: unknown } | null)?.type === "string" && PAGE_REQUEST_TYPES.has((message as { type: string }).type);
    if (sender.id !== deps.extensionId || !(fromPanel || fromPopup || (fromPage && pageRequest))) {
      return reject({ kind: "bad-request", message: "Only the Pooled Case Copilot panel or popup may ask for Salesforce data." });
    }
    const tabUrl = (fromPanel || fromPage) && sender.tab?.url ? safeUrl(sender.tab.url) : null;
    const popupHost = fromPopup ? ((await deps.popupOrgHost?.()) ?? null) : null;
    const apiHost = tabUrl ? apiHostFor(tabUrl.hostname) : popupHost ? apiHostFor(popupHost) : null;
    if (!apiHost) {
      return reject({ kind: "bad-request", message: fromPopup ? "Open your Salesforce org in a tab: the popup works on that org." : "The panel is not inside a Salesforce tab." });
    }
    const parsed = RequestSchema.safeParse(message);
    if (!parsed.success) {
      return reject({ kind: "bad-request", message: `Malformed request: ${parsed.error.issues[0]?.message ?? "invalid"}` });
    }

    const loginUrl = deps.loginUrlFor(apiHost, tabUrl ? tabUrl.pathname + tabUrl.search : "/lightning/page/home");
    try {
      const org = await handlerContextFor(deps, apiHost);
      if (!org) {
        return reject({ kind: "session", loginUrl, message: "You are not logged in to Salesforce in this browser. Log in to see this case." });
      }
      const handler = handlers[parsed.data.type] as Handler;
      return { ok: true, data: await handler(parsed.data, org) };
    } catch (cause) {
      return reject(toAppError(cause, loginUrl));
    }
  };
}

function isSalesforcePage(href: string | undefined): boolean {
  const url = href ? safeUrl(href) : null;
  return url?.protocol === "https:" && apiHostFor(url.hostname) !== null;
}

function safeUrl(href: string): URL | null {
  try {
    return new URL(href);
  } catch {
    return null;
  }
}
