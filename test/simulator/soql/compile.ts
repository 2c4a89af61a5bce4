/**
 * Turns SOQL text into a query checked against the schema. Anything this simulator
 * can't evaluate faithfully is rejected with MALFORMED_QUERY rather than answered
 * approximately: a wrong result would let client code pass here and fail on a real org.
 * Queries with GROUP BY, HAVING or aggregate functions go to aggregate-compile.ts.
 */
import type { Condition, FieldType as ParsedField, Query, WhereClause } from "@jetstreamapp/soql-parser-js";
import { malformedQuery, SfError } from "../errors";
import type { ChildRelationshipDef, FieldDef, ObjectDef } from "../schema";
import { compileAggregate, type AggregateQuery } from "./aggregate-compile";
import { compileComparison, compileConditions, usesDateLiteral, type Cond, type Expr } from "./conditions";
import { AGGREGATE_FUNCTIONS, isFilterable, isSortable } from "./field-capabilities";
import { direction, type SortKey } from "./order";
import { parseSoql } from "./parse-cache";
import { located, pathKey, pathText, resolveDateFunction, resolvePath, type CompileContext, type FieldPath } from "./resolve";

export type { CompileContext, FieldPath } from "./resolve";

export type SelectItem = { kind: "field"; path: FieldPath } | { kind: "sub"; rel: ChildRelationshipDef; query: CompiledQuery };

export interface OrderItem extends SortKey {
  path: FieldPath;
}

export interface CompiledQuery {
  kind: "records";
  def: ObjectDef;
  select: SelectItem[];
  where?: Expr;
  orderBy: OrderItem[];
  limit?: number;
  offset?: number;
  count: boolean;
}

/** GROUP BY, HAVING, or a function other than a bare COUNT() in the SELECT list: the answer is AggregateResult rows. */
function isAggregateQuery(q: Query): boolean {
  if (q.groupBy || q.having) return true;
  return (q.fields ?? []).some((f) => f.type === "FieldFunctionExpression" && !(f.functionName.toUpperCase() === "COUNT" && f.parameters.length === 0));
}

export function compileSoql(ctx: CompileContext): CompiledQuery | AggregateQuery {
  let parsed: Query;
  try {
    parsed = parseSoql(ctx.soql);
  } catch (e) {
    const first = e instanceof Error ? (e.message.split("\n")[0] ?? "") : "";
    throw malformedQuery(`\n${ctx.soql}\n^\nERROR at Row:1:Column:1\nunexpected token: ${first.slice(0, 200)}`);
  }
  const def = parsed.sObject ? ctx.schema.objectDef(parsed.sObject) : undefined;
  if (!def) {
    throw located(
      ctx,
      parsed.sObject ?? "FROM",
      `sObject type '${parsed.sObject ?? ""}' is not supported. If you are attempting to use a custom object, be sure to append the '__c' after the entity name. Please reference your WSDL or the describe call for the appropriate names.`,
      "INVALID_TYPE",
    );
  }
  refuseUnsupportedClauses(parsed);
  if (isAggregateQuery(parsed)) return compileAggregate(ctx, parsed, def, (where) => compileWhere(ctx, where, def, parsed.sObjectAlias, "top"));
  return compileQuery(ctx, parsed, def, "top");
}

/** top: the query itself; child: a relationship subquery in SELECT; semi: the inner select of IN / NOT IN. */
type QueryLevel = "top" | "child" | "semi";

const SEMI_NESTED = "Semi join sub-selects are only allowed at the top level WHERE expressions and not in nested WHERE expressions.";

function refuseUnsupportedClauses(q: Query): void {
  if (q.usingScope || q.withDataCategory || q.update || q.for === "UPDATE") throw malformedQuery("USING SCOPE, WITH DATA CATEGORY, UPDATE and FOR UPDATE are not supported by the simulator");
}

function compileQuery(ctx: CompileContext, q: Query, def: ObjectDef, level: QueryLevel): CompiledQuery {
  const isSub = level !== "top";
  if (isAggregateQuery(q)) throw malformedQuery("GROUP BY, HAVING and aggregate functions are not supported in a subquery by the simulator");
  refuseUnsupportedClauses(q);
  const alias = q.sObjectAlias;
  const select: SelectItem[] = [];
  const seen = new Set<string>();
  let count = false;
  for (const item of q.fields ?? []) {
    const compiled = compileSelectItem(ctx, item, def, alias, isSub);
    if (compiled === "count") {
      count = true;
      continue;
    }
    const key = compiled.kind === "field" ? pathKey(compiled.path) : `(${compiled.rel.relationshipName.toLowerCase()})`;
    if (seen.has(key)) throw malformedQuery(`duplicate field selected: ${compiled.kind === "field" ? pathText(compiled.path) : compiled.rel.relationshipName}`);
    seen.add(key);
    select.push(compiled);
  }
  if (count && select.length) throw malformedQuery("COUNT() must be the only element in the SELECT list");
  if (!count && !select.length) throw malformedQuery("SELECT list is empty");
  const compiled: CompiledQuery = { kind: "records", def, select, orderBy: [], count };
  if (q.where) compiled.where = compileWhere(ctx, q.where, def, alias, level);
  for (const o of q.orderBy === undefined ? [] : Array.isArray(q.orderBy) ? q.orderBy : [q.orderBy]) {
    if (!("field" in o) || !o.field) throw malformedQuery("ORDER BY on a function needs GROUP BY");
    const path = resolvePath(ctx, def, o.field, alias);
    if (!isSortable(path.leaf)) throw located(ctx, o.field, `field '${path.leaf.name}' can not be sorted in a query call`);
    compiled.orderBy.push(orderItem(path, o.order, o.nulls));
  }
  if (count && compiled.orderBy.length) throw malformedQuery("ORDER BY is not allowed with COUNT()");
  // SOQL reference, semi-join subquery limits: "COUNT, FOR UPDATE, ORDER BY, and LIMIT aren't supported in subqueries."
  if (level === "semi" && (compiled.orderBy.length || q.limit !== undefined)) throw malformedQuery("ORDER BY and LIMIT are not supported in semi join sub-selects");
  if (q.limit !== undefined) compiled.limit = q.limit;
  if (q.offset !== undefined) {
    if (isSub) throw malformedQuery("OFFSET is not supported in a subquery");
    if (q.offset > 2000) throw new SfError(400, "NUMBER_OUTSIDE_VALID_RANGE", "Maximum SOQL offset allowed is 2000");
    compiled.offset = q.offset;
  }
  return compiled;
}

function orderItem(path: FieldPath, order: string | undefined, nulls: string | undefined): OrderItem {
  return { path, field: path.leaf, ...direction(order, nulls) };
}

function compileSelectItem(ctx: CompileContext, item: ParsedField, def: ObjectDef, alias: string | undefined, isSub: boolean): SelectItem | "count" {
  if ("alias" in item && item.alias && item.type !== "FieldFunctionExpression") {
    throw malformedQuery(`${item.alias}: field aliases are only supported in aggregate queries`);
  }
  switch (item.type) {
    case "Field":
      return { kind: "field", path: resolvePath(ctx, def, item.field, alias) };
    case "FieldRelationship":
      return { kind: "field", path: resolvePath(ctx, def, [...item.relationships, item.field].join("."), alias) };
    case "FieldSubquery": {
      if (isSub) throw malformedQuery("Nested subqueries are not supported");
      const name = item.subquery.relationshipName;
      const rel = def.childRelationships.find((r) => r.relationshipName.toLowerCase() === name.toLowerCase());
      if (!rel) {
        throw located(
          ctx,
          name,
          `Didn't understand relationship '${name}' in FROM part of query call. If you are attempting to use a custom relationship, be sure to append the '__r' after the custom relationship name. Please reference your WSDL or the describe call for the appropriate names.`,
          "INVALID_TYPE",
        );
      }
      return { kind: "sub", rel, query: compileQuery(ctx, item.subquery, ctx.schema.objectDef(rel.childSObject)!, "child") };
    }
    case "FieldFunctionExpression":
      if (item.functionName.toUpperCase() === "COUNT" && item.parameters.length === 0 && !isSub) return "count";
      throw malformedQuery(`${item.rawValue ?? item.functionName}: functions are only supported in aggregate queries by the simulator`);
    default:
      throw malformedQuery("TYPEOF is not supported by the simulator");
  }
}

// ---- WHERE ------------------------------------------------------------------

function compileWhere(ctx: CompileContext, where: WhereClause, def: ObjectDef, alias: string | undefined, level: QueryLevel): Expr {
  const result = compileConditions(where, (c) => compileRecordCondition(ctx, c, def, alias));
  checkSemiJoins(result, level);
  return result;
}

/**
 * SOQL reference, "Considerations for Semi-Join and Anti-Join Queries": at most two per
 * WHERE, only in the main WHERE (not a subquery's), never under OR or NOT.
 */
function checkSemiJoins(where: Expr, level: QueryLevel): void {
  let found = 0;
  const walk = (e: Expr, nested: boolean): void => {
    if (e.kind === "cond") {
      if (!e.cond.semi) return;
      found += 1;
      if (nested || level !== "top") throw malformedQuery(SEMI_NESTED);
      return;
    }
    if (e.kind === "not") return walk(e.item, true);
    for (const item of e.items) walk(item, nested || e.kind === "or");
  };
  walk(where, false);
  if (found > 2) throw malformedQuery("Maximum 2 semi join sub-selects are allowed per WHERE clause");
}

/** The object types a semi-join side stands for: the object itself for Id, the targets of a reference. */
function idTargets(def: ObjectDef, leaf: FieldDef): string[] {
  return leaf.type === "id" ? [def.name] : (leaf.referenceTo ?? []);
}

function compileRecordCondition(ctx: CompileContext, c: Condition, def: ObjectDef, alias: string | undefined): Cond {
  if ("fn" in c) {
    const name = (c.fn.functionName ?? "").toUpperCase();
    if (AGGREGATE_FUNCTIONS.has(name)) throw malformedQuery(`${c.fn.rawValue ?? name}: aggregate functions can't be used in WHERE; use HAVING`);
    const scalar = resolveDateFunction(ctx, c.fn, def, alias);
    // "You can't compare the result of a date function with a date literal in a WHERE clause."
    if (usesDateLiteral(c)) throw malformedQuery(`${scalar.text}: the result of a date function can't be compared with a date literal`);
    return compileComparison(ctx, c, { ref: scalar.expr, field: scalar.field, text: scalar.text });
  }
  if (!("field" in c)) throw malformedQuery("unexpected condition");
  const path = resolvePath(ctx, def, c.field, alias);
  const leaf = path.leaf;
  if (!isFilterable(leaf)) throw located(ctx, c.field, `field '${leaf.name}' can not be filtered in a query call`);
  const valueQuery = "valueQuery" in c ? (c.valueQuery as Query | undefined) : undefined;
  if (!valueQuery) return compileComparison(ctx, c, { ref: { kind: "field", path }, field: leaf, text: c.field });
  return compileSemiJoin(ctx, c.field, path, c.operator.toUpperCase(), valueQuery, def);
}

function compileSemiJoin(ctx: CompileContext, fieldText: string, path: FieldPath, op: string, valueQuery: Query, def: ObjectDef): Cond {
  const leaf = path.leaf;
  if (op !== "IN" && op !== "NOT IN") throw malformedQuery("a subquery is only allowed with IN or NOT IN");
  if (leaf.type !== "id" && leaf.type !== "reference") throw malformedQuery(`semi-join on field '${leaf.name}' must select an Id or reference field`);
  // "The left operand can't use relationships" (WHERE Account.Id IN (...) is invalid).
  if (path.steps.length) throw malformedQuery(`semi join left operand '${fieldText}' can't use relationships`);
  const innerDef = valueQuery.sObject ? ctx.schema.objectDef(valueQuery.sObject) : undefined;
  if (!innerDef) throw located(ctx, valueQuery.sObject ?? "SELECT", `sObject type '${valueQuery.sObject ?? ""}' is not supported.`, "INVALID_TYPE");
  if (!innerDef.semiJoinable) throw malformedQuery(`Entity '${innerDef.name}' is not supported for semi join inner selects`);
  // A real org refuses a semi-join on the object of the outer query.
  if (innerDef.name === def.name) throw malformedQuery("The inner and outer selects should not be on the same object type");
  const inner = compileQuery(ctx, valueQuery, innerDef, "semi");
  const only = inner.select[0];
  // "The selected column in a subquery must be a foreign key field, and can't traverse relationships."
  if (inner.select.length !== 1 || only?.kind !== "field" || only.path.steps.length || (only.path.leaf.type !== "id" && only.path.leaf.type !== "reference")) {
    const shown = only?.kind === "field" ? pathText(only.path) : "";
    throw malformedQuery(`semi join sub selects can only query id fields, cannot use: '${shown}'`);
  }
  // "A subquery must query a field referencing the same object type as the main query."
  const outer = idTargets(def, leaf);
  if (!idTargets(innerDef, only.path.leaf).some((t) => outer.includes(t))) {
    throw malformedQuery(`semi join sub-select field '${only.path.leaf.name}' does not reference the object type of '${leaf.name}'`);
  }
  return { ref: { kind: "field", path }, field: leaf, op, operands: [], semi: inner };
}
