/**
 * "3 h 20 min" for business durations. Never in days: a business day is 8 hours in
 * one calendar and 24 in another, so "1 d" would mean different things. Formats the
 * magnitude: the wording around it ("left", "late by") carries the direction.
 */
const MINUTE = 60_000;

export function formatBusinessDuration(ms: number): string {
  const abs = Math.abs(ms);
  // A sliver of time left (or late) must not read as "0 min".
  if (abs > 0 && abs < MINUTE) return `< 1 min`;
  const totalMinutes = Math.floor(abs / MINUTE);
  const hours = Math.floor(totalMinutes / 60);
  const minutes = totalMinutes % 60;
  if (hours === 0) return `${minutes} min`;
  return minutes === 0 ? `${hours} h` : `${hours} h ${minutes} min`;
}
