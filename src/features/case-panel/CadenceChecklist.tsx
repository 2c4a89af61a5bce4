import type { ReactNode } from "react";

import type { ClosedDay } from "../../domain/business-hours";
import type { CaseCadenceStep } from "../../domain/case-clocks";
import type { CasePanelData } from "../../messaging/case-panel-data";
import type { CaseView } from "./derive-case-view";
import { formatDateTime, formatDay } from "../../shared/format";

const KIND = { email: "Email", call: "Call" } as const;

/** "(Day 3 is a Sunday)", "(Day 5 is Thanksgiving)": why a step is due later than its day. */
export function movedText(day: number, closed: ClosedDay): string {
  if (closed.reason === "weekday") return `Day ${day} is a ${closed.weekday.charAt(0).toUpperCase()}${closed.weekday.slice(1)}`;
  return `Day ${day} is ${closed.name ?? "a holiday"}`;
}

function stepStatus(step: CaseCadenceStep, timeZone: string): string {
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

/** What the step's date says about the resolution target, on the steps it concerns. */
function targetNote(step: CaseCadenceStep, target: CaseView["cadenceTarget"], days: number, timeZone: string): string | null {
  const last = formatDay(target.targetDate, timeZone);
  if (step.afterTarget && step.moved) return `Day ${step.day} would fall on ${formatDay(step.cadenceDate, timeZone)}, after the ${days}-day target (${last}): moved up.`;
  if (step.afterTarget) return `After the ${days}-day target (${last}).`;
  if (step.moved) return `Moved up from ${formatDay(step.cadenceDate, timeZone)} to end by the ${days}-day target.`;
  return null;
}

function TargetSummary({ view }: { view: CaseView }) {
  const { cadenceTarget: target, resolutionDays: days } = view;
  if (target.afterTarget.length === 0) return null;
  const steps = view.cadence.filter((step) => step.afterTarget).map((step) => `Day ${step.day} ${step.kind}`);
  const last = formatDay(target.targetDate, view.timeZone);
  if (target.flagged) {
    return (
      <p className="cadence__target cadence__target--flagged" role="status" data-target="flagged">
        Past target: {steps.join(", ")} {steps.length === 1 ? "falls" : "fall"} after the {days}-day target ({last}).
        {target.choice === "compress" ? " No day is left to move it up to." : " The cadence keeps its dates."}
      </p>
    );
  }
  return (
    <p className="cadence__target" role="status" data-target="compressed">
      {steps.join(", ")} would fall after the {days}-day target ({last}): the steps left are moved up to end by then.
    </p>
  );
}

export interface CadenceStepSlot {
  /** The step is the next one, due or overdue, on my open claimed case: it can be done now. */
  actionable: boolean;
}

/**
 * The profile's outreach cadence (the handbook's Day 1 email, Day 3 call, Day 5
 * email, Day 7 email) on the dates the AE should do each step, against the
 * resolution target. What goes under a step (its timeline, the controls that do
 * it) comes from the page that composes the panel.
 */
export function CadenceChecklist({ data, view, renderStep }: { data: CasePanelData; view: CaseView; renderStep?: (step: CaseCadenceStep, slot: CadenceStepSlot) => ReactNode }) {
  const canAct = view.claimed && view.isMine && !data.case.isClosed;
  const next = view.nextStep;
  // Only from the step's own date: the cadence counts an activity for a step only from
  // then, so a call logged before Day 3 would not tick it.
  const actionable = (step: CaseCadenceStep) => canAct && next?.day === step.day && (step.state === "due" || step.state === "overdue");
  const showTarget = !data.case.isClosed;

  return (
    <section className="cadence" aria-label="Outreach cadence">
      <h3>Outreach cadence</h3>
      {view.claimed ? null : <p className="muted">Preview: Day 1 is the day the case is claimed.</p>}
      {showTarget ? <TargetSummary view={view} /> : null}
      <ol className="cadence__steps">
        {view.cadence.map((step) => {
          const note = showTarget ? targetNote(step, view.cadenceTarget, view.resolutionDays, view.timeZone) : null;
          return (
            <li
              key={step.day}
              className={`cadence__step cadence__step--${step.state}`}
              data-day={step.day}
              data-state={step.state}
              data-date={step.date}
              {...(step.afterTarget ? { "data-after-target": "true" } : {})}
            >
              <span className="cadence__day">Day {step.day}</span>
              <span className="cadence__kind">{KIND[step.kind]}</span>
              <span className="cadence__date">
                {formatDay(step.date, view.timeZone)}
                {step.movedBecause && !step.moved ? <span className="cadence__moved"> ({movedText(step.day, step.movedBecause)})</span> : null}
              </span>
              <span className="cadence__status">{stepStatus(step, view.timeZone)}</span>
              {note ? <span className="cadence__target-note">{note}</span> : null}
              {renderStep?.(step, { actionable: actionable(step) })}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
