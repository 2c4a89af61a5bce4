/**
 * The SOQL of the team view, one builder per set of cases, so a figure's count
 * (an aggregate) and the list of the cases behind it (a plain query) use the
 * same filter: a pool's waiting cases, the cases of a pool (its queue's and its
 * AEs'), and instants as SOQL dateTime literals. Days are the querying user's:
 * DAY_ONLY(convertTimezone(...)) groups in their TimeZoneSidKey.
 */
import type { OrgProfile, Pool } from "../../domain/org-profile";
import { ownedByPoolQueue, pooledRecordType } from "./pooled-soql";
import { soqlId, soqlList } from "./soql";

/** SOQL's dateTime literal (UTC, second precision, unquoted); `up` rounds a fraction of a second up. */
export function soqlDateTime(instant: Date, round: "down" | "up" = "down"): string {
  const ms = instant.getTime();
  const seconds = round === "up" ? Math.ceil(ms / 1000) : Math.floor(ms / 1000);
  return new Date(seconds * 1000).toISOString().replace(/\.\d{3}Z$/, "Z");
}

/** The field's local day in the querying user's zone, for SELECT and GROUP BY. */
export const localDay = (field: string) => `DAY_ONLY(convertTimezone(${field}))`;

/** The cases waiting in the pool's queue now (every one: the ASM sees the whole queue). */
export function waitingInPool(pool: Pool): string {
  return `IsClosed = false AND ${ownedByPoolQueue(pool)}`;
}

/** The pooled cases a pool's queue or one of its AEs owns; null when the pool has neither. */
export function casesOfPool(profile: Pick<OrgProfile, "case">, owners: readonly string[]): string | null {
  return owners.length ? `${pooledRecordType(profile)} AND OwnerId IN ${soqlList(owners, soqlId)}` : null;
}

/** ` AND field >= from AND field < to` for the bounds that are set. */
export function between(field: string, from: Date | null, to: Date | null): string {
  return `${from ? ` AND ${field} >= ${soqlDateTime(from)}` : ""}${to ? ` AND ${field} < ${soqlDateTime(to)}` : ""}`;
}

/** What every case behind a figure shows. */
export const CASE_REF_FIELDS = "Id, CaseNumber, Subject, Priority, CreatedDate, Owner.Name";
