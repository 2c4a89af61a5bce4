/**
 * SOQL text from values that came from outside (the org profile, record ids):
 * every literal is escaped as the SOQL reference says ("Quoted String Escape
 * Sequences"), so a name can never break out of its quotes.
 */
import { SalesforceError } from "../composite";

const ESCAPES: Record<string, string> = { "\\": "\\\\", "'": "\\'", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f" };

/** The inside of a SOQL string literal. */
function escaped(value: string): string {
  return value.replace(/[\\'"\n\r\t\b\f]/g, (char) => ESCAPES[char]!);
}

/** A quoted SOQL string literal. */
export function soqlString(value: string): string {
  return `'${escaped(value)}'`;
}

/** A LIKE pattern matching the words in order with anything between; their own % and _ stay literal (\\% and \\_). */
export function soqlLikeWords(words: readonly string[]): string {
  return `'%${words.map((word) => escaped(word).replace(/[%_]/g, (char) => `\\${char}`)).join("%")}%'`;
}

/** A quoted record id; anything that is not a Salesforce id is refused before it reaches SOQL. */
export function soqlId(id: string): string {
  if (!/^[a-zA-Z0-9]{15}(?:[a-zA-Z0-9]{3})?$/.test(id)) throw new SalesforceError("INVALID_ID_FIELD", `Not a Salesforce id: ${id}`);
  return `'${id}'`;
}

/** `(a, b, c)` for IN; SOQL refuses an empty list, so callers check first. */
export function soqlList(values: readonly string[], quote: (value: string) => string = soqlString): string {
  if (values.length === 0) throw new Error("An IN list needs at least one value");
  return `(${values.map(quote).join(", ")})`;
}

/** A SELECT list of the fields that exist: role fields the org lacks come in as null and are left out. */
export function selectList(fields: ReadonlyArray<string | null | undefined | false>): string {
  return [...new Set(fields.filter((field): field is string => typeof field === "string" && field.length > 0))].join(", ");
}
