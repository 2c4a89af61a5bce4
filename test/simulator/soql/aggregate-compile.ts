/**
 * Aggregate SOQL checked against the SOQL and SOSL Reference: "GROUP BY", "Considerations
 * for GROUP BY", "Aggregate Functions", "Support for Field Types in Aggregate Functions",
 * "Use Aliases with GROUP BY", "HAVING", "Date Functions", "convertTimezone()" and
 * "COUNT() and COUNT(fieldName)". What SOQL refuses is refused with its message; what the
 * simulator can't answer faithfully (ROLLUP, CUBE, GROUPING, toLabel...) is MALFORMED_QUERY.
 */
import type { Condition, FieldType as ParsedField, FunctionExp, GroupByClause, OrderByClause, Query, WhereClause } from "@jetstreamapp/soql-parser-js";
import { malformedQuery, SfError } from "../errors";
import type { FieldDef, ObjectDef } from "../schema";
import { compileComparison, compileConditions, type ComparedValue, type Cond, type Expr } from "./conditions";
import { isDateFunction, type DateFunction } from "./date-functions";
import { AGGREGATE_FUNCTIONS, isGroupable, supportsAggregate, type AggregateFunction } from "./field-capabilities";
import { direction, type SortKey } from "./order";
import {
  fieldScalar,
  located,
  pathKey,
  resolveDateFunction,
  resolvePath,
  scalarKey,
  syntheticField,
  type CompileContext,
  type FieldPath,
  type ResolvedScalar,
} from "./resolve";

export interface AggregateCall {
  fn: AggregateFunction;
  path: FieldPath;
  /** The result's type: int for counts, double for AVG, the field's own type for SUM, MIN and MAX. */
  field: FieldDef;
  key: string;
}

/** Where a column's value comes from: a GROUP BY entry (optionally through a date function of a grouped date field) or an aggregate. */
export type ColumnSource = { kind: "group"; index: number; apply?: DateFunction } | { kind: "aggregate"; index: number };

export interface AggregateColumn {
  /** The key in the AggregateResult row: the alias, the field name, or expr0, expr1... */
  name: string;
  source: ColumnSource;
  field: FieldDef;
}

export interface AggregateOrder extends SortKey {
  source: ColumnSource;
}

export interface AggregateQuery {
  kind: "aggregate";
  def: ObjectDef;
  where?: Expr;
  /** GROUP BY entries; empty without GROUP BY (one row over every match). */
  groups: ResolvedScalar[];
  grouped: boolean;
  /** Every aggregate the query computes: SELECT, HAVING and ORDER BY ones. */
  aggregates: AggregateCall[];
  columns: AggregateColumn[];
  having?: Expr;
  orderBy: AggregateOrder[];
  limit?: number;
  offset?: number;
}

const list = <T>(x: T | T[] | undefined): T[] => (x === undefined ? [] : Array.isArray(x) ? x : [x]);

const notGrouped = (text: string) => malformedQuery(`Field must be grouped or aggregated: ${text}`);

export function compileAggregate(ctx: CompileContext, q: Query, def: ObjectDef, compileWhere: (where: WhereClause) => Expr): AggregateQuery {
  const alias = q.sObjectAlias;
  const groups = list(q.groupBy).map((g) => groupEntry(ctx, g, def, alias));
  const grouped = groups.length > 0;
  const query: AggregateQuery = { kind: "aggregate", def, groups, grouped, aggregates: [], columns: [], orderBy: [] };

  const aggregateIndex = (fn: FunctionExp): number => {
    const call = aggregateCall(ctx, fn, def, alias, grouped);
    const found = query.aggregates.findIndex((a) => a.key === call.key);
    if (found >= 0) return found;
    query.aggregates.push(call);
    return query.aggregates.length - 1;
  };
  const groupIndex = (scalar: ResolvedScalar): number => groups.findIndex((g) => scalarKey(g.expr) === scalarKey(scalar.expr));
  /** A date function is grouped itself, or applies to a grouped date field ("This doesn't work for dateTime fields"). */
  const dateSource = (fn: FunctionExp): { source: ColumnSource; field: FieldDef } | undefined => {
    const scalar = resolveDateFunction(ctx, fn, def, alias);
    const direct = groupIndex(scalar);
    if (direct >= 0) return { source: { kind: "group", index: direct }, field: scalar.field };
    if (scalar.expr.kind !== "date" || scalar.expr.path.leaf.type !== "date") return undefined;
    const raw = groupIndex(fieldScalar(scalar.expr.path));
    return raw >= 0 ? { source: { kind: "group", index: raw, apply: scalar.expr.fn }, field: scalar.field } : undefined;
  };

  let implied = 0;
  const names = new Set<string>();
  for (const item of q.fields ?? []) {
    const column = selectColumn(ctx, item, def, alias, { groupIndex, aggregateIndex, dateSource, aggregates: query.aggregates, groups, grouped });
    const name = column.alias ?? (column.implied ? `expr${implied++}` : column.fieldName);
    if (names.has(name.toLowerCase())) throw malformedQuery(`duplicate alias: ${name}`);
    names.add(name.toLowerCase());
    query.columns.push({ name, source: column.source, field: column.field });
  }

  if (q.where) query.where = compileWhere(q.where);
  if (q.having) {
    query.having = compileConditions(q.having as WhereClause, (c) => havingCondition(ctx, c, def, alias, { groupIndex, aggregateIndex, aggregates: query.aggregates, groups }));
  }
  for (const o of list<OrderByClause>(q.orderBy)) {
    let source: ColumnSource;
    let field: FieldDef;
    if ("fn" in o) {
      const name = (o.fn.functionName ?? "").toUpperCase();
      if (AGGREGATE_FUNCTIONS.has(name)) {
        const index = aggregateIndex(o.fn);
        source = { kind: "aggregate", index };
        field = query.aggregates[index]!.field;
      } else {
        const found = dateSource(o.fn);
        if (!found) throw malformedQuery(`Ordered field must be grouped or aggregated: ${o.fn.rawValue ?? name}`);
        ({ source, field } = found);
      }
    } else {
      const scalar = fieldScalar(resolvePath(ctx, def, o.field, alias));
      const index = groupIndex(scalar);
      if (index < 0) throw malformedQuery(`Ordered field must be grouped or aggregated: ${o.field}`);
      source = { kind: "group", index };
      field = scalar.field;
    }
    query.orderBy.push({ source, field, ...direction(o.order, o.nulls) });
  }
  // "You can't use a LIMIT clause in a query that uses an aggregate function, but does not use a GROUP BY clause."
  if (!grouped && (q.limit !== undefined || q.offset !== undefined)) {
    throw malformedQuery("You can't use a LIMIT or OFFSET clause in a query that uses an aggregate function but no GROUP BY clause");
  }
  if (q.limit !== undefined) query.limit = q.limit;
  if (q.offset !== undefined) {
    if (q.offset > 2000) throw new SfError(400, "NUMBER_OUTSIDE_VALID_RANGE", "Maximum SOQL offset allowed is 2000");
    query.offset = q.offset;
  }
  return query;
}

function groupEntry(ctx: CompileContext, g: GroupByClause, def: ObjectDef, alias: string | undefined): ResolvedScalar {
  if ("fn" in g) {
    const name = (g.fn.functionName ?? "").toUpperCase();
    if (name === "ROLLUP" || name === "CUBE") throw malformedQuery(`GROUP BY ${name} is not supported by the simulator`);
    if (!isDateFunction(name)) throw malformedQuery(`${g.fn.rawValue ?? name}: only date functions can be grouped`);
    return resolveDateFunction(ctx, g.fn, def, alias);
  }
  const path = resolvePath(ctx, def, g.field, alias);
  if (!isGroupable(path.leaf)) throw located(ctx, g.field, `field '${path.leaf.name}' can not be grouped in a query call`, "MALFORMED_QUERY");
  return fieldScalar(path);
}

function aggregateCall(ctx: CompileContext, fn: FunctionExp, def: ObjectDef, alias: string | undefined, grouped: boolean): AggregateCall {
  const name = (fn.functionName ?? "").toUpperCase() as AggregateFunction;
  const text = fn.rawValue ?? name;
  const params = fn.parameters ?? [];
  if (name === "COUNT" && params.length === 0) {
    // "If you are using a GROUP BY clause, use COUNT(fieldName) instead of COUNT()."
    throw malformedQuery(grouped ? "COUNT() can't be used with GROUP BY; use COUNT(fieldName)" : "COUNT() must be the only element in the SELECT list");
  }
  const [param] = params;
  if (params.length !== 1 || typeof param !== "string") throw malformedQuery(`${text}: an aggregate function takes exactly one field (functions inside it are not supported by the simulator)`);
  const path = resolvePath(ctx, def, param, alias);
  if (!supportsAggregate(name, path.leaf)) throw located(ctx, param, `field ${path.leaf.name} does not support aggregate operator ${name}`, "MALFORMED_QUERY");
  const field = name === "COUNT" || name === "COUNT_DISTINCT" ? syntheticField(text, "int") : name === "AVG" ? syntheticField(text, "double") : path.leaf;
  return { fn: name, path, field, key: `${name}(${pathKey(path)})` };
}

interface Scope {
  groupIndex: (scalar: ResolvedScalar) => number;
  aggregateIndex: (fn: FunctionExp) => number;
  aggregates: AggregateCall[];
  groups: ResolvedScalar[];
}

interface SelectScope extends Scope {
  dateSource: (fn: FunctionExp) => { source: ColumnSource; field: FieldDef } | undefined;
  grouped: boolean;
}

interface SelectedColumn {
  alias?: string;
  /** Functions without an alias are named expr0, expr1... in SELECT order. */
  implied: boolean;
  fieldName: string;
  source: ColumnSource;
  field: FieldDef;
}

function selectColumn(ctx: CompileContext, item: ParsedField, def: ObjectDef, alias: string | undefined, scope: SelectScope): SelectedColumn {
  const named = "alias" in item && item.alias ? { alias: item.alias } : {};
  switch (item.type) {
    case "Field":
    case "FieldRelationship": {
      const text = item.type === "Field" ? item.field : [...item.relationships, item.field].join(".");
      const scalar = fieldScalar(resolvePath(ctx, def, text, alias));
      const index = scope.groupIndex(scalar);
      if (index < 0) throw notGrouped(text);
      // A grouped relationship field is keyed by its own name: Owner.Name answers as "Name".
      return { ...named, implied: false, fieldName: scalar.field.name, source: { kind: "group", index }, field: scalar.field };
    }
    case "FieldFunctionExpression": {
      const name = item.functionName.toUpperCase();
      const text = item.rawValue ?? name;
      if (AGGREGATE_FUNCTIONS.has(name)) {
        const index = scope.aggregateIndex(item);
        return { ...named, implied: true, fieldName: text, source: { kind: "aggregate", index }, field: scope.aggregates[index]!.field };
      }
      if (isDateFunction(name)) {
        const found = scope.dateSource(item);
        if (!found) throw notGrouped(text);
        return { ...named, implied: true, fieldName: text, ...found };
      }
      if (name === "CONVERTTIMEZONE") throw malformedQuery(`${text}: convertTimezone() can only be used in a date function`);
      throw malformedQuery(`${text}: this function is not supported by the simulator`);
    }
    case "FieldSubquery":
      throw malformedQuery("Child relationship subqueries can't be used in an aggregate query");
    default:
      throw malformedQuery("TYPEOF is not supported by the simulator");
  }
}

function havingCondition(ctx: CompileContext, c: Condition, def: ObjectDef, alias: string | undefined, scope: Scope): Cond {
  if ("valueQuery" in c && c.valueQuery) throw malformedQuery("A HAVING clause can't contain any semi-join or anti-join subqueries");
  let left: ComparedValue;
  if ("fn" in c) {
    const name = (c.fn.functionName ?? "").toUpperCase();
    const text = c.fn.rawValue ?? name;
    if (AGGREGATE_FUNCTIONS.has(name)) {
      const index = scope.aggregateIndex(c.fn);
      left = { ref: { kind: "aggregate", index }, field: scope.aggregates[index]!.field, text };
    } else {
      const scalar = isDateFunction(name) ? resolveDateFunction(ctx, c.fn, def, alias) : undefined;
      const index = scalar ? scope.groupIndex(scalar) : -1;
      if (!scalar || index < 0) throw notGrouped(text);
      left = { ref: { kind: "group", index }, field: scalar.field, text };
    }
  } else if ("field" in c) {
    const scalar = fieldScalar(resolvePath(ctx, def, c.field, alias));
    const index = scope.groupIndex(scalar);
    if (index < 0) throw notGrouped(c.field);
    left = { ref: { kind: "group", index }, field: scalar.field, text: c.field };
  } else {
    throw malformedQuery("unexpected condition in HAVING");
  }
  return compileComparison(ctx, c, left);
}
