/**
 * Rows that ORDER BY leaves tied: "the order of results can vary if there are duplicate
 * values for the fields that you're using in the ORDER BY clause" (SOQL and SOSL Reference,
 * "ORDER BY"). By default the simulator breaks ties by Id so runs are reproducible;
 * "scrambled" orders them differently on every query execution, as a real org may, so a
 * client that pages with OFFSET or re-queries without a unique last sort field is caught.
 */
import type { Row } from "../values";
import { byId } from "./records";

export type TieOrder = "id" | "scrambled";

function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** The tie-breaker for one query execution; `execution` differs between executions. */
export function tieBreaker(order: TieOrder, execution: number): (a: Row, b: Row) => number {
  if (order === "id") return byId;
  return (a, b) => hash(`${execution}:${String(a.Id)}`) - hash(`${execution}:${String(b.Id)}`) || byId(a, b);
}
