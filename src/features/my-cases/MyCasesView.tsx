import type { PoolOverview } from "../../messaging/pool";
import type { Transport } from "../../messaging/send-request";
import { formatDay } from "../case-panel/format";
import { slaText } from "../queue/queue-view";
import { CreateUpgradeButton } from "../upgrade-opportunity/CreateUpgradeButton";
import { myCasesView, nextStepText, resolutionText } from "./my-cases-view";

/**
 * My open cases, what needs me first: next cadence step, 7-day target, SLA. After
 * working a case the AE may open an Ultimate Upgrade opportunity on its account
 * from here too (the same one click as on the panel).
 */
export function MyCasesView({ overview, now, transport }: { overview: PoolOverview; now: Date; transport?: Transport }) {
  const timeZone = overview.me.timeZone;
  const items = myCasesView(overview.myCases, now, timeZone);
  if (!items.length) return <p>You have no open cases.</p>;
  return (
    <section aria-label="My cases">
      <ol className="queue__rows">
        {items.map((item) => (
          <li key={item.row.id} className={`queue-row tier--${item.tier}`} aria-label={`Case ${item.row.caseNumber}`} data-case-id={item.row.id}>
            <div className="queue-row__head">
              <span className="queue-row__number">{item.row.caseNumber}</span>
              <span className="badge badge--muted">{item.trigger.label}</span>
              <span className="queue-row__account">{item.row.account?.name ?? "No account"}</span>
            </div>
            <p className={`cadence-next cadence-next--${item.next?.state ?? "done"}`}>{nextStepText(item.next, (date) => formatDay(date, timeZone))}</p>
            <p className="muted">
              <span className={`resolution resolution--${item.resolution.state}`}>{resolutionText(item.resolution)}</span> · SLA:{" "}
              <span className={`sla sla--${item.row.sla.state}`}>{slaText(item.row.sla)}</span>
            </p>
            {item.row.account ? <CreateUpgradeButton caseId={item.row.id} now={now} transport={transport} /> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
