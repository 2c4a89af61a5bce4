/**
 * The simulated org's clock. LastModifiedDate, CreatedDate and SystemModstamp come from
 * it, at second resolution, and If-Unmodified-Since compares at that resolution (REST API
 * "Conditional Request Headers"). Freezing it makes writes land in the same second as the
 * version a client read, which a real org allows and the header then cannot see.
 */
export interface ClockState {
  now: string;
  frozen: boolean;
}

export class SimClock {
  private frozenAt: number | undefined;
  private offsetMs = 0;

  constructor(private readonly source: () => Date) {}

  now(): Date {
    return new Date(this.frozenAt ?? this.source().getTime() + this.offsetMs);
  }

  /** Stops time at `at` (default: now); every write until resume() gets that instant. */
  freeze(at: Date | number = this.now()): void {
    this.frozenAt = typeof at === "number" ? at : at.getTime();
  }

  /** Moves time by `ms`, frozen or not. */
  advance(ms: number): void {
    if (this.frozenAt !== undefined) this.frozenAt += ms;
    else this.offsetMs += ms;
  }

  /** Lets time run again from where it stands. */
  resume(): void {
    if (this.frozenAt === undefined) return;
    this.offsetMs = this.frozenAt - this.source().getTime();
    this.frozenAt = undefined;
  }

  /** Back to the clock the simulator was created with. */
  reset(): void {
    this.frozenAt = undefined;
    this.offsetMs = 0;
  }

  state(): ClockState {
    return { now: this.now().toISOString(), frozen: this.frozenAt !== undefined };
  }
}
