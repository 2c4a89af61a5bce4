/**
 * Evaluates record queries on the store and shapes rows the way the REST API does:
 * attributes first, fields in SELECT order, parent relationships as nested objects (null
 * when the lookup is empty), child relationships as {totalSize, done, records} or null when
 * there are no child rows. The filter machinery is shared with aggregate queries.
 */
import type { OrgStore } from "../store";
import { present, type Row, type Value } from "../values";
import type { CompiledQuery, OrderItem } from "./compile";
import type { Cond, Expr, ValueRef } from "./conditions";
import { applyDateFunction } from "./date-functions";
import { compareText, ValueOrder } from "./order";
import type { FieldPath, ScalarExpr } from "./resolve";

export interface Env {
  store: OrgStore;
  version: string;
  includeDeleted: boolean;
  semiCache: Map<Cond, Set<string>>;
  order: ValueOrder;
  /** Breaks ties left by ORDER BY; Salesforce promises no order for them. */
  tieBreak: (a: Row, b: Row) => number;
}

export function makeEnv(store: OrgStore, version: string, includeDeleted: boolean, tieBreak: Env["tieBreak"]): Env {
  const order = new ValueOrder((field) => store.picklistValues(field).map((p) => p.value));
  return { store, version, includeDeleted, semiCache: new Map(), order, tieBreak };
}

/** Id order: deterministic, and what a test without a tie-order mode expects. */
export const byId = (a: Row, b: Row): number => (String(a.Id) < String(b.Id) ? -1 : String(a.Id) > String(b.Id) ? 1 : 0);

export function resolve(env: Pick<Env, "store">, row: Row, path: FieldPath): Value {
  let current: Row | undefined = row;
  let type = "";
  for (const step of path.steps) {
    const id = current?.[step.field.name];
    if (typeof id !== "string") return null;
    const found = env.store.rowById(id);
    if (!found) return null;
    current = found.row;
    type = found.type;
  }
  if (!current) return null;
  return path.nameEntity ? nameEntityValue(type, current, path.leaf.name) : (current[path.leaf.name] ?? null);
}

/** The value of a field or of a date function of a field, for one record. */
export function scalarValue(env: Pick<Env, "store">, row: Row, expr: ScalarExpr): Value {
  const value = resolve(env, row, expr.path);
  if (expr.kind === "field") return value;
  return applyDateFunction(expr.fn, value, expr.path.leaf.type === "date" ? "date" : "datetime", expr.timeZone);
}

/** The polymorphic "Name" entity: Name of a Case is its CaseNumber, Type of a queue is "Queue". */
function nameEntityValue(type: string, row: Row, field: string): Value {
  if (field === "Type") return type === "Group" ? String(row.Type ?? "Queue") : type;
  if (field === "Name") return (type === "Case" ? row.CaseNumber : (row.Name ?? row.MasterLabel ?? row.Subject)) ?? null;
  return row[field] ?? null;
}

/** Whether a condition tree holds; `valueOf` gives what each comparison compares (a record's field, a group's aggregate...). */
export function test(env: Env, e: Expr, valueOf: (ref: ValueRef) => Value): boolean {
  switch (e.kind) {
    case "and":
      return e.items.every((x) => test(env, x, valueOf));
    case "or":
      return e.items.some((x) => test(env, x, valueOf));
    case "not":
      return !test(env, e.item, valueOf);
    case "cond":
      return testCond(env, e.cond, valueOf(e.cond.ref));
  }
}

/** A record's value for a WHERE comparison. */
export function recordValue(env: Env, row: Row): (ref: ValueRef) => Value {
  return (ref) => {
    if (ref.kind === "group" || ref.kind === "aggregate") throw new Error("a record condition can't refer to a group");
    return scalarValue(env, row, ref);
  };
}

function cmp(a: Value, b: Value): number {
  if (typeof a === "number" && typeof b === "number") return a - b;
  if (typeof a === "boolean" && typeof b === "boolean") return Number(a) - Number(b);
  return compareText(String(a), String(b));
}

function semiIds(env: Env, c: Cond & { semi: CompiledQuery }): Set<string> {
  let ids = env.semiCache.get(c);
  if (!ids) {
    const inner = c.semi;
    const only = inner.select[0];
    const rows = selectRows(env, inner, env.store.rows(inner.def.name));
    ids = new Set(rows.map((r) => (only?.kind === "field" ? resolve(env, r, only.path) : null)).filter((v): v is string => typeof v === "string"));
    env.semiCache.set(c, ids);
  }
  return ids;
}

function testCond(env: Env, c: Cond, value: Value): boolean {
  if (c.semi) {
    const hit = typeof value === "string" && semiIds(env, c as Cond & { semi: CompiledQuery }).has(value);
    return c.op === "IN" ? hit : !hit;
  }
  if (c.like) return typeof value === "string" && c.like.test(value);
  const eq = (o: Cond["operands"][number]): boolean => {
    if (o.kind === "range") return value !== null && cmp(value, o.start) >= 0 && cmp(value, o.end) < 0;
    if (o.value === null || value === null) return o.value === value;
    // Ids compare exactly (case-sensitive 15-char bodies); text compares case-insensitively like SOQL.
    return c.field.type === "id" || c.field.type === "reference" ? value === o.value : cmp(value, o.value) === 0;
  };
  const o = c.operands[0]!;
  switch (c.op) {
    case "=":
      return eq(o);
    case "!=":
      return !eq(o);
    case "IN":
      return c.operands.some(eq);
    case "NOT IN":
      return !c.operands.some(eq);
  }
  if (value === null) return false;
  const lower = o.kind === "range" ? o.start : o.value;
  const upper = o.kind === "range" ? o.end : o.value;
  if (lower === null || upper === null) return false;
  switch (c.op) {
    case "<":
      return cmp(value, lower) < 0;
    case "<=":
      return o.kind === "range" ? cmp(value, upper) < 0 : cmp(value, upper) <= 0;
    case ">":
      return o.kind === "range" ? cmp(value, upper) >= 0 : cmp(value, lower) > 0;
    case ">=":
      return cmp(value, lower) >= 0;
  }
  return false;
}

/** WHERE, then ORDER BY (ties broken by env.tieBreak), then OFFSET and LIMIT. */
export function selectRows(env: Env, q: CompiledQuery, candidates: Row[]): Row[] {
  let rows = q.where ? candidates.filter((r) => test(env, q.where!, recordValue(env, r))) : [...candidates];
  rows.sort((a, b) => compareRows(env, q.orderBy, a, b));
  if (q.offset) rows = rows.slice(q.offset);
  if (q.limit !== undefined) rows = rows.slice(0, q.limit);
  return rows;
}

function compareRows(env: Env, order: OrderItem[], a: Row, b: Row): number {
  for (const o of order) {
    const c = env.order.compareKey(o, resolve(env, a, o.path), resolve(env, b, o.path));
    if (c !== 0) return c;
  }
  return env.tieBreak(a, b);
}

function attributes(env: Env, type: string, id: unknown, shownType = type) {
  return { type: shownType, url: `/services/data/v${env.version}/sobjects/${type}/${String(id)}` };
}

export function project(env: Env, q: CompiledQuery, row: Row): Record<string, unknown> {
  const out: Record<string, unknown> = { attributes: attributes(env, q.def.name, row.Id) };
  for (const item of q.select) {
    if (item.kind === "sub") {
      const children = env.store.rows(item.rel.childSObject).filter((c) => c[item.rel.field] === row.Id);
      const picked = selectRows(env, item.query, children);
      out[item.rel.relationshipName] = picked.length ? { totalSize: picked.length, done: true, records: picked.map((c) => project(env, item.query, c)) } : null;
      continue;
    }
    let target = out;
    let current: Row | undefined = row;
    let type = q.def.name;
    let broken = false;
    for (const step of item.path.steps) {
      const rel = step.field.relationshipName!;
      const id: Value | undefined = current?.[step.field.name];
      const found: { type: string; row: Row } | undefined = typeof id === "string" ? env.store.rowById(id) : undefined;
      if (!found) {
        if (!(rel in target)) target[rel] = null;
        broken = true;
        break;
      }
      let nested = target[rel] as Record<string, unknown> | null | undefined;
      if (!nested) {
        nested = { attributes: attributes(env, found.type, found.row.Id, step.polymorphic ? "Name" : found.type) };
        target[rel] = nested;
      }
      target = nested;
      current = found.row;
      type = found.type;
    }
    if (broken || !current) continue;
    const value = item.path.nameEntity ? nameEntityValue(type, current, item.path.leaf.name) : current[item.path.leaf.name];
    target[item.path.leaf.name] = present(item.path.leaf, value ?? null);
  }
  return out;
}
