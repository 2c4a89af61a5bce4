/**
 * How long waiting cases have waited, in whole local days since they were opened
 * (the handbook's 7-day target counts calendar days): opened today, 1-2 days ago,
 * 3-6 days ago, a week or more. A band is also a CreatedDate range, so the cases
 * behind a figure are found with the same bounds the count used.
 */
import { addDays, daysBetween, instantAt, localDateOf, parseLocalDate, type LocalDate } from "../business-hours";

export const AGE_BANDS = [
  { key: "today", label: "Opened today", fromDays: 0, toDays: 0 },
  { key: "1-2d", label: "1–2 days", fromDays: 1, toDays: 2 },
  { key: "3-6d", label: "3–6 days", fromDays: 3, toDays: 6 },
  { key: "7d+", label: "7 days or more", fromDays: 7, toDays: null },
] as const;

export type AgeBandKey = (typeof AGE_BANDS)[number]["key"];
export const AGE_BAND_KEYS = AGE_BANDS.map((band) => band.key) as [AgeBandKey, ...AgeBandKey[]];

/** The band of a case opened on `openedOn` (local date), seen on `today`; a future date counts as today. */
export function ageBandOf(openedOn: LocalDate, today: LocalDate): AgeBandKey {
  const days = Math.max(0, daysBetween(openedOn, today));
  return AGE_BANDS.find((band) => days >= band.fromDays && (band.toDays === null || days <= band.toDays))!.key;
}

export function ageBandOfDay(openedOn: string, today: LocalDate): AgeBandKey {
  return ageBandOf(parseLocalDate(openedOn), today);
}

/** CreatedDate >= from and < to (either open) of the cases in a band, seen at `now` in `timeZone`. */
export function ageBandRange(key: AgeBandKey, now: Date, timeZone: string): { from: Date | null; to: Date | null } {
  const band = AGE_BANDS.find((candidate) => candidate.key === key)!;
  const today = localDateOf(now, timeZone);
  const midnight = (daysAgo: number) => instantAt(addDays(today, -daysAgo), 0, timeZone);
  return {
    from: band.toDays === null ? null : midnight(band.toDays),
    to: band.fromDays === 0 ? null : midnight(band.fromDays - 1),
  };
}
