import type { ReactNode } from "react";

import type { OrgContext } from "../../messaging/org-context";
import type { PoolOverview } from "../../messaging/pool";
import { formatDay } from "../../shared/format";
import { slaText } from "../../shared/sla-text";
import { myCasesView, nextStepText, resolutionText } from "./my-cases-view";

/**
 * My open cases, what needs me first: next cadence step, resolution target, SLA.
 * `upgradeAction` is what the page offers on a case with an account (the upgrade
 * opportunity's one click), passed in so features stay apart.
 */
export function MyCasesView({ overview, org, now, upgradeAction }: { overview: PoolOverview; org: OrgContext; now: Date; upgradeAction?: (caseId: string) => ReactNode }) {
  const timeZone = overview.me.timeZone;
  const items = myCasesView(overview.myCases, org, now);
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
              <span className={`resolution resolution--${item.resolution.state}`}>{resolutionText(item.resolution, org.profile.policy.resolutionDays)}</span> · SLA:{" "}
              <span className={`sla sla--${item.row.sla.state}`}>{slaText(item.row.sla)}</span>
            </p>
            {item.row.account && upgradeAction ? upgradeAction(item.row.id) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
