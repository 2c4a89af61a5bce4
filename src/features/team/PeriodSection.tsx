/** "Over a period": SLA met %, time to first response, resolved within the target, and where the cases came from and went. */
import { PERIOD_KINDS, PERIOD_LABELS, type PeriodKind } from "../../domain/team/period";
import { formatBusinessDuration } from "../../domain/sla";
import type { TeamPeriodAnswer } from "../../messaging/team";
import { BarList } from "./charts/BarList";
import { LineChart } from "./charts/LineChart";
import { FigureButton, type FigureSelection } from "./FigureButton";
import { casesFigure, filterFigure, percentText } from "./figures";

export function PeriodPicker({ value, onChange }: { value: PeriodKind; onChange(kind: PeriodKind): void }) {
  return (
    <fieldset className="period-picker">
      <legend>Period</legend>
      {PERIOD_KINDS.map((kind) => (
        <label key={kind} className={kind === value ? "period-picker__option period-picker__option--on" : "period-picker__option"}>
          <input type="radio" name="team-period" value={kind} checked={kind === value} onChange={() => onChange(kind)} />
          {PERIOD_LABELS[kind]}
        </label>
      ))}
    </fieldset>
  );
}

function Kpis({ answer, selection }: { answer: TeamPeriodAnswer; selection: FigureSelection }) {
  const zone = answer.timeZone;
  const { sla, firstResponse, resolution } = answer;
  return (
    <div className="tiles">
      <div className="tile">
        <p className="tile__label">SLA met</p>
        {sla ? (
          <>
            <p className="tile__value" data-kpi="sla">
              {percentText(sla.percent)}
            </p>
            <p className="tile__note">
              <FigureButton figure={casesFigure("sla:met", "answered within the SLA", sla.met, zone)} selection={selection} /> met,{" "}
              <FigureButton figure={casesFigure("sla:missed", "answered late or not yet, past the SLA", sla.missed, zone)} selection={selection} /> missed
              {sla.running ? `, ${sla.running} still running` : ""}
            </p>
          </>
        ) : (
          <p className="tile__note">Not counted: the org has no first-response field.</p>
        )}
      </div>
      <div className="tile">
        <p className="tile__label">Median time to first response</p>
        <p className="tile__value" data-kpi="first-response">
          {firstResponse?.medianBusinessMs != null ? formatBusinessDuration(firstResponse.medianBusinessMs) : "–"}
        </p>
        <p className="tile__note">{firstResponse ? `business time, over ${firstResponse.answered} answered cases` : "Not counted: the org has no first-response field."}</p>
      </div>
      <div className="tile">
        <p className="tile__label">Resolved within {resolution.targetDays} days</p>
        <p className="tile__value" data-kpi="resolution">
          {percentText(resolution.percent)}
        </p>
        <p className="tile__note">
          <FigureButton figure={casesFigure("resolution:in-time", `closed within ${resolution.targetDays} days of opening`, resolution.inTime, zone)} selection={selection} /> in time,{" "}
          <FigureButton figure={casesFigure("resolution:late", `closed more than ${resolution.targetDays} days after opening`, resolution.late, zone)} selection={selection} /> later
        </p>
      </div>
    </div>
  );
}

export function PeriodSection({ answer, selection }: { answer: TeamPeriodAnswer; selection: FigureSelection }) {
  const period = answer.period.kind;
  const label = PERIOD_LABELS[period].toLowerCase();
  const points = answer.perDay.map((day) => ({
    day: day.day,
    opened: filterFigure(`opened:${day.day}`, `opened on ${day.day}`, day.opened, { kind: "opened", period, day: day.day }),
    closed: filterFigure(`closed:${day.day}`, `closed on ${day.day}`, day.closed, { kind: "closed", period, day: day.day }),
  }));
  return (
    <div className="team-period">
      <Kpis answer={answer} selection={selection} />
      <h3>Cases per day</h3>
      <LineChart
        title={`Cases opened and closed per day, ${label}`}
        points={points}
        totals={{
          opened: filterFigure("opened", `opened ${label}`, answer.totals.opened, { kind: "opened", period }),
          closed: filterFigure("closed", `closed ${label}`, answer.totals.closed, { kind: "closed", period }),
        }}
        timeZone={answer.timeZone}
        selection={selection}
      />
      <h3>Cases per trigger</h3>
      {answer.triggers.length ? (
        <BarList
          label={`Cases per trigger, ${label}`}
          bars={answer.triggers.map((trigger) => ({ key: trigger.trigger, label: trigger.label, figure: filterFigure(`trigger:${trigger.trigger}`, `${trigger.label} cases ${label}`, trigger.cases, { kind: "trigger", period, trigger: trigger.trigger }) }))}
          selection={selection}
        />
      ) : (
        <p className="muted">No case entered the pool {label}.</p>
      )}
      <h3>Resolution actions</h3>
      {answer.resolutionActions === null ? (
        <p className="muted">The org has no Resolution Action field.</p>
      ) : answer.resolutionActions.length ? (
        <BarList
          label={`Resolution actions of the cases closed ${label}`}
          bars={answer.resolutionActions.map((entry) => ({
            key: entry.action ?? "none",
            label: entry.action ?? "None set",
            figure: filterFigure(`action:${entry.action ?? ""}`, `closed ${label} as ${entry.action ?? "no action"}`, entry.cases, { kind: "closed", period, action: entry.action }),
          }))}
          selection={selection}
        />
      ) : (
        <p className="muted">No case was closed {label}.</p>
      )}
      {answer.truncated ? <p className="muted">Some lists were cut at 2,000 rows: those figures are at least what they say.</p> : null}
    </div>
  );
}
