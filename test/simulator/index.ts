/**
 * Salesforce org simulator: REST API (query, sObject rows, describe, composite,
 * limits), OAuth and frontdoor sessions, and Lightning / Classic pages, on one port.
 */
import type { AddressInfo } from "node:net";
import { simulatorCertificate } from "./certificate";
import { FaultBook, matches, type FailureRule, type RequestFilter } from "./faults";
import { configureApp, testSession, type OAuthAppChanges } from "./oauth";
import type { OAuthApp, OrgSeed } from "./seed-types";
import { startServer } from "./server";
import { Sessions, type RequestLogEntry, type SimState } from "./state";
import { OrgStore } from "./store";

export type { FailureRule } from "./faults";
export type { OAuthAppChanges } from "./oauth";
export type { OAuthApp } from "./seed-types";
export type { OrgStore } from "./store";
export type { RequestLogEntry } from "./state";

export interface SimulatorOptions {
  seed: OrgSeed;
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
  fail(rule: FailureRule): void;
  clearFailures(): void;
  requests: RequestLogEntry[];
  countRequests(filter?: RequestFilter): number;
  resetRequests(): void;
  /** DailyApiRequests used / max; tests can set `used` to exhaust the limit. */
  apiUsage: { used: number; max: number };
  close(): Promise<void>;
}

export async function createSimulator(opts: SimulatorOptions): Promise<Simulator> {
  const tls = opts.tls ?? true;
  const store = new OrgStore(opts.seed, opts.now ?? (() => new Date()));
  const state: SimState = {
    store,
    sessions: new Sessions(store.orgId),
    faults: new FaultBook(),
    apiVersion: opts.apiVersion ?? "62.0",
    tls,
    latencyMs: 0,
    apiUsage: { used: 0, max: opts.dailyApiLimit ?? 100_000 },
    requests: [],
    cursors: new Map(),
    cursorCounter: 0,
    corsOrigins: opts.corsOrigins ?? [],
    oauth: opts.seed.oauth ? structuredClone(opts.seed.oauth) : undefined,
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
    fail: (rule) => state.faults.add(rule),
    clearFailures: () => state.faults.clear(),
    requests: state.requests,
    countRequests,
    resetRequests,
    apiUsage: state.apiUsage,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
