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
