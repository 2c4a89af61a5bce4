export {
  WEEKDAYS,
  addBusinessTime,
  businessTimeBetween,
  closedDay,
  isOpenAt,
  onOrAfterBusinessDay,
  type ClosedDay,
  type BusinessCalendar,
  type Holiday,
  type OpeningHours,
  type Weekday,
} from "./calendar";
export { calendarFromBusinessHoursRecord, type BusinessHoursRecord, type HolidayRecord } from "./salesforce-business-hours";
export {
  HOUR_MS,
  MINUTE_MS,
  addDays,
  compareDates,
  daysBetween,
  formatLocalDate,
  instantAt,
  localDateOf,
  localMinuteOf,
  parseLocalDate,
  type LocalDate,
} from "./zoned-time";
export { calendarFromPolicy, poolCalendar, type OrgBusinessHours } from "./pool-calendar";
