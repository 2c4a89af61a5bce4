/**
 * Runs SOQL on the store: record queries (records.ts) or aggregate queries
 * (aggregate-run.ts), compiled for the querying user (their time zone decides date
 * literals and convertTimezone()).
 */
import { isValidTimeZone } from "../../../src/domain/business-hours/zoned-time";
import type { OrgStore } from "../store";
import type { Row } from "../values";
import { runAggregate } from "./aggregate-run";
import { compileSoql } from "./compile";
import { byId, makeEnv, project, selectRows } from "./records";

export interface QueryOptions {
  includeDeleted?: boolean;
  /** The querying user: decides the time zone of date literals and convertTimezone(). */
  asUserId?: string;
  apiVersion?: string;
  /** How rows that ORDER BY leaves tied are ordered; Id order unless a test asks otherwise. */
  tieBreak?: (a: Row, b: Row) => number;
}

export interface QueryResult {
  totalSize: number;
  done: boolean;
  records: Record<string, unknown>[];
}

export function executeQuery(store: OrgStore, soql: string, options: QueryOptions = {}): QueryResult {
  const user = options.asUserId ? store.row("User", options.asUserId) : undefined;
  const timeZone = validZone(typeof user?.TimeZoneSidKey === "string" ? user.TimeZoneSidKey : "UTC");
  const query = compileSoql({ soql, schema: store.schema, nowMs: store.nowMs(), timeZone });
  const env = makeEnv(store, options.apiVersion ?? "62.0", options.includeDeleted ?? false, options.tieBreak ?? byId);
  const candidates = store.rows(query.def.name, env.includeDeleted);
  if (query.kind === "aggregate") {
    const records = runAggregate(env, query, candidates);
    return { totalSize: records.length, done: true, records };
  }
  const rows = selectRows(env, query, candidates);
  if (query.count) return { totalSize: rows.length, done: true, records: [] };
  return { totalSize: rows.length, done: true, records: rows.map((r) => project(env, query, r)) };
}

/** Whether a query answer holds AggregateResult rows, which REST can't page (no query locator for GROUP BY). */
export function isAggregateAnswer(result: QueryResult): boolean {
  return result.records.some((r) => (r.attributes as { type?: unknown } | undefined)?.type === "AggregateResult");
}

const validZone = (zone: string): string => (isValidTimeZone(zone) ? zone : "UTC");
