/**
 * The simulated org's clock and the browser's together: "the AE comes back on
 * Friday" moves both, so what the panel calls today and when Salesforce stamps a
 * Task agree. Both keep running from the instant they are moved to.
 */
import type { Page } from "playwright-core";

import { addDays, formatLocalDate, instantAt, localDateOf, parseLocalDate } from "../../../src/domain/business-hours";
import type { Simulator } from "../../simulator/index";
import { HOLIDAYS } from "../../simulator/seeds/baseline";

/**
 * 10:00 in the zone on the first Wednesday from tomorrow that is not one of the demo
 * org's holidays: a start for tests whose cadence must begin on a business day
 * whatever day they run (startOrgSession(user, { at })).
 */
export function nextWednesdayMorning(timeZone: string): Date {
  let date = addDays(localDateOf(new Date(), timeZone), 1);
  const weekday = () => new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
  while (weekday() !== 3 || HOLIDAYS.some((holiday) => holiday.date === formatLocalDate(date))) date = addDays(date, 1);
  return instantAt(date, 10 * 60, timeZone);
}

export class OrgClock {
  constructor(
    private readonly sim: Simulator,
    private readonly page: Page,
  ) {}

  now(): Date {
    return this.sim.clock.now();
  }

  async moveTo(instant: Date): Promise<void> {
    this.sim.clock.advance(instant.getTime() - this.sim.clock.now().getTime());
    await this.page.clock.setSystemTime(instant);
  }

  /** That local date (YYYY-MM-DD) at that wall-clock time in the zone. */
  async moveToLocal(date: string, hhmm: string, timeZone: string): Promise<void> {
    const [hours, minutes] = hhmm.split(":").map(Number) as [number, number];
    await this.moveTo(instantAt(parseLocalDate(date), hours * 60 + minutes, timeZone));
  }
}
