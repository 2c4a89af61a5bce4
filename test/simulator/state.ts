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
import type { OrgStore } from "./store";

/** An "api" session can call REST; a "ui" session (the Lightning domain's sid) only opens pages. */
export type SessionKind = "api" | "ui";

export interface Session {
  token: string;
  userId: string;
  kind: SessionKind;
  expired: boolean;
  issuedAt: number;
}

export interface RequestLogEntry {
  method: string;
  path: string;
  host: string;
  status: number;
  at: number;
}

export interface QueryCursor {
  records: Record<string, unknown>[];
  totalSize: number;
  batchSize: number;
}

export class Sessions {
  private byToken = new Map<string, Session>();
  readonly refreshTokens = new Map<string, string>();
  readonly authCodes = new Map<string, { userId: string; challenge: string | undefined; redirectUri: string; expiresAt: number }>();

  constructor(private readonly orgId: string) {}

  create(userId: string, kind: SessionKind): Session {
    const token = `${toId15(this.orgId)}!${kind === "api" ? "AQ" : "AR"}${randomBytes(42).toString("base64url").replace(/[-_]/g, "x")}`;
    const session: Session = { token, userId, kind, expired: false, issuedAt: Date.now() };
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
}
