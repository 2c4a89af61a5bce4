/**
 * Runs a compiled SOQL query on the store and shapes rows the way the REST API does:
 * attributes first, fields in SELECT order, parent relationships as nested objects
 * (null when the lookup is empty), child relationships as {totalSize, done, records}
 * or null when there are no child rows.
 */
import type { OrgStore } from "../store";
import { present, type Row, type Value } from "../values";
import { compileSoql, type CompiledQuery, type Cond, type Expr, type FieldPath, type OrderItem } from "./compile";

export interface QueryOptions {
  includeDeleted?: boolean;
  /** The querying user: decides the time zone of date literals. */
  asUserId?: string;
  apiVersion?: string;
}

export interface QueryResult {
  totalSize: number;
  done: boolean;
  records: Record<string, unknown>[];
}

interface Env {
  store: OrgStore;
  version: string;
  includeDeleted: boolean;
  semiCache: Map<Cond, Set<string>>;
}

export function executeQuery(store: OrgStore, soql: string, options: QueryOptions = {}): QueryResult {
  const user = options.asUserId ? store.row("User", options.asUserId) : undefined;
  const timeZone = validZone(typeof user?.TimeZoneSidKey === "string" ? user.TimeZoneSidKey : "UTC");
  const query = compileSoql({ soql, schema: store.schema, nowMs: store.nowMs(), timeZone });
  const env: Env = { store, version: options.apiVersion ?? "62.0", includeDeleted: options.includeDeleted ?? false, semiCache: new Map() };
  const rows = select(env, query, store.rows(query.def.name, env.includeDeleted));
  if (query.count) return { totalSize: rows.length, done: true, records: [] };
  return { totalSize: rows.length, done: true, records: rows.map((r) => project(env, query, r)) };
}

function validZone(zone: string): string {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return zone;
  } catch {
    return "UTC";
  }
}

function select(env: Env, q: CompiledQuery, candidates: Row[]): Row[] {
  let rows = q.where ? candidates.filter((r) => test(env, q, q.where!, r)) : [...candidates];
  rows.sort((a, b) => compareRows(env, q, q.orderBy, a, b));
  if (q.offset) rows = rows.slice(q.offset);
  if (q.limit !== undefined) rows = rows.slice(0, q.limit);
  return rows;
}

export function resolve(env: Pick<Env, "store">, q: CompiledQuery, row: Row, path: FieldPath): Value {
  let current: Row | undefined = row;
  let type = q.def.name;
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

/** The polymorphic "Name" entity: Name of a Case is its CaseNumber, Type of a queue is "Queue". */
function nameEntityValue(type: string, row: Row, field: string): Value {
  if (field === "Type") return type === "Group" ? String(row.Type ?? "Queue") : type;
  if (field === "Name") return (type === "Case" ? row.CaseNumber : (row.Name ?? row.MasterLabel ?? row.Subject)) ?? null;
  return row[field] ?? null;
}

function test(env: Env, q: CompiledQuery, e: Expr, row: Row): boolean {
  switch (e.kind) {
    case "and":
      return e.items.every((x) => test(env, q, x, row));
    case "or":
      return e.items.some((x) => test(env, q, x, row));
    case "not":
      return !test(env, q, e.item, row);
    case "cond":
      return testCond(env, q, e.cond, row);
  }
}

function norm(v: Value): Value {
  return typeof v === "string" ? v.toLowerCase() : v;
}

function cmp(a: Value, b: Value): number {
  if (typeof a === "number" && typeof b === "number") return a - b;
  if (typeof a === "boolean" && typeof b === "boolean") return Number(a) - Number(b);
  const x = String(norm(a));
  const y = String(norm(b));
  return x < y ? -1 : x > y ? 1 : 0;
}

function testCond(env: Env, q: CompiledQuery, c: Cond, row: Row): boolean {
  const value = resolve(env, q, row, c.path);
  if (c.semi) {
    let ids = env.semiCache.get(c);
    if (!ids) {
      const inner = c.semi;
      const only = inner.select[0];
      const rows = select(env, inner, env.store.rows(inner.def.name));
      ids = new Set(rows.map((r) => (only?.kind === "field" ? resolve(env, inner, r, only.path) : null)).filter((v): v is string => typeof v === "string"));
      env.semiCache.set(c, ids);
    }
    const hit = typeof value === "string" && ids.has(value);
    return c.op === "IN" ? hit : !hit;
  }
  if (c.like) return typeof value === "string" && c.like.test(value);
  const eq = (o: Cond["operands"][number]): boolean => {
    if (o.kind === "range") return value !== null && cmp(value, o.start) >= 0 && cmp(value, o.end) < 0;
    if (o.value === null || value === null) return o.value === value;
    // Ids compare exactly (case-sensitive 15-char bodies); text compares case-insensitively like SOQL.
    return c.path.leaf.type === "id" || c.path.leaf.type === "reference" ? value === o.value : cmp(value, o.value) === 0;
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

function compareRows(env: Env, q: CompiledQuery, order: OrderItem[], a: Row, b: Row): number {
  for (const o of order) {
    const x = resolve(env, q, a, o.path);
    const y = resolve(env, q, b, o.path);
    if (x === null && y === null) continue;
    if (x === null) return o.nullsLast ? 1 : -1;
    if (y === null) return o.nullsLast ? -1 : 1;
    const c = cmp(x, y);
    if (c !== 0) return o.desc ? -c : c;
  }
  // Salesforce doesn't promise an order without ORDER BY; Id order keeps runs deterministic.
  return String(a.Id) < String(b.Id) ? -1 : String(a.Id) > String(b.Id) ? 1 : 0;
}

function attributes(env: Env, type: string, id: unknown, shownType = type) {
  return { type: shownType, url: `/services/data/v${env.version}/sobjects/${type}/${String(id)}` };
}

function project(env: Env, q: CompiledQuery, row: Row): Record<string, unknown> {
  const out: Record<string, unknown> = { attributes: attributes(env, q.def.name, row.Id) };
  for (const item of q.select) {
    if (item.kind === "sub") {
      const children = env.store.rows(item.rel.childSObject).filter((c) => c[item.rel.field] === row.Id);
      const picked = select(env, item.query, children);
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
