/** "Right now": what waits in the pool's queue and how each AE's work stands. */
import type { TeamMember, TeamNow } from "../../messaging/team";
import { formatDay } from "../../shared/format";
import { MiniBar } from "./charts/MiniBar";
import { WaitingChart } from "./charts/WaitingChart";
import { FigureButton, type FigureSelection } from "./FigureButton";
import { caseItem, casesFigure, filterFigure, type Figure } from "./figures";

function overdueFigure(member: TeamMember, timeZone: string): Figure {
  const name = member.person.name ?? "this AE";
  return {
    key: `overdue:${member.person.id}`,
    label: `overdue cadence steps of ${name}`,
    count: member.overdueSteps.length,
    items: member.overdueSteps.map((step) => caseItem(step.case, timeZone, `Day ${step.day} ${step.kind} due ${formatDay(step.date, timeZone)}`)),
  };
}

function upgradesFigure(member: TeamMember, timeZone: string): Figure {
  return {
    key: `upgrades:${member.person.id}`,
    label: `active upgrade opportunities of ${member.person.name ?? "this AE"}`,
    count: member.upgrades.length,
    items: member.upgrades.map((opp) => ({ object: "Opportunity", id: opp.id, title: opp.name ?? "Opportunity", detail: `created ${formatDay(opp.createdDate.slice(0, 10), timeZone)}` })),
  };
}

function MembersTable({ now, timeZone, selection }: { now: TeamNow; timeZone: string; selection: FigureSelection }) {
  const cap = now.upgradeCap;
  const topOpen = Math.max(1, ...now.members.map((member) => member.openCases.length));
  if (now.members.length === 0) return <p>No AE is a member of this pool.</p>;
  return (
    <table className="members">
      <caption className="visually-hidden">Each AE's open cases, overdue cadence steps and upgrade opportunities</caption>
      <thead>
        <tr>
          <th scope="col">AE</th>
          <th scope="col">Open cases</th>
          <th scope="col">Overdue steps</th>
          <th scope="col">{cap ? `Upgrades (cap ${cap})` : "Upgrades"}</th>
        </tr>
      </thead>
      <tbody>
        {now.members.map((member) => {
          const atCap = cap !== null && member.upgrades.length >= cap;
          return (
            <tr key={member.person.id} data-member={member.person.id}>
              <th scope="row">{member.person.name ?? member.person.id}</th>
              <td>
                <span className="members__cell">
                  <FigureButton figure={casesFigure(`open:${member.person.id}`, `open cases of ${member.person.name ?? "this AE"}`, member.openCases, timeZone)} selection={selection} />
                  <MiniBar value={member.openCases.length} top={topOpen} />
                </span>
              </td>
              <td>
                <span className={member.overdueSteps.length ? "members__overdue" : undefined}>
                  {member.overdueSteps.length ? <span aria-hidden="true">⚠ </span> : null}
                  <FigureButton figure={overdueFigure(member, timeZone)} selection={selection} />
                </span>
              </td>
              <td>
                <span className="members__cell">
                  <FigureButton figure={upgradesFigure(member, timeZone)} selection={selection}>
                    {cap ? `${member.upgrades.length}/${cap}` : member.upgrades.length}
                  </FigureButton>
                  <MiniBar value={member.upgrades.length} top={cap ?? 1} cap={cap} warning={atCap} />
                  {atCap ? <span className="bars__warning">at the cap</span> : null}
                </span>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

export function NowSection({ now, timeZone, selection }: { now: TeamNow; timeZone: string; selection: FigureSelection }) {
  const { sla } = now;
  return (
    <section className="team-section" aria-labelledby="team-now">
      <h2 id="team-now">Right now</h2>
      <div className="tiles">
        <div className="tile">
          <p className="tile__label">Waiting in the queue</p>
          <p className="tile__value">
            <FigureButton figure={filterFigure("waiting", "cases waiting in the queue", now.waiting.total, { kind: "waiting" })} selection={selection} />
          </p>
          {now.waiting.oldest ? <p className="tile__note">oldest opened {formatDay(now.waiting.oldest.slice(0, 10), timeZone)}</p> : null}
        </div>
        <div className={`tile${sla.atRisk.length ? " tile--at-risk" : ""}`}>
          <p className="tile__label">
            <span aria-hidden="true">⚠ </span>SLA at risk
          </p>
          <p className="tile__value">
            <FigureButton figure={casesFigure("sla:at-risk", "waiting cases with the SLA at risk", sla.atRisk, timeZone)} selection={selection} />
          </p>
          <p className="tile__note">{sla.atRiskHours} business hours or less left</p>
        </div>
        <div className={`tile${sla.breached.length ? " tile--breached" : ""}`}>
          <p className="tile__label">
            <span aria-hidden="true">✕ </span>SLA breached
          </p>
          <p className="tile__value">
            <FigureButton figure={casesFigure("sla:breached", "waiting cases past the SLA", sla.breached, timeZone)} selection={selection} />
          </p>
          <p className="tile__note">not answered within {sla.policyHours} business hours</p>
        </div>
      </div>
      <h3>Waiting by age and priority</h3>
      <WaitingChart waiting={now.waiting} selection={selection} />
      <h3>Each AE</h3>
      <MembersTable now={now} timeZone={timeZone} selection={selection} />
      {now.truncated ? <p className="muted">Some lists were cut at 2,000 rows: those figures are at least what they say.</p> : null}
    </section>
  );
}
