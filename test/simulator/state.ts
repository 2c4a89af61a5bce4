/**
 * Everything one simulator instance holds besides the data: sessions, API usage,
 * scripted faults, latency, the request log and open query cursors.
 */
import { randomBytes } from "node:crypto";
import { toId15 } from "../../src/domain/salesforce-id";
import type { FaultBook } from "./faults";
import type { SimClock } from "./clock";
import type { CompositeControl } from "./interleave";
import type { TieOrder } from "./soql/ties";
import type { OrgOAuth } from "./seed-types";
import type { OrgStore } from "./store";

/** An "api" session can call REST; a "ui" session (the Lightning domain's sid) only opens pages. */
export type SessionKind = "api" | "ui";

/** What an OAuth app's token carries: the app it was issued to and the scopes granted. */
export interface OAuthGrant {
  clientId: string;
  scopes: string[];
}

export interface Session {
  token: string;
  userId: string;
  kind: SessionKind;
  expired: boolean;
  issuedAt: number;
  /** Set for tokens from the token endpoint; a browser session (login form, frontdoor, sim.login) has none. */
  grant?: OAuthGrant;
}

export interface RefreshGrant extends OAuthGrant {
  userId: string;
  /** Access tokens issued with it: revoking the refresh token ends them too. */
  accessTokens: Set<string>;
}

export interface AuthCode extends OAuthGrant {
  userId: string;
  challenge: string | undefined;
  redirectUri: string;
  expiresAt: number;
  /** Codes are single use; a used one answers like an expired one. */
  used: boolean;
}

/** An "Allow access?" page waiting for the user's answer, bound to the browser session that saw it. */
export interface PendingApproval {
  sessionToken: string;
  params: Record<string, string>;
}

export interface RequestLogEntry {
  method: string;
  path: string;
  host: string;
  status: number;
  /** When the answer left (after any injected latency). */
  at: number;
  /** When the request arrived: `at - startedAt` is the org's own time plus the injected latency. */
  startedAt: number;
  /** Bytes of the request body and of the answer's body (uncompressed): what crossed the wire. */
  requestBytes: number;
  responseBytes: number;
}

export interface QueryCursor {
  records: Record<string, unknown>[];
  totalSize: number;
  batchSize: number;
}

export class Sessions {
  private byToken = new Map<string, Session>();
  readonly refreshTokens = new Map<string, RefreshGrant>();
  readonly authCodes = new Map<string, AuthCode>();
  readonly pendingApprovals = new Map<string, PendingApproval>();
  /** "userId consumerKey" of users who allowed an app: Salesforce asks once, or again with prompt=consent. */
  readonly approvals = new Set<string>();

  constructor(private readonly orgId: string) {}

  create(userId: string, kind: SessionKind, grant?: OAuthGrant): Session {
    const token = `${toId15(this.orgId)}!${kind === "api" ? "AQ" : "AR"}${randomBytes(42).toString("base64url").replace(/[-_]/g, "x")}`;
    const session: Session = { token, userId, kind, expired: false, issuedAt: Date.now() };
    if (grant) session.grant = { clientId: grant.clientId, scopes: [...grant.scopes] };
    this.byToken.set(token, session);
    return session;
  }

  valid(token: string | undefined): Session | undefined {
    const s = token ? this.byToken.get(token) : undefined;
    return s && !s.expired ? s : undefined;
  }

  expire(token: string): void {
    const s = this.byToken.get(token);
    if (s) s.expired = true;
  }

  /** Ends a live token: an access token, or a refresh token and every access token issued with it. */
  revoke(token: string): boolean {
    const refresh = this.refreshTokens.get(token);
    if (refresh) {
      this.refreshTokens.delete(token);
      for (const access of refresh.accessTokens) this.expire(access);
      return true;
    }
    const session = this.valid(token);
    if (session) session.expired = true;
    return session !== undefined;
  }

  expireAll(): void {
    for (const s of this.byToken.values()) s.expired = true;
  }
}

export interface SimState {
  store: OrgStore;
  sessions: Sessions;
  faults: FaultBook;
  apiVersion: string;
  tls: boolean;
  latencyMs: number;
  /** Added before Salesforce's own pages answer (everything outside /services/): a Lightning page takes its time. */
  pageLatencyMs: number;
  apiUsage: { used: number; max: number };
  requests: RequestLogEntry[];
  cursors: Map<string, QueryCursor>;
  cursorCounter: number;
  /** Origins on the org's CORS allowlist (empty by default, like a new org). */
  corsOrigins: string[];
  /** How REST queries order rows ORDER BY leaves tied, and how many queries ran (each scrambles ties anew). */
  ties: { order: TieOrder; executions: number };
  /** What lands between Composite subrequests, collation order, lock waits, requests in flight. */
  composite: CompositeControl;
  clock: SimClock;
  /** The org's OAuth apps and API Access Control (a copy of the seed's, changed at run time by tests). */
  oauth: OrgOAuth | undefined;
}
