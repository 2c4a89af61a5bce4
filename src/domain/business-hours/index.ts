export {
  WEEKDAYS,
  addBusinessTime,
  businessTimeBetween,
  isOpenAt,
  type BusinessCalendar,
  type Holiday,
  type OpeningHours,
  type Weekday,
} from "./calendar";
export {
  REGION_FALLBACK_CALENDARS,
  calendarFor,
  calendarFromBusinessHoursRecord,
  type BusinessHoursRecord,
  type HolidayRecord,
  type PooledRegion,
} from "./salesforce-business-hours";
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
export { poolCalendar, pooledRegionOf, type OrgBusinessHours } from "./pool-calendar";
