/**
 * WHERE and HAVING conditions: the AND / OR / NOT tree (SOQL wants parentheses when AND
 * and OR are mixed) and each comparison's literal, checked against the type of what it is
 * compared with, as Salesforce does (INVALID_QUERY_FILTER_OPERATOR on a mismatch).
 */
import type { Condition, WhereClause } from "@jetstreamapp/soql-parser-js";
import { toId18 } from "../../../src/domain/salesforce-id";
import { malformedQuery, SfError } from "../errors";
import type { FieldDef } from "../schema";
import { isCanonicalId, isDate, parseDateTime, type Value } from "../values";
import type { CompiledQuery } from "./compile";
import { dateLiteralRange, dayStartMs, dayToDate } from "./dates";
import { located, type CompileContext, type ScalarExpr } from "./resolve";

export type Operand = { kind: "value"; value: Value } | { kind: "range"; start: number | string; end: number | string };

/** What a condition compares: a record's value, or in HAVING a group's key or an aggregate's result. */
export type ValueRef = ScalarExpr | { kind: "group"; index: number } | { kind: "aggregate"; index: number };

export interface Cond {
  ref: ValueRef;
  /** The type of the compared value: the field, or a synthetic one for a function's result. */
  field: FieldDef;
  op: string;
  operands: Operand[];
  /** Semi-join / anti-join: ids selected by an inner query. */
  semi?: CompiledQuery;
  like?: RegExp;
}

export type Expr = { kind: "and" | "or"; items: Expr[] } | { kind: "not"; item: Expr } | { kind: "cond"; cond: Cond };

export interface ComparedValue {
  ref: ValueRef;
  field: FieldDef;
  /** How the query wrote it, for error messages. */
  text: string;
}

export const STRINGISH = new Set(["string", "textarea", "picklist", "email", "phone", "url"]);

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

/** The boolean structure of a WHERE or HAVING clause; each comparison is compiled by `leaf`. */
export function compileConditions(clause: WhereClause, leaf: (c: Condition) => Cond): Expr {
  const tokens: Token[] = [];
  flatten(clause, tokens);
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
    if (t && typeof t === "object") return { kind: "cond", cond: leaf(t.cond) };
    throw malformedQuery(`unexpected token in WHERE: ${String(t)}`);
  };
  const result = expr();
  if (pos !== tokens.length) throw malformedQuery("unexpected tokens at the end of WHERE");
  return result;
}

function unquote(raw: string): string {
  const inner = raw.startsWith("'") && raw.endsWith("'") ? raw.slice(1, -1) : raw;
  return inner.replace(/\\(.)/g, (_, c: string) => ({ n: "\n", t: "\t", r: "\r", b: "\b", f: "\f" })[c] ?? c);
}

/** The literal side of a comparison, checked against the type of the compared value. */
export function compileComparison(ctx: CompileContext, c: Condition, left: ComparedValue): Cond {
  const { field, text } = left;
  const op = ("operator" in c ? String(c.operator) : "").toUpperCase();
  if (op === "INCLUDES" || op === "EXCLUDES") {
    throw located(ctx, text, `${op} operator only valid on multi-select picklist fields`, "INVALID_QUERY_FILTER_OPERATOR");
  }
  const value = "value" in c ? c.value : undefined;
  const rawValues = Array.isArray(value) ? value : [value];
  const literalType = ("literalType" in c ? c.literalType : undefined) as string | string[] | undefined;
  const types: (string | undefined)[] = Array.isArray(literalType) ? literalType : rawValues.map(() => literalType);
  const nVar = "dateLiteralVariable" in c ? c.dateLiteralVariable : undefined;
  const nVars = Array.isArray(nVar) ? nVar : rawValues.map(() => nVar);
  if ((op === "IN" || op === "NOT IN") !== Array.isArray(value)) throw malformedQuery(`unexpected value list for operator ${op}`);
  const operands = rawValues.map((raw, i) => literal(ctx, text, field, String(raw), types[i] ?? "STRING", nVars[i]));
  if (op === "LIKE") {
    if (!STRINGISH.has(field.type)) throw located(ctx, text, `invalid operator on id field`, "INVALID_QUERY_FILTER_OPERATOR");
    if (operands[0]?.kind === "value" && operands[0].value !== null) return { ref: left.ref, field, op, operands, like: likeRegex(String(rawValues[0])) };
  }
  const hasRange = operands.some((o) => o.kind === "range");
  if (hasRange && (op === "LIKE" || op === "IN" || op === "NOT IN")) throw malformedQuery("date literals with IN, NOT IN or LIKE are not supported by the simulator");
  if (operands.some((o) => o.kind === "value" && o.value === null) && !["=", "!=", "IN", "NOT IN"].includes(op)) {
    throw malformedQuery(`null is only allowed with = and !=`);
  }
  return { ref: left.ref, field, op, operands };
}

/** Whether a comparison's value is a relative date literal (TODAY, LAST_N_DAYS:n...). */
export function usesDateLiteral(c: Condition): boolean {
  const t = "literalType" in c ? c.literalType : undefined;
  return (Array.isArray(t) ? t : [t]).some((x) => x === "DATE_LITERAL" || x === "DATE_N_LITERAL");
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
