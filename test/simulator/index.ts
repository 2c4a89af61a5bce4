/**
 * Salesforce org simulator: REST API (query, sObject rows, describe, composite,
 * limits), OAuth and frontdoor sessions, and Lightning / Classic pages, on one port.
 */
import type { AddressInfo } from "node:net";
import { simulatorCertificate } from "./certificate";
import { SimClock } from "./clock";
import { FaultBook, matches, type FailureRule, type RequestFilter } from "./faults";
import { CompositeControl } from "./interleave";
import { configureApp, testSession, type OAuthAppChanges } from "./oauth";
import type { OAuthApp, OrgSeed } from "./seed-types";
import { namedSeed, type SeedName } from "./seeds/named";
import { startServer } from "./server";
import type { TieOrder } from "./soql/ties";
import { Sessions, type RequestLogEntry, type SimState } from "./state";
import { OrgStore } from "./store";

export type { SimClock } from "./clock";
export type { FailureRule } from "./faults";
export type { BetweenHook, BetweenOptions, CompositeControl, CompositeMatch, ScriptedWrite } from "./interleave";
export type { OAuthAppChanges } from "./oauth";
export type { OAuthApp } from "./seed-types";
export type { OrgStore } from "./store";
export type { RequestLogEntry } from "./state";

export interface SimulatorOptions {
  /** The org: a seed, or a seed's name ("demo", "empty", "tiny", "acme") built at `now`. */
  seed: OrgSeed | SeedName;
  /** HTTPS with a self-signed certificate (default true). */
  tls?: boolean;
  /** 0 or absent = a free port. */
  port?: number;
  /** Version the simulator advertises to its own helpers; every vXX.X from 20.0 to 66.0 is served. */
  apiVersion?: string;
  now?: () => Date;
  /** DailyApiRequests Max (default 100000). */
  dailyApiLimit?: number;
  /** Origins on the simulated org's CORS allowlist (default none). */
  corsOrigins?: string[];
  /** Interface to listen on (default 127.0.0.1). */
  host?: string;
}

export interface Simulator {
  url: string;
  port: number;
  store: OrgStore;
  /**
   * A session token for the user, as after a login: a browser session, or with `clientId`
   * a token of that OAuth app (the one kind the REST API takes under API Access Control).
   */
  login(username: string, opts?: { clientId?: string }): string;
  /** The org's OAuth apps (copies); empty when the seed declares none. */
  oauthApps(): OAuthApp[];
  /** Changes an app's callback URLs or policies at run time; returns the app as it now is. */
  configureOAuthApp(changes: OAuthAppChanges): OAuthApp;
  expireSession(token: string): void;
  expireAllSessions(): void;
  setLatency(ms: number): void;
  /** The time Salesforce's pages (not the API) take to answer, as a Lightning page does. */
  setPageLatency(ms: number): void;
  fail(rule: FailureRule): void;
  clearFailures(): void;
  requests: RequestLogEntry[];
  countRequests(filter?: RequestFilter): number;
  resetRequests(): void;
  /** DailyApiRequests used / max; tests can set `used` to exhaust the limit. */
  apiUsage: { used: number; max: number };
  /** How REST queries order rows that ORDER BY leaves tied: by Id (default) or differently on every query. */
  setTieOrder(order: TieOrder): void;
  /** What lands between Composite subrequests: between() hooks, yield mode, reversed collation, lock wait (interleave.ts). */
  composite: CompositeControl;
  /** The org's clock: freeze it to make writes land in the same second as a version a client read. */
  clock: SimClock;
  close(): Promise<void>;
}

export async function createSimulator(opts: SimulatorOptions): Promise<Simulator> {
  const tls = opts.tls ?? true;
  const now = opts.now ?? (() => new Date());
  const seed = typeof opts.seed === "string" ? namedSeed(opts.seed, now()) : opts.seed;
  const clock = new SimClock(now);
  const store = new OrgStore(seed, () => clock.now());
  const state: SimState = {
    store,
    sessions: new Sessions(store.orgId),
    faults: new FaultBook(),
    apiVersion: opts.apiVersion ?? "62.0",
    tls,
    latencyMs: 0,
    pageLatencyMs: 0,
    apiUsage: { used: 0, max: opts.dailyApiLimit ?? 100_000 },
    requests: [],
    cursors: new Map(),
    cursorCounter: 0,
    corsOrigins: opts.corsOrigins ?? [],
    ties: { order: "id", executions: 0 },
    composite: new CompositeControl(),
    clock,
    oauth: seed.oauth ? structuredClone(seed.oauth) : undefined,
  };

  const login = (username: string, loginOpts: { clientId?: string } = {}): string => testSession(state, username, loginOpts.clientId).token;
  const countRequests = (filter: RequestFilter = {}) => state.requests.filter((r) => matches(filter, r.method, r.path)).length;
  const resetRequests = () => {
    state.requests.length = 0;
  };

  const server = startServer(state, { login, countRequests, resetRequests }, tls ? simulatorCertificate() : undefined);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port ?? 0, opts.host ?? "127.0.0.1", () => resolve());
  });
  const port = (server.address() as AddressInfo).port;

  return {
    url: `${tls ? "https" : "http"}://127.0.0.1:${port}`,
    port,
    store,
    login,
    oauthApps: () => structuredClone(state.oauth?.apps ?? []),
    configureOAuthApp: (changes) => configureApp(state, changes),
    expireSession: (token) => state.sessions.expire(token),
    expireAllSessions: () => state.sessions.expireAll(),
    setLatency: (ms) => {
      state.latencyMs = Math.max(0, ms);
    },
    setPageLatency: (ms) => {
      state.pageLatencyMs = Math.max(0, ms);
    },
    fail: (rule) => state.faults.add(rule),
    clearFailures: () => state.faults.clear(),
    requests: state.requests,
    countRequests,
    resetRequests,
    apiUsage: state.apiUsage,
    setTieOrder: (order) => {
      state.ties.order = order;
    },
    composite: state.composite,
    clock,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
