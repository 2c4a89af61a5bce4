import type { ResolutionClock } from "../../domain/resolution";
import { formatBusinessDuration, type SlaClock } from "../../domain/sla";
import type { CaseView } from "./derive-case-view";
import { dayCount, formatDateTime } from "../../shared/format";

const SLA_TEXT = { "on-track": "On track", "at-risk": "At risk", met: "Met", breached: "Breached" } as const;

function slaDetail(sla: SlaClock, timeZone: string): string {
  switch (sla.state) {
    case "met":
      return `Answered ${formatDateTime(sla.metAt, timeZone)}`;
    case "breached":
      return `Late by ${formatBusinessDuration(sla.breachedByBusinessMs)} of business time · was due ${formatDateTime(sla.dueAt, timeZone)}`;
    default:
      return `${formatBusinessDuration(sla.remainingBusinessMs)} of business time left · due ${formatDateTime(sla.dueAt, timeZone)}`;
  }
}

function resolutionState(resolution: ResolutionClock): string {
  switch (resolution.state) {
    case "on-track":
      return `${dayCount(resolution.daysLeft)} left`;
    case "due-today":
      return "Due today";
    case "overdue":
      return `Overdue by ${dayCount(resolution.overdueByDays)}`;
    case "resolved-in-time":
      return "Resolved in time";
    default:
      return "Resolved late";
  }
}

/** The handbook's two clocks, by the profile's policy: picked up and answered within 8 business hours; resolved within 7 days. */
export function ClocksSection({ view }: { view: Pick<CaseView, "sla" | "resolution" | "timeZone" | "calendarSource" | "slaPolicy" | "resolutionDays"> }) {
  const { sla, resolution, timeZone } = view;
  return (
    <section className="clocks" aria-label="Clocks">
      <div className={`clock clock--${sla.state}`} data-clock="sla">
        <h3>SLA · first response in {view.slaPolicy.businessHours} business hours</h3>
        <p className="clock__state">{SLA_TEXT[sla.state]}</p>
        <p className="clock__detail">{slaDetail(sla, timeZone)}</p>
        <p className="clock__note">{view.calendarSource === "org" ? "Org business hours" : "The pool's policy hours (the org has none for it)"}</p>
      </div>
      <div className={`clock clock--${resolution.state}`} data-clock="resolution">
        <h3>Resolve within {view.resolutionDays} days</h3>
        <p className="clock__state">{resolutionState(resolution)}</p>
        <p className="clock__detail">Target {formatDateTime(resolution.dueAt, timeZone)}</p>
      </div>
    </section>
  );
}
