/**
 * User Timing marks of what the AE waits for: when the panel (or popup) got its
 * data and when it showed it. Free when nobody reads them; the bench reads them
 * (test/bench), and so could a profiler or a monitoring script.
 */
export type Shown = "case" | "pool";

/** The data for `id` arrived (parsed). */
export function markAnswer(what: Shown, id: string): void {
  globalThis.performance?.mark?.(`pcc:${what}-answer`, { detail: id });
}

/** The view shows the data for `id` (after React committed it). */
export function markShown(what: Shown, id: string): void {
  globalThis.performance?.mark?.(`pcc:${what}-shown`, { detail: id });
}
