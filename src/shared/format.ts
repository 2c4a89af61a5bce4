/** Dates and times for the panel, in the AE's time zone. */
const STYLES = {
  day: { weekday: "short", month: "short", day: "numeric" },
  dateTime: { month: "short", day: "numeric", hour: "numeric", minute: "2-digit", timeZoneName: "short" },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

/** Building a formatter is far slower than using one: one per (style, zone). */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(style: keyof typeof STYLES, timeZone: string): Intl.DateTimeFormat {
  const key = `${style} ${timeZone}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", { ...STYLES[style], timeZone });
    formatters.set(key, format);
  }
  return format;
}

export function formatDay(dateIso: string, timeZone: string): string {
  return formatter("day", timeZone).format(new Date(`${dateIso}T12:00:00Z`));
}

export function formatDateTime(at: Date, timeZone: string): string {
  return formatter("dateTime", timeZone).format(at);
}

/** "1 day", "3 days". */
export function dayCount(days: number | null): string {
  return `${days} ${days === 1 ? "day" : "days"}`;
}
