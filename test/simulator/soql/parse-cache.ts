/**
 * SOQL parsed once per shape. The parser takes the largest part of a query's time
 * in the simulator, and the same queries come again and again with other ids in
 * their string literals: a query's literals are swapped for placeholders, that
 * shape is parsed once, and each use gets its own copy with its literals put back.
 */
import { parseQuery, type Query } from "@jetstreamapp/soql-parser-js";

const STRING_LITERAL = /'(?:[^'\\]|\\.)*'/g;
// A control character: never in a query's own text outside its literals, which it replaces.
const MARK = "\u0001";
const PLACEHOLDER = new RegExp(`'${MARK}(\\d+)${MARK}'|${MARK}(\\d+)${MARK}`, "g");
const MAX_SHAPES = 1000;
const shapes = new Map<string, Query>();

function withLiterals<T>(node: T, literals: readonly string[]): T {
  if (typeof node === "string") {
    if (!node.includes(MARK)) return node;
    return node.replace(PLACEHOLDER, (_, quoted?: string, bare?: string) => (quoted !== undefined ? literals[Number(quoted)]! : literals[Number(bare)]!.slice(1, -1))) as T;
  }
  if (Array.isArray(node)) return node.map((item: unknown) => withLiterals(item, literals)) as T;
  if (node && typeof node === "object") {
    return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, withLiterals(value, literals)])) as T;
  }
  return node;
}

/** What parseQuery answers for this SOQL (a malformed query throws its own error), from the shape's parse when there is one. */
export function parseSoql(soql: string): Query {
  if (soql.includes(MARK)) return parseQuery(soql);
  const literals: string[] = [];
  const shape = soql.replace(STRING_LITERAL, (literal) => `'${MARK}${literals.push(literal) - 1}${MARK}'`);
  let parsed = shapes.get(shape);
  if (!parsed) {
    try {
      parsed = parseQuery(shape);
    } catch {
      return parseQuery(soql);
    }
    if (shapes.size >= MAX_SHAPES) shapes.clear();
    shapes.set(shape, parsed);
  }
  return withLiterals(parsed, literals);
}
