/**
 * Intl formatters, built once per locale, zone and style and then reused: building
 * one costs about a millisecond, formatting with it microseconds, and a panel's
 * Composite runs a dozen queries in the querying user's zone.
 */
const formats = new Map<string, Intl.DateTimeFormat>();

export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale} ${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    formats.set(key, format);
  }
  return format;
}

const zones = new Map<string, boolean>();

/** Whether Intl knows the IANA zone (a user's TimeZoneSidKey). */
export function isKnownZone(zone: string): boolean {
  let known = zones.get(zone);
  if (known === undefined) {
    try {
      dateTimeFormat("en-US", { timeZone: zone });
      known = true;
    } catch {
      known = false;
    }
    zones.set(zone, known);
  }
  return known;
}
