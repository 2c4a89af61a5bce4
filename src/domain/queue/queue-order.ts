/**
 * Queue order from the handbook FAQ: "High Priority cases must be picked up first.
 * If there are no High Priority cases, cases must then be worked oldest first."
 * Only High is special: Medium and Low are one tier, worked by age, because the
 * handbook ranks nothing else. Ties on CreatedDate (bulk-created cases share a
 * second) fall back to the case number, which Salesforce hands out in order.
 */
import { sameId } from "../salesforce-id";

export interface QueueCase {
  id: string;
  caseNumber: string;
  priority: string | null;
  createdAt: Date;
}

/** Whether a Case.Priority is High, the one priority the handbook ranks first. */
export function isHighPriority(priority: string | null | undefined): boolean {
  return (priority ?? "").trim().toLowerCase() === "high";
}

function compareCaseNumbers(a: string, b: string): number {
  // Auto numbers are zero-padded, but a changed display format must not put 999 after 1000.
  const numeric = /^\d+$/.test(a) && /^\d+$/.test(b) ? Number(a) - Number(b) : 0;
  return numeric !== 0 ? Math.sign(numeric) : a.localeCompare(b);
}

export function compareQueueCases(a: QueueCase, b: QueueCase): number {
  return (
    Number(isHighPriority(b.priority)) - Number(isHighPriority(a.priority)) ||
    a.createdAt.getTime() - b.createdAt.getTime() ||
    compareCaseNumbers(a.caseNumber, b.caseNumber)
  );
}

export function orderQueue<T extends QueueCase>(cases: readonly T[]): T[] {
  return [...cases].sort(compareQueueCases);
}

/** 1-based place in the queue, or null when the case is not in it. */
export function queuePosition(caseId: string, cases: readonly QueueCase[]): number | null {
  const index = orderQueue(cases).findIndex((c) => sameId(c.id, caseId));
  return index < 0 ? null : index + 1;
}

export type ClaimOrderCheck<T extends QueueCase> =
  | { inOrder: true }
  | { inOrder: false; shouldComeFirst: T; reason: "high-priority-waiting" | "older-case-waiting"; message: string };

/**
 * Whether claiming this case follows the queue order. The case to claim need not be
 * in the list; it is compared with every open queue case other than itself.
 */
export function claimOrderCheck<T extends QueueCase>(caseToClaim: T, openQueueCases: readonly T[]): ClaimOrderCheck<T> {
  const ahead = orderQueue(openQueueCases.filter((c) => !sameId(c.id, caseToClaim.id)))[0];
  if (!ahead || compareQueueCases(caseToClaim, ahead) <= 0) return { inOrder: true };
  if (isHighPriority(ahead.priority) && !isHighPriority(caseToClaim.priority)) {
    return {
      inOrder: false,
      shouldComeFirst: ahead,
      reason: "high-priority-waiting",
      message: `High Priority case ${ahead.caseNumber} is waiting: High Priority cases are picked up first.`,
    };
  }
  return {
    inOrder: false,
    shouldComeFirst: ahead,
    reason: "older-case-waiting",
    message: `Case ${ahead.caseNumber} has waited longer: cases are worked oldest first.`,
  };
}
