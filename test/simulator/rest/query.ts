/**
 * query / queryAll with Salesforce's paging: totalSize counts every row, records holds
 * one batch, and nextRecordsUrl (".../query/01g...-2000") fetches the next batch.
 * Sforce-Query-Options: batchSize=N is honoured within the documented 200..2000
 * (default 2000). Batches are counted in parent rows; child rows don't shrink them.
 * Aggregate answers have no query locator: more rows than one batch is EXCEEDED_ID_LIMIT.
 */
import { makeId } from "../seed-types";
import type { SimState } from "../state";
import { SfError } from "../errors";
import { isAggregateAnswer } from "../soql/evaluate";
import { tieBreaker } from "../soql/ties";
import type { ApiRequest, ApiResult } from "./types";

const DEFAULT_BATCH = 2000;

function batchSize(req: ApiRequest): number {
  const m = /batchSize\s*=\s*(\d+)/i.exec(req.headers["sforce-query-options"] ?? "");
  if (!m) return DEFAULT_BATCH;
  return Math.min(2000, Math.max(200, Number(m[1])));
}

export function runQuery(state: SimState, req: ApiRequest, all: boolean): ApiResult {
  const soql = req.query.get("q");
  if (!soql) throw new SfError(400, "MALFORMED_QUERY", "A query string has to be specified");
  const result = state.store.query(soql, { includeDeleted: all, asUserId: req.userId, apiVersion: req.version, tieBreak: tieBreaker(state.ties.order, ++state.ties.executions) });
  const batch = batchSize(req);
  // "In REST API, queries that include a GROUP BY clause can't use the query locator to get more results."
  if (isAggregateAnswer(result) && result.records.length > batch) {
    throw new SfError(400, "EXCEEDED_ID_LIMIT", "Aggregate query does not support queryMore(), use LIMIT to restrict the results to a single batch");
  }
  return page(state, req.version, result.records, result.totalSize, 0, batch, all);
}

export function nextPage(state: SimState, req: ApiRequest, locatorAndOffset: string, all: boolean): ApiResult {
  const m = /^(01g[A-Za-z0-9]{12,15})-(\d+)$/.exec(locatorAndOffset);
  const cursor = m ? state.cursors.get(m[1]!) : undefined;
  if (!m || !cursor) throw new SfError(400, "INVALID_QUERY_LOCATOR", "invalid query locator");
  return page(state, req.version, cursor.records, cursor.totalSize, Number(m[2]), cursor.batchSize, all, m[1]);
}

function page(state: SimState, version: string, records: Record<string, unknown>[], totalSize: number, start: number, batch: number, all: boolean, locator?: string): ApiResult {
  const slice = records.slice(start, start + batch);
  const done = start + batch >= records.length;
  const body: Record<string, unknown> = { totalSize, done };
  if (!done) {
    let id = locator;
    if (!id) {
      id = makeId("01g", ++state.cursorCounter);
      state.cursors.set(id, { records, totalSize, batchSize: batch });
    }
    body.nextRecordsUrl = `/services/data/v${version}/${all ? "queryAll" : "query"}/${id}-${start + batch}`;
  }
  body.records = slice;
  return { status: 200, body };
}
