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

/** Whether a Case.Priority is the profile's high priority, the one the handbook ranks first (any case and spacing). */
export function isHighPriority(priority: string | null | undefined, highPriority: string): boolean {
  return (priority ?? "").trim().toLowerCase() === highPriority.trim().toLowerCase();
}

function compareCaseNumbers(a: string, b: string): number {
  // Auto numbers are zero-padded, but a changed display format must not put 999 after 1000.
  const numeric = /^\d+$/.test(a) && /^\d+$/.test(b) ? Number(a) - Number(b) : 0;
  return numeric !== 0 ? Math.sign(numeric) : a.localeCompare(b);
}

export function compareQueueCases(a: QueueCase, b: QueueCase, highPriority: string): number {
  return (
    Number(isHighPriority(b.priority, highPriority)) - Number(isHighPriority(a.priority, highPriority)) ||
    a.createdAt.getTime() - b.createdAt.getTime() ||
    compareCaseNumbers(a.caseNumber, b.caseNumber)
  );
}

export function orderQueue<T extends QueueCase>(cases: readonly T[], highPriority: string): T[] {
  return [...cases].sort((a, b) => compareQueueCases(a, b, highPriority));
}

/** 1-based place in the queue, or null when the case is not in it. */
export function queuePosition(caseId: string, cases: readonly QueueCase[], highPriority: string): number | null {
  const index = orderQueue(cases, highPriority).findIndex((c) => sameId(c.id, caseId));
  return index < 0 ? null : index + 1;
}

export type ClaimOrderCheck<T extends QueueCase> =
  | { inOrder: true }
  | { inOrder: false; shouldComeFirst: T; reason: "high-priority-waiting" | "older-case-waiting"; message: string };

/**
 * Whether claiming this case follows the queue order. The case to claim need not be
 * in the list; it is compared with every open queue case other than itself.
 */
export function claimOrderCheck<T extends QueueCase>(caseToClaim: T, openQueueCases: readonly T[], highPriority: string): ClaimOrderCheck<T> {
  const ahead = orderQueue(openQueueCases.filter((c) => !sameId(c.id, caseToClaim.id)), highPriority)[0];
  if (!ahead || compareQueueCases(caseToClaim, ahead, highPriority) <= 0) return { inOrder: true };
  if (isHighPriority(ahead.priority, highPriority) && !isHighPriority(caseToClaim.priority, highPriority)) {
    return {
      inOrder: false,
      shouldComeFirst: ahead,
      reason: "high-priority-waiting",
      message: `${highPriority} Priority case ${ahead.caseNumber} is waiting: ${highPriority} Priority cases are picked up first.`,
    };
  }
  return {
    inOrder: false,
    shouldComeFirst: ahead,
    reason: "older-case-waiting",
    message: `Case ${ahead.caseNumber} has waited longer: cases are worked oldest first.`,
  };
}
