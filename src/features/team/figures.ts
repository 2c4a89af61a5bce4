/**
 * A figure of the team view and the cases behind it: the cases themselves when
 * the worker read them, or the aggregate's filter that finds them (one query when
 * asked). Every list item links to its record in Salesforce.
 */
import type { CaseRef, FigureFilter } from "../../messaging/team";
import { formatDay } from "../../shared/format";

export interface FigureItem {
  object: "Case" | "Opportunity";
  id: string;
  title: string;
  detail: string | null;
}

export type Figure = { key: string; label: string; count: number } & ({ items: FigureItem[] } | { filter: FigureFilter });

export function caseItem(ref: CaseRef, timeZone: string, note?: string): FigureItem {
  const parts = [note, ref.subject, ref.priority ? `${ref.priority} priority` : null, ref.owner, `opened ${formatDay(ref.createdDate.slice(0, 10), timeZone)}`];
  return { object: "Case", id: ref.id, title: ref.caseNumber, detail: parts.filter(Boolean).join(" · ") };
}

export const casesFigure = (key: string, label: string, refs: readonly CaseRef[], timeZone: string): Figure => ({
  key,
  label,
  count: refs.length,
  items: refs.map((ref) => caseItem(ref, timeZone)),
});

export const filterFigure = (key: string, label: string, count: number, filter: FigureFilter): Figure => ({ key, label, count, filter });

/** "42%" with no false precision; "–" when nothing was decided. */
export function percentText(value: number | null): string {
  return value === null ? "–" : `${Math.round(value)}%`;
}

export function priorityLabel(value: string | null): string {
  return value ?? "No priority";
}
