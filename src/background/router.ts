/**
 * The worker's single entry for messages. It checks who is asking (only our own
 * panel page, inside a Salesforce tab, our toolbar popup, or our options page: a
 * Salesforce page, our content script in it included, may ask nothing), parses
 * the request with zod, finds the org from the tab the panel sits in (the popup's
 * from the Salesforce tab the AE is on; the options page names it), reads that
 * org's profile, chooses its session, and always answers a Result: a handler that
 * throws becomes { ok: false }, never an unanswered message.
 */
import type { Connection } from "jsforce";

import { issueLine, issueWords } from "../domain/issue-words";
import { apiHostFor } from "../domain/org-host";
import { DEFAULT_PROFILE, type OrgProfile } from "../domain/org-profile";
import { RequestSchema, type AppError, type Request, type Result } from "../messaging/contracts";
import { toAppError } from "../salesforce/salesforce-error";
import type { SalesforceSession } from "../salesforce/session";

export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { url?: string };
}

/** What a handler gets besides its request: the org it works on and that org's profile. The token stays in the worker. */
export interface HandlerContext {
  connection: Connection;
  apiHost: string;
  session: SalesforceSession;
  profile: OrgProfile;
}

/** What a setup handler gets: the org and its profile, no session (connecting makes one). */
export type SetupContext = Pick<HandlerContext, "apiHost" | "profile">;

/** Requests served without a session: they make, show or end one. */
export const SETUP_REQUESTS = ["session/status", "session/connect", "session/disconnect"] as const;
type SetupRequestType = (typeof SETUP_REQUESTS)[number];
/** What the options page may ask, naming the org it works on. */
const OPTIONS_REQUESTS: ReadonlySet<string> = new Set<Request["type"]>(["org/check", ...SETUP_REQUESTS]);

export type Handler<R extends Request = Request> = (request: R, org: HandlerContext) => Promise<unknown>;
export type SetupHandler<R extends Request = Request> = (request: R, org: SetupContext) => Promise<unknown>;
export type Handlers = { [T in Exclude<Request["type"], SetupRequestType>]: Handler<Extract<Request, { type: T }>> } & {
  [T in SetupRequestType]: SetupHandler<Extract<Request, { type: T }>>;
};

export interface RouterDeps {
  extensionId: string;
  panelUrlPrefix: string;
  /** The session to use for this org under its profile (browser session or OAuth); null when logged out. */
  findSession(apiHost: string, profile: OrgProfile): Promise<SalesforceSession | null>;
  connect(session: SalesforceSession): Connection;
  loginUrlFor(apiHost: string, returnPath: string): string;
  /** The toolbar popup's page (popup.html). It sits in no Salesforce tab, so its org comes from popupOrgHost. */
  popupUrl?: string;
  /** The org of the Salesforce tab the AE is on (or used last); null when none is open. */
  popupOrgHost?(): Promise<string | null>;
  /** The team page (tabs/team.html): like the popup, it works on the org of the Salesforce tab. */
  teamUrl?: string;
  /** The org's profile (Chrome policy, else the options page, else the defaults); throws when it is bad. */
  profileFor?(apiHost: string): Promise<OrgProfile>;
  /** The options page (options.html): it names the org of each request. */
  optionsUrl?: string;
  /** The session layer's own failures (bad profile, connect, wrong user) as AppErrors; null for the generic mapping. */
  explainError?(cause: unknown, org: { apiHost: string; session: SalesforceSession | null; profile: OrgProfile | null }): Promise<AppError | null>;
}

const reject = (error: AppError): Result<never> => ({ ok: false, error });

/**
 * What a handler works with on this org: its profile, then the session chosen
 * under it, and the connection; null when there is no session. The badge's alarm
 * uses it too, so it acts on the org exactly as a panel request would.
 */
export async function handlerContextFor(deps: Pick<RouterDeps, "findSession" | "connect" | "profileFor">, apiHost: string): Promise<HandlerContext | null> {
  const profile = deps.profileFor ? await deps.profileFor(apiHost) : DEFAULT_PROFILE;
  const session = await deps.findSession(apiHost, profile);
  if (!session) return null;
  return { connection: deps.connect(session), apiHost, session, profile };
}

const pageOf = (url: string | undefined) => url?.split(/[?#]/)[0];

export function createRouter(handlers: Handlers, deps: RouterDeps) {
  return async function route(message: unknown, sender: SenderInfo): Promise<Result<unknown>> {
    const fromPanel = sender.url?.startsWith(deps.panelUrlPrefix) ?? false;
    const page = pageOf(sender.url);
    const fromPopup = !fromPanel && page !== undefined && (page === deps.popupUrl || page === deps.teamUrl);
    const fromOptions = !fromPanel && deps.optionsUrl !== undefined && pageOf(sender.url) === deps.optionsUrl;
    if (sender.id !== deps.extensionId || !(fromPanel || fromPopup || fromOptions)) {
      return reject({ kind: "bad-request", message: "Only the Pooled Case Copilot panel, popup or options page may ask for Salesforce data." });
    }
    const parsed = RequestSchema.safeParse(message, { error: issueWords });
    const named = parsed.success && "orgHost" in parsed.data ? parsed.data.orgHost : undefined;
    if (fromOptions && !(parsed.success && OPTIONS_REQUESTS.has(parsed.data.type) && named)) {
      return reject({ kind: "bad-request", message: "The options page may only check an org or connect to it, naming its My Domain host." });
    }
    const tabUrl = fromPanel && sender.tab?.url ? safeUrl(sender.tab.url) : null;
    const popupHost = fromPopup ? ((await deps.popupOrgHost?.()) ?? null) : null;
    const apiHost = fromOptions ? (named ?? null) : tabUrl ? apiHostFor(tabUrl.hostname) : popupHost ? apiHostFor(popupHost) : null;
    if (!apiHost) {
      return reject({ kind: "bad-request", message: fromPopup ? "Open your Salesforce org in a tab: the popup works on that org." : "The panel is not inside a Salesforce tab." });
    }
    if (!parsed.success) {
      return reject({ kind: "bad-request", message: `Malformed request: ${parsed.error.issues[0] ? issueLine(parsed.error.issues[0]) : "invalid"}` });
    }
    if (named && named !== apiHost) return reject({ kind: "bad-request", message: "The panel and popup work on their tab's org only." });
    const loginUrl = deps.loginUrlFor(apiHost, tabUrl ? tabUrl.pathname + tabUrl.search : "/lightning/page/home");
    let profile: OrgProfile | null = null;
    let session: SalesforceSession | null = null;
    try {
      profile = deps.profileFor ? await deps.profileFor(apiHost) : DEFAULT_PROFILE;
      const type = parsed.data.type;
      if ((SETUP_REQUESTS as readonly string[]).includes(type)) {
        const setup = handlers[type as SetupRequestType] as SetupHandler;
        return { ok: true, data: await setup(parsed.data, { apiHost, profile }) };
      }
      session = await deps.findSession(apiHost, profile);
      if (!session) {
        return reject({ kind: "session", loginUrl, message: "You are not logged in to Salesforce in this browser. Log in to see this case." });
      }
      const org = { connection: deps.connect(session), apiHost, session, profile };
      const handler = handlers[type as Exclude<Request["type"], SetupRequestType>] as Handler;
      return { ok: true, data: await handler(parsed.data, org) };
    } catch (cause) {
      const explained = deps.explainError ? await deps.explainError(cause, { apiHost, session, profile }).catch(() => null) : null;
      return reject(explained ?? toAppError(cause, loginUrl));
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
