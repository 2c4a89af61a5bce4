/**
 * Handbook rule before working a case: if the account already has an open Pooled
 * case owned by an AE, or an active upgrade opportunity owned by an AE,
 * the new case goes to that AE, so the customer keeps one point of contact.
 * "Owned by an AE" means not a queue and not the pooled owner user, which owns
 * every AMER Pooled account and opportunity by default.
 *
 * What I own myself is no conflict for me: the rule sends the case to me, so I
 * claim it (never a transfer to myself). It is still worth a line ("You already
 * work this account"), so such records are found and marked `mine`; the transfer
 * target only ever comes from other AEs' records.
 */
import { sameId } from "../salesforce-id";
import type { UpgradePolicy } from "../org-profile";
import { isActiveUltimateUpgrade } from "../upgrade-cap";

export interface RecordOwner {
  id: string;
  name: string;
}

export interface AccountCase {
  id: string;
  caseNumber: string;
  isClosed: boolean;
  isPooled: boolean;
  owner: RecordOwner & { isQueue: boolean };
}

export interface AccountOpportunity {
  id: string;
  name: string;
  nextStep: string | null;
  isClosed: boolean;
  owner: RecordOwner;
}

export interface ConflictInput {
  /** The case about to be worked; it never conflicts with itself. */
  caseId: string;
  /** The account's other cases, oldest first. */
  otherCases: readonly AccountCase[];
  /** The account's opportunities, oldest first. */
  opportunities: readonly AccountOpportunity[];
  /** The pooled owner user(s): owning is not "working". */
  pooledOwnerUserIds: readonly string[];
  /** How an upgrade opportunity is recognised (the profile's). */
  upgrade: Pick<UpgradePolicy, "mark" | "markedIn">;
  /** The AE looking (or claiming): their own records are marked `mine`. */
  meId?: string | null;
}

export type ConflictKind = "open-case" | "upgrade-opportunity";

export interface Conflict {
  kind: ConflictKind;
  recordId: string;
  label: string;
  transferTo: RecordOwner;
  /** I own it: I already work this account, so it sends the case to no one else. */
  mine: boolean;
}

export function findConflicts({ caseId, otherCases, opportunities, pooledOwnerUserIds, upgrade, meId = null }: ConflictInput): Conflict[] {
  const isPooledUser = (ownerId: string) => pooledOwnerUserIds.some((id) => sameId(id, ownerId));
  const ownerOf = (owner: RecordOwner): RecordOwner => ({ id: owner.id, name: owner.name });
  const isMine = (owner: RecordOwner) => meId !== null && sameId(owner.id, meId);

  const caseConflicts = otherCases
    .filter((c) => !sameId(c.id, caseId) && c.isPooled && !c.isClosed && !c.owner.isQueue && !isPooledUser(c.owner.id))
    .map((c): Conflict => ({ kind: "open-case", recordId: c.id, label: `Case ${c.caseNumber}`, transferTo: ownerOf(c.owner), mine: isMine(c.owner) }));

  const upgradeConflicts = opportunities
    .filter((o) => isActiveUltimateUpgrade(o, upgrade) && !isPooledUser(o.owner.id))
    .map((o): Conflict => ({ kind: "upgrade-opportunity", recordId: o.id, label: o.name, transferTo: ownerOf(o.owner), mine: isMine(o.owner) }));

  return [...caseConflicts, ...upgradeConflicts];
}

export interface TransferTarget extends RecordOwner {
  /** The conflict that decided it, for the "why" in the panel. */
  because: Conflict;
}

/**
 * Whom to transfer to when there are conflicts. An upgrade owner wins over
 * a case owner: the upgrade is a long-running, high-value deal the handbook gives
 * an AE dedicated ownership of, while a case is meant to be closed within 7 days;
 * routing the new case to the deal owner keeps the account with the person who
 * will still own it next week. Among equals, the first (oldest) wins. My own
 * records never make a target: the case is mine to claim.
 */
export function transferTarget(conflicts: readonly Conflict[]): TransferTarget | null {
  const others = conflicts.filter((c) => !c.mine);
  const winner = others.find((c) => c.kind === "upgrade-opportunity") ?? others[0];
  return winner ? { ...winner.transferTo, because: winner } : null;
}

/** The account's records I already work: no conflict for me, but the panel says so. */
export function ownWork(conflicts: readonly Conflict[]): Conflict[] {
  return conflicts.filter((c) => c.mine);
}
