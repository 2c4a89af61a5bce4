/**
 * Runs an aggregate query: WHERE, GROUP BY, the aggregates of each group, HAVING, ORDER BY,
 * OFFSET and LIMIT, answered as the REST API's AggregateResult rows
 * ({attributes: {type: "AggregateResult"}, <column>: value, ...}). Aggregates ignore nulls,
 * except COUNT(Id), which counts every row ("Aggregate Functions"). Sums are exact decimals.
 * SOQL compares text case-insensitively, but whether GROUP BY and COUNT_DISTINCT put
 * "Acme" and "ACME" together (and which spelling a group or MIN() shows) is not documented:
 * such a query is refused rather than answered with a guess.
 */
import { malformedQuery } from "../errors";
import type { FieldDef } from "../schema";
import { present, type Row, type Value } from "../values";
import type { AggregateCall, AggregateQuery, ColumnSource } from "./aggregate-compile";
import { STRINGISH, type ValueRef } from "./conditions";
import { applyDateFunction } from "./date-functions";
import { recordValue, resolve, scalarValue, test, type Env } from "./records";

interface Group {
  keys: Value[];
  rows: Row[];
  values: Value[];
}

const fold = (field: FieldDef, v: Value): Value => (typeof v === "string" && STRINGISH.has(field.type) ? v.toUpperCase() : v);

function groupRows(env: Env, q: AggregateQuery, rows: Row[]): Group[] {
  if (!q.grouped) return [{ keys: [], rows, values: [] }];
  const byKey = new Map<string, Group>();
  for (const row of rows) {
    const keys = q.groups.map((g) => scalarValue(env, row, g.expr));
    const id = JSON.stringify(keys.map((v, i) => [typeof v, fold(q.groups[i]!.field, v)]));
    const group = byKey.get(id);
    if (!group) {
      byKey.set(id, { keys, rows: [row], values: [] });
      continue;
    }
    const respelled = keys.findIndex((v, i) => v !== group.keys[i]);
    if (respelled >= 0) ambiguous(q.groups[respelled]!.text);
    group.rows.push(row);
  }
  return [...byKey.values()];
}

/** Sum of decimals without binary rounding drift: scaled to integers by the most decimal places seen. */
function exactSum(values: number[]): number {
  let places = 0;
  for (const v of values) {
    const text = String(v);
    if (/e/i.test(text)) return values.reduce((a, b) => a + b, 0);
    const dot = text.indexOf(".");
    if (dot >= 0) places = Math.max(places, text.length - dot - 1);
  }
  const factor = 10 ** places;
  let total = 0n;
  for (const v of values) total += BigInt(Math.round(v * factor));
  return Number(total) / factor;
}

function ambiguous(what: string): never {
  throw malformedQuery(`${what}: values that differ only in letter case make this answer depend on Salesforce's collation, which the simulator doesn't model`);
}

function aggregate(env: Env, call: AggregateCall, rows: Row[]): Value {
  const leaf = call.path.leaf;
  const values = rows.map((r) => resolve(env, r, call.path)).filter((v): v is string | number | boolean => v !== null);
  switch (call.fn) {
    case "COUNT":
      return values.length;
    case "COUNT_DISTINCT": {
      const spellings = new Map<Value, Value>();
      for (const v of values) {
        const key = fold(leaf, v);
        if (spellings.has(key) && spellings.get(key) !== v) ambiguous(call.key);
        spellings.set(key, v);
      }
      return spellings.size;
    }
    case "SUM":
      return values.length ? exactSum(values as number[]) : null;
    case "AVG":
      return values.length ? exactSum(values as number[]) / values.length : null;
    case "MIN":
    case "MAX": {
      const sign = call.fn === "MIN" ? 1 : -1;
      let best: Value = null;
      let respelled = false;
      for (const v of values) {
        const c = best === null ? -1 : sign * env.order.compare(leaf, v, best);
        if (c < 0) [best, respelled] = [v, false];
        else if (c === 0 && v !== best) respelled = true;
      }
      if (respelled) ambiguous(call.key);
      return best;
    }
  }
}

function sourceValue(q: AggregateQuery, g: Group, source: ColumnSource): Value {
  if (source.kind === "aggregate") return g.values[source.index] ?? null;
  const value = g.keys[source.index] ?? null;
  return source.apply ? applyDateFunction(source.apply, value, "date", "UTC") : value;
}

function compareGroups(env: Env, q: AggregateQuery, a: Group, b: Group): number {
  for (const o of q.orderBy) {
    const c = env.order.compareKey(o, sourceValue(q, a, o.source), sourceValue(q, b, o.source));
    if (c !== 0) return c;
  }
  // No order is promised beyond ORDER BY; the group values, ascending, keep answers deterministic.
  for (const [i, g] of q.groups.entries()) {
    const c = env.order.compareKey({ field: g.field, desc: false, nullsLast: false }, a.keys[i] ?? null, b.keys[i] ?? null);
    if (c !== 0) return c;
  }
  return 0;
}

export function runAggregate(env: Env, q: AggregateQuery, candidates: Row[]): Record<string, unknown>[] {
  const rows = q.where ? candidates.filter((r) => test(env, q.where!, recordValue(env, r))) : candidates;
  let groups = groupRows(env, q, rows);
  for (const g of groups) g.values = q.aggregates.map((call) => aggregate(env, call, g.rows));
  if (q.having) {
    const valueOf = (g: Group) => (ref: ValueRef): Value => {
      if (ref.kind === "group") return g.keys[ref.index] ?? null;
      if (ref.kind === "aggregate") return g.values[ref.index] ?? null;
      throw new Error("HAVING compares groups and aggregates only");
    };
    groups = groups.filter((g) => test(env, q.having!, valueOf(g)));
  }
  groups.sort((a, b) => compareGroups(env, q, a, b));
  if (q.offset) groups = groups.slice(q.offset);
  if (q.limit !== undefined) groups = groups.slice(0, q.limit);
  return groups.map((g) => {
    const out: Record<string, unknown> = { attributes: { type: "AggregateResult" } };
    for (const column of q.columns) {
      out[column.name] = present(column.field, sourceValue(q, g, column.source));
    }
    return out;
  });
}
