import { formatLocalDate, localDateOf, type ClosedDay } from "../../domain/business-hours";
import type { CadenceStep } from "../../domain/cadence";
import type { CasePanelData } from "../../messaging/case-panel-data";
import type { Transport } from "../../messaging/send-request";
import { toAppErrorOf } from "../../shared/app-error";
import type { CaseView } from "./derive-case-view";
import { formatDateTime, formatDay } from "../../shared/format";
import { useLogActivity } from "./use-case-work";

const KIND = { email: "Email", call: "Call" } as const;

/** "(Day 3 is a Sunday)", "(Day 5 is Thanksgiving)": why a step is due later than its day. */
export function movedText(day: number, closed: ClosedDay): string {
  if (closed.reason === "weekday") return `Day ${day} is a ${closed.weekday.charAt(0).toUpperCase()}${closed.weekday.slice(1)}`;
  return `Day ${day} is ${closed.name ?? "a holiday"}`;
}

function stepStatus(step: CadenceStep, timeZone: string): string {
  switch (step.state) {
    case "done":
      return `Done ${step.doneBy ? formatDateTime(step.doneBy.at, timeZone) : ""}`.trim();
    case "due":
      return "Due today";
    case "overdue":
      return "Overdue";
    case "upcoming":
      return "Upcoming";
    default:
      return "Preview";
  }
}

/** The profile's outreach cadence (the handbook's Day 1 email, Day 3 call, Day 5 email, Day 7 email) with one-click logging. */
export function CadenceChecklist({ data, view, now, transport }: { data: CasePanelData; view: CaseView; now: Date; transport?: Transport }) {
  const logActivity = useLogActivity(data.case.id, transport);
  const contact = data.case.contact;
  const canLog = view.claimed && view.isMine && !data.case.isClosed;
  const next = view.nextStep;
  // Only from the step's own day: the cadence counts an activity for a step only on or
  // after that day, so a call logged on Day 2 would not tick Day 3 and the button would stay.
  const loggable = (step: CadenceStep) => canLog && next?.day === step.day && (step.state === "due" || step.state === "overdue");

  const log = (step: CadenceStep) =>
    logActivity.mutate({
      caseId: data.case.id,
      contactId: contact?.id ?? null,
      kind: step.kind,
      day: step.day,
      activityDate: formatLocalDate(localDateOf(now, view.timeZone)),
    });

  return (
    <section className="cadence" aria-label="Outreach cadence">
      <h3>Outreach cadence</h3>
      {view.claimed ? null : <p className="muted">Preview: Day 1 is the day the case is claimed.</p>}
      <ol className="cadence__steps">
        {view.cadence.map((step) => (
          <li key={step.day} className={`cadence__step cadence__step--${step.state}`} data-day={step.day} data-state={step.state}>
            <span className="cadence__day">Day {step.day}</span>
            <span className="cadence__kind">{KIND[step.kind]}</span>
            <span className="cadence__date">
              {formatDay(step.date, view.timeZone)}
              {step.movedBecause ? <span className="cadence__moved"> ({movedText(step.day, step.movedBecause)})</span> : null}
            </span>
            <span className="cadence__status">{stepStatus(step, view.timeZone)}</span>
            {loggable(step) ? (
              <button type="button" className="button button--small" disabled={logActivity.isPending} onClick={() => log(step)}>
                Log {step.kind}
              </button>
            ) : null}
          </li>
        ))}
      </ol>
      {logActivity.isError ? (
        <p role="alert" className="notice">
          Could not log the activity: {toAppErrorOf(logActivity.error).message}
        </p>
      ) : null}
    </section>
  );
}
