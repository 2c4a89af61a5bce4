import { holidayDates } from "./holiday-recurrence";

describe("the dates of a Salesforce holiday", () => {
  it("a one-off holiday falls on its ActivityDate", () => {
    expect(holidayDates({ ActivityDate: "2026-12-24", IsRecurrence: false }, [2026, 2027])).toEqual(["2026-12-24"]);
  });

  it("RecursYearly falls on the same date every year", () => {
    const july4 = { ActivityDate: "2020-07-04", IsRecurrence: true, RecurrenceType: "RecursYearly", RecurrenceMonthOfYear: "July", RecurrenceDayOfMonth: 4 };
    expect(holidayDates(july4, [2026, 2027])).toEqual(["2026-07-04", "2027-07-04"]);
  });

  it.each([
    // Thanksgiving: the fourth Thursday of November (Thursday = 16 in Salesforce's mask).
    ["Fourth", 16, "November", ["2026-11-26", "2027-11-25"]],
    // Memorial Day: the last Monday of May.
    ["Last", 2, "May", ["2026-05-25", "2027-05-31"]],
    // Labor Day: the first Monday of September.
    ["First", 2, "September", ["2026-09-07", "2027-09-06"]],
  ])("RecursYearlyNth %s weekday (mask %i) of %s", (instance, mask, month, expected) => {
    const holiday = { IsRecurrence: true, RecurrenceType: "RecursYearlyNth", RecurrenceInstance: instance, RecurrenceDayOfWeekMask: mask, RecurrenceMonthOfYear: month };
    expect(holidayDates(holiday, [2026, 2027])).toEqual(expected);
  });

  it("respects the recurrence's start and end", () => {
    const holiday = { IsRecurrence: true, RecurrenceType: "RecursYearly", RecurrenceMonthOfYear: "June", RecurrenceDayOfMonth: 19, RecurrenceStartDate: "2027-01-01" };
    expect(holidayDates(holiday, [2026, 2027])).toEqual(["2027-06-19"]);
  });

  it("a recurrence it does not model counts on its ActivityDate only, and nothing without one", () => {
    expect(holidayDates({ ActivityDate: "2026-03-02", IsRecurrence: true, RecurrenceType: "RecursWeekly" }, [2026])).toEqual(["2026-03-02"]);
    expect(holidayDates({ ActivityDate: null, IsRecurrence: true, RecurrenceType: "RecursWeekly" }, [2026])).toEqual([]);
  });
});
