/**
 * Who keeps a place under the cap when two creates race (two tabs, two browsers):
 * every creator reads the AE's open upgrades after its own create and ranks them
 * the same way, by CreatedDate then Id, so they agree on who is first. The first
 * `cap` keep their place; a new one ranked past them is the one to take back.
 * Ids tie-break within a second (CreatedDate has second resolution); the rule is
 * the same in every tab, so two creators never both keep a 16th.
 */
import { toId18 } from "../salesforce-id";

export interface RankedUpgrade {
  id: string;
  createdDate: string;
}

export type CapPlace = { keeps: true; rank: number } | { keeps: false; rank: number; ahead: number };

const instantOf = (iso: string) => Date.parse(iso.replace(/\+0000$/, "Z"));

/** The upgrades in the order that decides who keeps a place: CreatedDate, then Id. */
export function capOrder<T extends RankedUpgrade>(upgrades: readonly T[]): T[] {
  return [...upgrades].sort((a, b) => instantOf(a.createdDate) - instantOf(b.createdDate) || (toId18(a.id) < toId18(b.id) ? -1 : toId18(a.id) > toId18(b.id) ? 1 : 0));
}

/** Where the new upgrade ranks among the AE's open ones read after its create (itself included). */
export function capPlace(upgrades: readonly RankedUpgrade[], newId: string, cap: number): CapPlace {
  const ordered = capOrder(upgrades);
  const index = ordered.findIndex((upgrade) => toId18(upgrade.id) === toId18(newId));
  // Not in the read (it does not count as an active upgrade): it takes no place.
  if (index < 0) return { keeps: true, rank: 0 };
  const rank = index + 1;
  return rank <= cap ? { keeps: true, rank } : { keeps: false, rank, ahead: index };
}
