import type { ResolutionClock } from "../../domain/resolution";
import { formatBusinessDuration, type QueueEntry, type SlaClock } from "../../domain/sla";
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

/** Where the SLA clock started, and (as its tooltip) why there. */
function slaStartLine(start: QueueEntry, timeZone: string): { text: string; why: string } {
  const when = formatDateTime(start.at, timeZone);
  switch (start.source) {
    case "created-in-queue":
      return { text: `Counted from ${when}, when the case entered the queue`, why: "The case was created in the pool's queue." };
    case "entered-queue":
      return start.reentered
        ? { text: `Back in the queue since ${when}: a new clock`, why: "The owner history shows the case moved back to the pool's queue; the clock starts again from that move." }
        : { text: `Counted from ${when}, when the case entered the queue`, why: "From the case's owner history: when it moved into the pool's queue." };
    case "no-owner-history":
      return {
        text: `Counted from ${when}, when the case was created: no owner change is on record`,
        why: "Without owner history (is Case Owner history tracked in this org?) the panel cannot tell when the case entered the queue, so it counts from CreatedDate.",
      };
    default:
      return {
        text: `Counted from ${when}, when the case was created: the owner history read shows no entry into the queue`,
        why: "The owner changes read do not include a move into the pool's queue, so the panel counts from CreatedDate.",
      };
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
export function ClocksSection({ view }: { view: Pick<CaseView, "sla" | "slaStart" | "resolution" | "timeZone" | "calendarSource" | "slaPolicy" | "resolutionDays"> }) {
  const { sla, resolution, timeZone } = view;
  const start = slaStartLine(view.slaStart, timeZone);
  return (
    <section className="clocks" aria-label="Clocks">
      <div className={`clock clock--${sla.state}`} data-clock="sla">
        <h3>SLA · first response in {view.slaPolicy.businessHours} business hours</h3>
        <p className="clock__state">{SLA_TEXT[sla.state]}</p>
        <p className="clock__detail">{slaDetail(sla, timeZone)}</p>
        <p className="clock__note" data-sla-start={view.slaStart.source} title={start.why}>
          {start.text}
        </p>
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
