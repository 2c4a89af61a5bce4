/**
 * How SOQL orders values (SOQL and SOSL Reference, "ORDER BY"): text is compared by the
 * UTF-8 values of its upper-cased characters (English locale), a picklist by the order its
 * values are defined in (Case.Priority: High, Medium, Low), not alphabetically, and nulls
 * come first unless NULLS LAST says otherwise, in either direction ("By default, null values
 * are sorted first"). MIN() and MAX() on a picklist use the same defined order
 * ("Aggregate Functions").
 */
import type { FieldDef } from "../schema";
import type { Value } from "../values";

export interface SortKey {
  /** The type of what is sorted: a field, or the synthetic field of a function's result. */
  field: FieldDef;
  desc: boolean;
  nullsLast: boolean;
}

/** SOQL's defaults: ascending, and nulls first in either direction unless NULLS LAST is given. */
export function direction(order: string | undefined, nulls: string | undefined): Pick<SortKey, "desc" | "nullsLast"> {
  return { desc: order === "DESC", nullsLast: nulls === "LAST" };
}

/** Code point order of the upper-cased text; UTF-8 byte order is code point order. */
export function compareText(a: string, b: string): number {
  const x = a.toUpperCase();
  const y = b.toUpperCase();
  if (x === y) return 0;
  const xs = [...x];
  const ys = [...y];
  for (let i = 0; i < Math.min(xs.length, ys.length); i++) {
    const d = xs[i]!.codePointAt(0)! - ys[i]!.codePointAt(0)!;
    if (d !== 0) return d;
  }
  return xs.length - ys.length;
}

function compareRaw(a: Value, b: Value): number {
  if (typeof a === "number" && typeof b === "number") return a - b;
  if (typeof a === "boolean" && typeof b === "boolean") return Number(a) - Number(b);
  const x = String(a);
  const y = String(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Orders non-null values of one field; picklist ranks come from the org's picklist definition. */
export class ValueOrder {
  private ranks = new Map<FieldDef, Map<string, number>>();

  constructor(private readonly picklistOrder: (field: FieldDef) => readonly string[]) {}

  private rank(field: FieldDef): Map<string, number> {
    let ranks = this.ranks.get(field);
    if (!ranks) {
      ranks = new Map(this.picklistOrder(field).map((v, i) => [v.toUpperCase(), i]));
      this.ranks.set(field, ranks);
    }
    return ranks;
  }

  compare(field: FieldDef, a: Value, b: Value): number {
    switch (field.type) {
      case "picklist": {
        const ranks = this.rank(field);
        const ra = ranks.get(String(a).toUpperCase());
        const rb = ranks.get(String(b).toUpperCase());
        // A value the definition doesn't list (deactivated, or written before a rename) sorts after the defined ones.
        if (ra !== undefined && rb !== undefined) return ra - rb;
        if (ra !== undefined) return -1;
        if (rb !== undefined) return 1;
        return compareText(String(a), String(b));
      }
      case "string":
      case "textarea":
      case "email":
      case "phone":
      case "url":
        return compareText(String(a), String(b));
      default:
        // Ids order by their characters exactly: 15-character ids are case-sensitive.
        return compareRaw(a, b);
    }
  }

  /** One ORDER BY item, nulls placed as the item says. */
  compareKey(key: SortKey, a: Value, b: Value): number {
    if (a === null && b === null) return 0;
    if (a === null) return key.nullsLast ? 1 : -1;
    if (b === null) return key.nullsLast ? -1 : 1;
    const c = this.compare(key.field, a, b);
    return key.desc ? -c : c;
  }
}
