/**
 * The simulated org's clock and the browser's together: "the AE comes back on
 * Friday" moves both, so what the panel calls today and when Salesforce stamps a
 * Task agree. Both keep running from the instant they are moved to.
 */
import type { Page } from "playwright-core";

import { instantAt, parseLocalDate } from "../../../src/domain/business-hours";
import type { Simulator } from "../../simulator/index";

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
