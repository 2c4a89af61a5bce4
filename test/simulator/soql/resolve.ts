/**
 * Names in a SOQL query resolved against the schema: field paths through parent
 * relationships (a polymorphic one ends on the "Name" entity), date functions around a
 * field, and Salesforce's located error messages (the query, a caret, the reason).
 */
import type { FunctionExp } from "@jetstreamapp/soql-parser-js";
import { malformedQuery, SfError } from "../errors";
import { NAME_ENTITY_FIELDS, type FieldDef, type FieldType, type ObjectDef, type OrgSchema } from "../schema";
import { DATETIME_ONLY, isDateFunction, type DateFunction } from "./date-functions";

export interface CompileContext {
  soql: string;
  /** The org's schema: names are checked against it, as the org's own parser does. */
  schema: OrgSchema;
  nowMs: number;
  /** The querying user's TimeZoneSidKey: date literals and convertTimezone() use it. */
  timeZone: string;
}

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

/** A value computed from one record: a field, or a date function of a date or dateTime field. */
export type ScalarExpr = { kind: "field"; path: FieldPath } | { kind: "date"; fn: DateFunction; path: FieldPath; timeZone: string };

/** A field standing for something that isn't one (a function's result, a Name-entity field), so typing rules apply to it. */
export function syntheticField(name: string, type: FieldType): FieldDef {
  return {
    name, label: name, type, length: type === "string" ? 255 : 0, nillable: true, createable: false, updateable: false, calculated: true,
    custom: false, nameField: name === "Name", autoNumber: false, required: false, polymorphic: false,
  };
}

const NAME_FIELDS = new Map<string, FieldDef>(
  NAME_ENTITY_FIELDS.map((name) => [name.toLowerCase(), syntheticField(name, name === "Id" ? "id" : name === "IsActive" ? "boolean" : "string")]),
);

/** Salesforce's error shape for a bad token: the query, a caret under the column, then the reason. */
export function located(ctx: CompileContext, token: string, message: string, errorCode = "INVALID_FIELD"): SfError {
  const text = ctx.soql.replace(/\s+/g, " ").trim();
  const idx = Math.max(0, text.toLowerCase().search(new RegExp(`(?<![\\w.])${token.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").toLowerCase()}(?![\\w])`)));
  return new SfError(400, errorCode, `\n${text}\n${" ".repeat(idx)}^\nERROR at Row:1:Column:${idx + 1}\n${message}`);
}

export function pathText(path: FieldPath): string {
  return [...path.steps.map((s) => s.field.relationshipName), path.leaf.name].join(".");
}

export function pathKey(path: FieldPath): string {
  return pathText(path).toLowerCase();
}

/** Identity of a scalar, for matching a SELECT or ORDER BY item to its GROUP BY entry. */
export function scalarKey(expr: ScalarExpr): string {
  return expr.kind === "field" ? pathKey(expr.path) : `${expr.fn}(${expr.timeZone === "UTC" ? "" : "tz:"}${pathKey(expr.path)})`;
}

export function resolvePath(ctx: CompileContext, def: ObjectDef, text: string, alias: string | undefined): FieldPath {
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

export interface ResolvedScalar {
  expr: ScalarExpr;
  /** The value's type: the field itself, or int / date for a date function. */
  field: FieldDef;
  text: string;
}

export const fieldScalar = (path: FieldPath): ResolvedScalar => ({ expr: { kind: "field", path }, field: path.leaf, text: pathText(path) });

/**
 * A date function such as CALENDAR_MONTH(CreatedDate) or DAY_ONLY(convertTimezone(CreatedDate)).
 * convertTimezone() is only valid inside a date function, on a dateTime field.
 */
export function resolveDateFunction(ctx: CompileContext, fn: FunctionExp, def: ObjectDef, alias: string | undefined): ResolvedScalar {
  const name = (fn.functionName ?? "").toUpperCase();
  const text = fn.rawValue ?? name;
  if (!isDateFunction(name)) throw malformedQuery(`${text}: this function is not supported by the simulator here`);
  const [param, ...more] = fn.parameters ?? [];
  if (param === undefined || more.length) throw malformedQuery(`${text}: a date function takes exactly one field`);
  let fieldText: string;
  let converted = false;
  if (typeof param === "string") fieldText = param;
  else {
    const inner = (param.functionName ?? "").toLowerCase();
    const [innerParam, ...innerMore] = param.parameters ?? [];
    if (inner !== "converttimezone" || typeof innerParam !== "string" || innerMore.length) {
      throw malformedQuery(`${text}: only convertTimezone(field) can be nested in a date function`);
    }
    fieldText = innerParam;
    converted = true;
  }
  const path = resolvePath(ctx, def, fieldText, alias);
  const type = path.leaf.type;
  if (type !== "date" && type !== "datetime") throw located(ctx, fieldText, `${name}() can only be used with date or dateTime fields`, "MALFORMED_QUERY");
  if (type === "date" && (DATETIME_ONLY.has(name) || converted)) {
    throw located(ctx, fieldText, `${converted ? "convertTimezone" : name}() can only be used with dateTime fields`, "MALFORMED_QUERY");
  }
  return {
    expr: { kind: "date", fn: name, path, timeZone: converted ? ctx.timeZone : "UTC" },
    field: syntheticField(text, name === "DAY_ONLY" ? "date" : "int"),
    text,
  };
}
