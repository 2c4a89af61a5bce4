/**
 * What the popup's queue shows, derived from the worker's rows with the domain:
 * the handbook's order (the high priority first, then oldest), the trigger from the
 * Subject, the age, and the SLA countdown as words. Take next's plan is here too:
 * the cases to try in that order, leaving out those that go to another AE.
 */
import { formatCaseAge } from "../../domain/case-age";
import type { OrgProfile } from "../../domain/org-profile";
import { orderQueue } from "../../domain/queue";
import { classifyTrigger, type TriggerMatch } from "../../domain/trigger/classify-trigger";
import { takeNextCandidate, type QueueRow, type TakeNextCandidate } from "../../messaging/pool";
import { slaText } from "../../shared/sla-text";

export interface QueueItem {
  row: QueueRow;
  position: number;
  trigger: TriggerMatch;
  age: string;
  slaText: string;
}

export function queueView(rows: readonly QueueRow[], profile: Pick<OrgProfile, "case" | "policy">, now: Date): QueueItem[] {
  const ordered = orderQueue(
    rows.map((row) => ({ id: row.id, caseNumber: row.caseNumber, priority: row.priority, createdAt: new Date(row.createdDate), row })),
    profile.case.highPriority,
  );
  return ordered.map(({ row }, index) => ({
    row,
    position: index + 1,
    trigger: classifyTrigger({ subject: row.subject, origin: row.origin }, profile.policy.triggers),
    age: formatCaseAge(new Date(row.createdDate), now),
    slaText: slaText(row.sla),
  }));
}

/** How many cases one Take next may try before it stops (each try is one API call). */
const TAKE_NEXT_TRIES = 5;

export interface TakeNextPlan {
  candidates: TakeNextCandidate[];
  /** Cases ahead in the order that the handbook sends to another AE: skipped, and said so. */
  conflictsAhead: QueueItem[];
}

export function takeNextPlan(items: readonly QueueItem[], tries = TAKE_NEXT_TRIES): TakeNextPlan {
  const claimable = items.filter((item) => item.row.conflict === null);
  const first = claimable[0];
  return {
    candidates: claimable.slice(0, tries).map(({ row }) => takeNextCandidate(row)),
    conflictsAhead: first ? items.filter((item) => item.row.conflict !== null && item.position < first.position) : items.filter((item) => item.row.conflict !== null),
  };
}
