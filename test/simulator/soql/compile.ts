/**
 * Turns SOQL text into a query checked against the schema. Anything this simulator
 * can't evaluate faithfully is rejected with MALFORMED_QUERY rather than answered
 * approximately: a wrong result would let client code pass here and fail on a real org.
 */
import { parseQuery, type Condition, type FieldType as ParsedField, type Query, type WhereClause } from "@jetstreamapp/soql-parser-js";
import { toId18 } from "../../../src/domain/salesforce-id";
import { malformedQuery, SfError } from "../errors";
import { NAME_ENTITY_FIELDS, type ChildRelationshipDef, type FieldDef, type ObjectDef, type OrgSchema } from "../schema";
import { isCanonicalId, isDate, parseDateTime, type Value } from "../values";
import { dateLiteralRange, dayStartMs, dayToDate } from "./dates";

export interface PathStep {
  field: FieldDef;
  polymorphic: boolean;
}

export interface FieldPath {
  steps: PathStep[];
  leaf: FieldDef;
  /** The leaf sits on the polymorphic "Name" entity (Owner.Name on Case). */
  nameEntity: boolean;
}

export type SelectItem = { kind: "field"; path: FieldPath } | { kind: "sub"; rel: ChildRelationshipDef; query: CompiledQuery };

export interface OrderItem {
  path: FieldPath;
  desc: boolean;
  nullsLast: boolean;
}

export type Operand = { kind: "value"; value: Value } | { kind: "range"; start: number | string; end: number | string };

export interface Cond {
  path: FieldPath;
  op: string;
  operands: Operand[];
  /** Semi-join / anti-join: ids selected by an inner query. */
  semi?: CompiledQuery;
  like?: RegExp;
}

export type Expr = { kind: "and" | "or"; items: Expr[] } | { kind: "not"; item: Expr } | { kind: "cond"; cond: Cond };

export interface CompiledQuery {
  def: ObjectDef;
  select: SelectItem[];
  where?: Expr;
  orderBy: OrderItem[];
  limit?: number;
  offset?: number;
  count: boolean;
}

export interface CompileContext {
  soql: string;
  /** The org's schema: names are checked against it, as the org's own parser does. */
  schema: OrgSchema;
  nowMs: number;
  timeZone: string;
}

const NAME_FIELDS = new Map<string, FieldDef>(
  NAME_ENTITY_FIELDS.map((name) => {
    const type = name === "Id" ? "id" : name === "IsActive" ? "boolean" : "string";
    const def: FieldDef = {
      name, label: name, type, length: 255, nillable: true, createable: false, updateable: false, calculated: true,
      custom: false, nameField: name === "Name", autoNumber: false, required: false, polymorphic: false,
    };
    return [name.toLowerCase(), def];
  }),
);

const STRINGISH = new Set(["string", "textarea", "picklist", "email", "phone", "url"]);

/** Salesforce's error shape for a bad token: the query, a caret under the column, then the reason. */
function located(ctx: CompileContext, token: string, message: string, errorCode = "INVALID_FIELD"): SfError {
  const text = ctx.soql.replace(/\s+/g, " ").trim();
  const idx = Math.max(0, text.toLowerCase().search(new RegExp(`(?<![\\w.])${token.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").toLowerCase()}(?![\\w])`)));
  return new SfError(400, errorCode, `\n${text}\n${" ".repeat(idx)}^\nERROR at Row:1:Column:${idx + 1}\n${message}`);
}

export function compileSoql(ctx: CompileContext): CompiledQuery {
  let parsed: Query;
  try {
    parsed = parseQuery(ctx.soql);
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
  return compileQuery(ctx, parsed, def, "top");
}

/** top: the query itself; child: a relationship subquery in SELECT; semi: the inner select of IN / NOT IN. */
type QueryLevel = "top" | "child" | "semi";

const SEMI_NESTED = "Semi join sub-selects are only allowed at the top level WHERE expressions and not in nested WHERE expressions.";

function compileQuery(ctx: CompileContext, q: Query, def: ObjectDef, level: QueryLevel): CompiledQuery {
  const isSub = level !== "top";
  if (q.groupBy || q.having) throw malformedQuery("GROUP BY and HAVING are not supported by the simulator");
  if (q.usingScope || q.withDataCategory || q.update || q.for === "UPDATE") throw malformedQuery("USING SCOPE, WITH DATA CATEGORY, UPDATE and FOR UPDATE are not supported by the simulator");
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
  const compiled: CompiledQuery = { def, select, orderBy: [], count };
  if (q.where) compiled.where = compileWhere(ctx, q.where, def, alias, level);
  for (const o of q.orderBy === undefined ? [] : Array.isArray(q.orderBy) ? q.orderBy : [q.orderBy]) {
    if (!("field" in o) || !o.field) throw malformedQuery("ORDER BY on a function is not supported by the simulator");
    const path = resolvePath(ctx, def, o.field, alias);
    if (path.leaf.type === "textarea") throw located(ctx, o.field, `field '${path.leaf.name}' can not be sorted in a query call`);
    const desc = o.order === "DESC";
    compiled.orderBy.push({ path, desc, nullsLast: o.nulls ? o.nulls === "LAST" : desc });
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

function compileSelectItem(ctx: CompileContext, item: ParsedField, def: ObjectDef, alias: string | undefined, isSub: boolean): SelectItem | "count" {
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
      throw malformedQuery(`${item.rawValue ?? item.functionName}: functions in the SELECT list (other than COUNT()) are not supported by the simulator`);
    default:
      throw malformedQuery("TYPEOF is not supported by the simulator");
  }
}

function pathText(path: FieldPath): string {
  return [...path.steps.map((s) => s.field.relationshipName), path.leaf.name].join(".");
}

function pathKey(path: FieldPath): string {
  return pathText(path).toLowerCase();
}

function resolvePath(ctx: CompileContext, def: ObjectDef, text: string, alias: string | undefined): FieldPath {
  const parts = text.split(".");
  if (alias && parts.length > 1 && parts[0]!.toLowerCase() === alias.toLowerCase()) parts.shift();
  let current: ObjectDef | null = def;
  const steps: PathStep[] = [];
  for (const part of parts.slice(0, -1)) {
    const ref: FieldDef | undefined = current?.relationshipsByLower.get(part.toLowerCase());
    if (!current || !ref) {
      throw located(
        ctx,
        text,
        `Didn't understand relationship '${part}' in field path. If you are attempting to use a custom relationship, be sure to append the '__r' after the custom relationship name. Please reference your WSDL or the describe call for the appropriate names.`,
      );
    }
    const polymorphic: boolean = ref.polymorphic;
    steps.push({ field: ref, polymorphic });
    current = polymorphic ? null : ctx.schema.objectDef(ref.referenceTo![0]!)!;
  }
  const leafName = parts[parts.length - 1]!;
  const leaf = current ? current.fieldsByLower.get(leafName.toLowerCase()) : NAME_FIELDS.get(leafName.toLowerCase());
  if (!leaf) {
    const entity = current ? current.name : "Name";
    throw located(
      ctx,
      text,
      `No such column '${leafName}' on entity '${entity}'. If you are attempting to use a custom field, be sure to append the '__c' after the custom field name. Please reference your WSDL or the describe call for the appropriate names.`,
    );
  }
  return { steps, leaf, nameEntity: current === null };
}

// ---- WHERE ------------------------------------------------------------------

type Token = "(" | ")" | "AND" | "OR" | "NOT" | { cond: Condition };

function flatten(w: WhereClause | undefined, out: Token[]): void {
  if (!w) return;
  const left = w.left as (Condition & { openParen?: number; closeParen?: number }) | null;
  const isCond = left && ("field" in left || "fn" in left);
  for (let i = 0; i < (left?.openParen ?? 0); i++) out.push("(");
  if (isCond) {
    out.push({ cond: left });
    for (let i = 0; i < (left.closeParen ?? 0); i++) out.push(")");
  }
  if ("operator" in w && w.operator) out.push(w.operator);
  if ("right" in w) flatten(w.right, out);
}

function compileWhere(ctx: CompileContext, where: WhereClause, def: ObjectDef, alias: string | undefined, level: QueryLevel): Expr {
  const tokens: Token[] = [];
  flatten(where, tokens);
  let pos = 0;
  const peek = () => tokens[pos];
  const expr = (): Expr => {
    const items = [unary()];
    let op: "AND" | "OR" | undefined;
    while (peek() === "AND" || peek() === "OR") {
      const next = tokens[pos++] as "AND" | "OR";
      // SOQL requires parentheses when AND and OR are mixed.
      if (op && op !== next) throw malformedQuery(`unexpected token: ${next} (use parentheses when mixing AND and OR)`);
      op = next;
      items.push(unary());
    }
    return items.length === 1 ? items[0]! : { kind: op === "OR" ? "or" : "and", items };
  };
  const unary = (): Expr => {
    const t = tokens[pos++];
    if (t === "NOT") return { kind: "not", item: unary() };
    if (t === "(") {
      const inner = expr();
      if (tokens[pos++] !== ")") throw malformedQuery("unbalanced parentheses in WHERE");
      return inner;
    }
    if (t && typeof t === "object") return { kind: "cond", cond: compileCondition(ctx, t.cond, def, alias) };
    throw malformedQuery(`unexpected token in WHERE: ${String(t)}`);
  };
  const result = expr();
  if (pos !== tokens.length) throw malformedQuery("unexpected tokens at the end of WHERE");
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

function unquote(raw: string): string {
  const inner = raw.startsWith("'") && raw.endsWith("'") ? raw.slice(1, -1) : raw;
  return inner.replace(/\\(.)/g, (_, c: string) => ({ n: "\n", t: "\t", r: "\r", b: "\b", f: "\f" })[c] ?? c);
}

function compileCondition(ctx: CompileContext, c: Condition, def: ObjectDef, alias: string | undefined): Cond {
  if ("fn" in c) throw malformedQuery(`${c.fn.rawValue ?? "function"}: date and aggregate functions in WHERE are not supported by the simulator`);
  if (!("field" in c)) throw malformedQuery("unexpected condition");
  const path = resolvePath(ctx, def, c.field, alias);
  const leaf = path.leaf;
  const op = c.operator.toUpperCase();
  if (leaf.type === "textarea") throw located(ctx, c.field, `field '${leaf.name}' can not be filtered in a query call`);
  if (op === "INCLUDES" || op === "EXCLUDES") {
    throw located(ctx, c.field, `${op} operator only valid on multi-select picklist fields`, "INVALID_QUERY_FILTER_OPERATOR");
  }
  const valueQuery = "valueQuery" in c ? (c.valueQuery as Query | undefined) : undefined;
  if (valueQuery) return compileSemiJoin(ctx, c.field, path, op, valueQuery, def);
  const rawValues = Array.isArray(c.value) ? c.value : [c.value];
  const literalType = c.literalType as string | string[] | undefined;
  const types: (string | undefined)[] = Array.isArray(literalType) ? literalType : rawValues.map(() => literalType);
  const nVar = "dateLiteralVariable" in c ? c.dateLiteralVariable : undefined;
  const nVars = Array.isArray(nVar) ? nVar : rawValues.map(() => nVar);
  if ((op === "IN" || op === "NOT IN") !== Array.isArray(c.value)) throw malformedQuery(`unexpected value list for operator ${op}`);
  const operands = rawValues.map((raw, i) => literal(ctx, c.field, leaf, String(raw), types[i] ?? "STRING", nVars[i]));
  if (op === "LIKE") {
    if (!STRINGISH.has(leaf.type)) throw located(ctx, c.field, `invalid operator on id field`, "INVALID_QUERY_FILTER_OPERATOR");
    if (operands[0]?.kind === "value" && operands[0].value !== null) return { path, op, operands, like: likeRegex(String(rawValues[0])) };
  }
  const hasRange = operands.some((o) => o.kind === "range");
  if (hasRange && (op === "LIKE" || op === "IN" || op === "NOT IN")) throw malformedQuery("date literals with IN, NOT IN or LIKE are not supported by the simulator");
  if (operands.some((o) => o.kind === "value" && o.value === null) && !["=", "!=", "IN", "NOT IN"].includes(op)) {
    throw malformedQuery(`null is only allowed with = and !=`);
  }
  return { path, op, operands };
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
    const shown = only?.kind === "field" ? [...only.path.steps.map((st) => st.field.relationshipName), only.path.leaf.name].join(".") : "";
    throw malformedQuery(`semi join sub selects can only query id fields, cannot use: '${shown}'`);
  }
  // "A subquery must query a field referencing the same object type as the main query."
  const outer = idTargets(def, leaf);
  if (!idTargets(innerDef, only.path.leaf).some((t) => outer.includes(t))) {
    throw malformedQuery(`semi join sub-select field '${only.path.leaf.name}' does not reference the object type of '${leaf.name}'`);
  }
  return { path, op, operands: [], semi: inner };
}

function typeError(ctx: CompileContext, fieldText: string, leaf: FieldDef): SfError {
  const quoted = STRINGISH.has(leaf.type) || leaf.type === "id" || leaf.type === "reference";
  const typeName = leaf.type === "datetime" ? "dateTime" : leaf.type === "reference" ? "id" : STRINGISH.has(leaf.type) ? "string" : leaf.type;
  return located(
    ctx,
    fieldText,
    `value of filter criterion for field '${leaf.name}' must be of type ${typeName} and ${quoted ? "should be enclosed in quotes" : "should not be enclosed in quotes"}`,
    "INVALID_QUERY_FILTER_OPERATOR",
  );
}

function literal(ctx: CompileContext, fieldText: string, leaf: FieldDef, raw: string, type: string, n: number | undefined): Operand {
  if (type === "NULL") return { kind: "value", value: null };
  if (type === "APEX_BIND_VARIABLE" || type.includes("CURRENCY_PREFIX")) throw malformedQuery(`unsupported literal: ${raw}`);
  const t = leaf.type;
  if (type === "DATE_LITERAL" || type === "DATE_N_LITERAL") {
    if (t !== "date" && t !== "datetime") throw typeError(ctx, fieldText, leaf);
    const range = dateLiteralRange(raw, n, ctx.nowMs, ctx.timeZone);
    return t === "date"
      ? { kind: "range", start: dayToDate(range.start), end: dayToDate(range.end) }
      : { kind: "range", start: dayStartMs(range.start, ctx.timeZone), end: dayStartMs(range.end, ctx.timeZone) };
  }
  if (STRINGISH.has(t)) {
    if (type !== "STRING") throw typeError(ctx, fieldText, leaf);
    return { kind: "value", value: unquote(raw) };
  }
  if (t === "id" || t === "reference") {
    if (type !== "STRING") throw typeError(ctx, fieldText, leaf);
    const id = unquote(raw);
    if (!isCanonicalId(id)) {
      throw new SfError(400, "INVALID_QUERY_FILTER_OPERATOR", `\n${ctx.soql}\n^\nERROR at Row:1:Column:1\ninvalid ID field: ${id}`);
    }
    return { kind: "value", value: toId18(id) };
  }
  if (t === "boolean") {
    if (type !== "BOOLEAN") throw typeError(ctx, fieldText, leaf);
    return { kind: "value", value: raw.toUpperCase() === "TRUE" };
  }
  if (t === "int" || t === "double" || t === "currency") {
    if (type !== "INTEGER" && type !== "DECIMAL") throw typeError(ctx, fieldText, leaf);
    return { kind: "value", value: Number(raw) };
  }
  if (t === "datetime") {
    const ms = type === "DATETIME" ? parseDateTime(raw) : undefined;
    if (ms === undefined) throw typeError(ctx, fieldText, leaf);
    return { kind: "value", value: ms };
  }
  if (t === "date") {
    if (type !== "DATE" || !isDate(raw)) throw typeError(ctx, fieldText, leaf);
    return { kind: "value", value: raw };
  }
  throw malformedQuery(`filtering on ${t} fields is not supported by the simulator`);
}

/** LIKE is case-insensitive; % and _ are wildcards unless escaped with a backslash. */
function likeRegex(raw: string): RegExp {
  const inner = raw.startsWith("'") && raw.endsWith("'") ? raw.slice(1, -1) : raw;
  let re = "";
  for (let i = 0; i < inner.length; i++) {
    const ch = inner[i]!;
    if (ch === "\\" && i + 1 < inner.length) {
      const next = inner[++i]!;
      const mapped = ({ n: "\n", t: "\t", r: "\r" } as Record<string, string>)[next] ?? next;
      re += mapped.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
    } else if (ch === "%") re += "[\\s\\S]*";
    else if (ch === "_") re += "[\\s\\S]";
    else re += ch.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
  }
  return new RegExp(`^${re}$`, "i");
}
