import { addDays, daysBetween, instantAt, localDateOf, localMinuteOf, offsetAt, parseLocalDate, weekdayOf } from "./zoned-time";

const d = (text: string) => parseLocalDate(text);
const iso = (date: Date) => date.toISOString();

describe("instantAt: a local wall-clock time to an instant", () => {
  it.each([
    ["America/New_York", "2026-03-06", 9 * 60, "2026-03-06T14:00:00.000Z"], // EST, Friday before the change
    ["America/New_York", "2026-03-09", 9 * 60, "2026-03-09T13:00:00.000Z"], // EDT, Monday after
    ["America/New_York", "2026-03-08", 2 * 60 + 30, "2026-03-08T07:30:00.000Z"], // skipped 02:30 reads as 03:30 EDT
    ["America/New_York", "2026-11-01", 60 + 30, "2026-11-01T05:30:00.000Z"], // repeated 01:30: the first (EDT)
    ["America/New_York", "2026-03-08", 5 * 60, "2026-03-08T09:00:00.000Z"], // hours after the change: EDT
    ["America/New_York", "2026-11-01", 4 * 60, "2026-11-01T09:00:00.000Z"], // hours after the change: EST
    ["Europe/Dublin", "2026-10-25", 60 + 30, "2026-10-25T00:30:00.000Z"], // repeated 01:30: the first (IST)
    ["Europe/Dublin", "2026-03-29", 60 + 30, "2026-03-29T01:30:00.000Z"], // skipped 01:30 reads as 02:30 IST
    ["America/New_York", "2026-11-23", 1440, "2026-11-24T05:00:00.000Z"], // the midnight that ends the day
    ["Europe/Dublin", "2026-01-05", 9 * 60, "2026-01-05T09:00:00.000Z"], // GMT
    ["Europe/Dublin", "2026-07-06", 9 * 60, "2026-07-06T08:00:00.000Z"], // IST
    ["Asia/Kolkata", "2026-07-06", 9 * 60, "2026-07-06T03:30:00.000Z"],
    ["UTC", "2026-07-06", 0, "2026-07-06T00:00:00.000Z"],
  ])("%s %s minute %i is %s", (zone, date, minute, expected) => {
    expect(iso(instantAt(d(date), minute, zone))).toBe(expected);
  });
});

describe("local date and minute of an instant", () => {
  it.each([
    ["2026-11-24T04:59:00.000Z", "America/New_York", "2026-11-23", 23 * 60 + 59],
    ["2026-11-24T05:00:00.000Z", "America/New_York", "2026-11-24", 0],
    ["2026-07-06T23:30:00.000Z", "Europe/Dublin", "2026-07-07", 30],
    ["2026-03-08T07:30:00.000Z", "America/New_York", "2026-03-08", 3 * 60 + 30],
  ])("%s in %s is %s, minute %i", (instant, zone, date, minute) => {
    expect(localDateOf(new Date(instant), zone)).toEqual(d(date));
    expect(localMinuteOf(new Date(instant), zone)).toBe(minute);
  });

  it("offsets follow DST", () => {
    expect(offsetAt(Date.parse("2026-03-08T06:59:59Z"), "America/New_York")).toBe(-5 * 3_600_000);
    expect(offsetAt(Date.parse("2026-03-08T07:00:00Z"), "America/New_York")).toBe(-4 * 3_600_000);
  });

  // The offsets are kept per UTC hour: the hour of a change must still give each second its own.
  it.each([
    // St. John's moves its clocks at 02:00 local, half past a UTC hour.
    ["America/St_Johns", "2026-03-08T05:00:00Z", -3.5],
    ["America/St_Johns", "2026-03-08T05:29:59Z", -3.5],
    ["America/St_Johns", "2026-03-08T05:30:00Z", -2.5],
    ["America/St_Johns", "2026-03-08T05:59:59Z", -2.5],
    ["America/St_Johns", "2026-03-08T06:00:00Z", -2.5],
    ["America/St_Johns", "2026-03-08T04:59:59Z", -3.5],
    ["America/St_Johns", "2026-11-01T04:29:59Z", -2.5],
    ["America/St_Johns", "2026-11-01T04:30:00Z", -3.5],
    ["Australia/Lord_Howe", "2026-04-04T14:59:59Z", 11],
    ["Australia/Lord_Howe", "2026-04-04T15:00:00Z", 10.5],
  ])("in %s at %s the offset is %f h", (zone, instant, hours) => {
    expect(offsetAt(Date.parse(instant), zone)).toBe(hours * 3_600_000);
  });

  it("formats an instant in a zone about once per hour asked, not once per instant", () => {
    const format = vi.spyOn(Intl.DateTimeFormat.prototype, "formatToParts");
    try {
      const hour = Date.parse("2031-01-15T10:00:00Z");
      for (let minute = 0; minute < 60; minute++) expect(offsetAt(hour + minute * 60_000, "Europe/Paris")).toBe(3_600_000);
      expect(format.mock.calls.length).toBeLessThanOrEqual(2);
    } finally {
      format.mockRestore();
    }
  });
});

describe("calendar dates", () => {
  it.each([
    ["2026-02-27", 2, "2026-03-01"],
    ["2026-12-31", 1, "2027-01-01"],
    ["2026-03-01", -1, "2026-02-28"],
  ])("%s + %i days is %s", (from, days, to) => {
    expect(addDays(d(from), days)).toEqual(d(to));
    expect(daysBetween(d(from), d(to))).toBe(days);
  });

  it("knows the weekday", () => expect(weekdayOf(d("2026-11-23"))).toBe(1));

  it.each(["2026-02-30", "2026-1-05", "tomorrow"])("rejects %s", (text) => expect(() => parseLocalDate(text)).toThrow());
});
