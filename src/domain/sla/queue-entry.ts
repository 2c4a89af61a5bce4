/**
 * When the handbook's SLA clock starts: "within 24 hours (8 business hours) of
 * entering the queue". That is the latest time the case entered a pool's queue,
 * from its owner history (CaseHistory rows with Field = 'Owner'); CreatedDate
 * only when it was created there (no owner change on record, or the first owner
 * was the queue). A case moved back to the queue starts a new clock, answered by
 * the next pick-up (the First Responded stamp is set once, on the first response).
 *
 * An org whose history shows no owner change for a case owned by a user (Case
 * Owner history not kept, or the case created with that owner) falls back to
 * CreatedDate, and says so: `source` tells the panel which it was.
 */
import { keyPrefix, sameId } from "../salesforce-id";

/** One owner change, as the CaseHistory row with ids records it (the row with names is left out). */
export interface OwnerChange {
  at: Date;
  from: string | null;
  to: string | null;
}

export type QueueEntrySource =
  /** Created in the queue (no owner change since, or the history's first owner is a pool queue). */
  | "created-in-queue"
  /** The latest move into a pool queue in the owner history. */
  | "entered-queue"
  /** No owner change on record while a user owns the case: CreatedDate, as a fallback. */
  | "no-owner-history"
  /** Owner changes, but none into a pool queue among those read: CreatedDate, as a fallback. */
  | "not-in-history";

export interface QueueEntry {
  at: Date;
  source: QueueEntrySource;
  /** The case was in a pool queue before this entry: this is a new clock. */
  reentered: boolean;
  /** The owner changes after the entry, oldest first: a pick-up among them can answer the clock. */
  changesSince: OwnerChange[];
}

export interface QueueEntryInput {
  createdAt: Date;
  /** The case's owner changes, in any order. */
  changes: readonly OwnerChange[];
  /** Only the latest changes were read (the read's row limit was reached): what came before is unknown. */
  truncated: boolean;
  /** Who owns the case now; null when only "not a pool queue" is known. */
  currentOwnerId: string | null;
  isPoolQueue(ownerId: string): boolean;
}

const same = (a: string | null | undefined, b: string | null | undefined) => !!a && !!b && sameId(a, b);

/**
 * Oldest first. CreatedDate has second resolution, so two changes can share it (a
 * claim and a hand-back in one second): then the one that gave the case its current
 * owner is the later, and otherwise the chain of owners orders them.
 */
function byTime(changes: readonly OwnerChange[], currentOwnerId: string | null): OwnerChange[] {
  const tie = (a: OwnerChange, b: OwnerChange) => {
    const aNow = same(a.to, currentOwnerId);
    if (aNow !== same(b.to, currentOwnerId)) return aNow ? 1 : -1;
    return same(a.to, b.from) ? -1 : same(b.to, a.from) ? 1 : 0;
  };
  return [...changes].sort((a, b) => a.at.getTime() - b.at.getTime() || tie(a, b));
}

export function queueEntry({ createdAt, changes, truncated, currentOwnerId, isPoolQueue }: QueueEntryInput): QueueEntry {
  const history = byTime(changes, currentOwnerId);
  const intoQueue = (change: OwnerChange) => change.to !== null && isPoolQueue(change.to);
  const first = history[0];
  const createdInQueue = first ? !truncated && first.from !== null && isPoolQueue(first.from) : currentOwnerId !== null && isPoolQueue(currentOwnerId);
  const entries = history.filter(intoQueue);
  const latest = entries.at(-1);
  if (latest) {
    const index = history.indexOf(latest);
    // Any earlier time in a pool queue (an earlier entry, a move out of one, or created there) makes this a new clock.
    const queuedBefore = entries.length > 1 || createdInQueue || history.slice(0, index).some((change) => change.from !== null && isPoolQueue(change.from));
    return { at: latest.at, source: "entered-queue", reentered: queuedBefore, changesSince: history.slice(index + 1) };
  }
  if (createdInQueue) return { at: createdAt, source: "created-in-queue", reentered: false, changesSince: history };
  return { at: createdAt, source: first ? "not-in-history" : "no-owner-history", reentered: false, changesSince: history };
}

export interface SlaResponseInput {
  entry: QueueEntry;
  /** The First Responded stamp; null while nobody responded, or where the org has no such field. */
  firstRespondedAt: Date | null;
  /** The org has a First Responded field (the org check found it). */
  hasFirstResponded: boolean;
  /** The pooled owner user(s): a move to them is no pick-up. */
  isPooledOwner(ownerId: string): boolean;
}

/**
 * The response that answers this clock: the First Responded stamp when it came
 * after the entry. When no stamp can come for this clock (the org has no such
 * field, or it was stamped before this entry: Salesforce sets it once), the first
 * pick-up since (a move to an AE, which the claim makes with Status In Progress)
 * answers it instead. A stamp from before the entry answered an earlier clock.
 */
export function slaResponse({ entry, firstRespondedAt, hasFirstResponded, isPooledOwner }: SlaResponseInput): Date | null {
  const since = entry.at.getTime();
  // In the entry's own second, a stamp answers only a first clock: a hand-back in the
  // same second as the claim that stamped it starts a clock the stamp cannot answer.
  const stamped = firstRespondedAt?.getTime();
  if (firstRespondedAt && stamped !== undefined && (stamped > since || (stamped === since && !entry.reentered))) return firstRespondedAt;
  if (hasFirstResponded && firstRespondedAt === null) return null;
  const pickUp = entry.changesSince.find((change) => change.to !== null && keyPrefix(change.to) === "005" && !isPooledOwner(change.to));
  return pickUp?.at ?? null;
}

/** The id rows of a case's owner history (Salesforce writes a second row with names). */
export function ownerChangesOf(rows: ReadonlyArray<{ oldValue: unknown; newValue: unknown; at: string }>): OwnerChange[] {
  const ownerId = (value: unknown) => (typeof value === "string" && /^(005|00G)[a-zA-Z0-9]{12}(?:[a-zA-Z0-9]{3})?$/.test(value) ? value : null);
  return rows
    .filter((row) => ownerId(row.oldValue) !== null || ownerId(row.newValue) !== null)
    .map((row) => ({ at: new Date(row.at), from: ownerId(row.oldValue), to: ownerId(row.newValue) }));
}

/** Whether an owner is one of the pool queues (ids in either form). */
export function poolQueueTest(queueIds: readonly (string | null)[]): (ownerId: string) => boolean {
  const ids = queueIds.filter((id): id is string => id !== null);
  return (ownerId) => ids.some((id) => sameId(id, ownerId));
}
