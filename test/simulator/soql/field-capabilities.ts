/**
 * What SOQL lets a field do, by field type, shared by describe (filterable, sortable,
 * groupable, aggregatable) and the query compiler so the two never disagree.
 * Sources: SOQL and SOSL Reference, "ORDER BY" (long text can't be sorted),
 * "Considerations for GROUP BY" (describe's groupable decides), "Support for Field Types in
 * Aggregate Functions" (the per-function table below).
 */
import type { FieldDef, FieldType } from "../schema";

/** In this org every textarea is a Long Text Area (Description, Notes__c): no filter, sort, group or aggregate. */
export const isFilterable = (f: FieldDef): boolean => f.type !== "textarea";

export const isSortable = isFilterable;

/** Datetime, double and currency fields can't be grouped (group by a date function instead). */
export const isGroupable = (f: FieldDef): boolean => isFilterable(f) && !["double", "currency", "datetime", "time"].includes(f.type);

export type AggregateFunction = "AVG" | "COUNT" | "COUNT_DISTINCT" | "MIN" | "MAX" | "SUM";

export const AGGREGATE_FUNCTIONS: ReadonlySet<string> = new Set<AggregateFunction>(["AVG", "COUNT", "COUNT_DISTINCT", "MIN", "MAX", "SUM"]);

const NUMERIC: FieldType[] = ["int", "double", "currency"];
const COUNTABLE: FieldType[] = [...NUMERIC, "date", "datetime", "string", "picklist", "email", "phone", "url", "id", "reference"];

/** The documented table: AVG and SUM need numbers; COUNT, COUNT_DISTINCT, MIN and MAX take most types but never boolean or time. */
export function supportsAggregate(fn: AggregateFunction, f: FieldDef): boolean {
  if (!isFilterable(f)) return false;
  return fn === "AVG" || fn === "SUM" ? NUMERIC.includes(f.type) : COUNTABLE.includes(f.type);
}

export const isAggregatable = (f: FieldDef): boolean => supportsAggregate("COUNT", f);
