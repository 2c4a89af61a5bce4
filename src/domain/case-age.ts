/** Human age of a case ("3 h", "2 d 4 h") from its CreatedDate, for the panel header. */
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export function formatCaseAge(createdAt: Date, now: Date): string {
  const elapsed = Math.max(0, now.getTime() - createdAt.getTime());
  if (elapsed < HOUR) return `${Math.floor(elapsed / 60_000)} min`;
  if (elapsed < DAY) return `${Math.floor(elapsed / HOUR)} h`;
  const days = Math.floor(elapsed / DAY);
  const hours = Math.floor((elapsed % DAY) / HOUR);
  return hours ? `${days} d ${hours} h` : `${days} d`;
}
