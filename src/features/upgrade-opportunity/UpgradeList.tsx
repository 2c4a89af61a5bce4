import type { ReactNode } from "react";

import type { UpgradeOpportunity } from "../../messaging/pool";
import { ageInDays, lastActivityText } from "./upgrade-view";

/** A list of upgrade opportunities: name, stage, age, last activity, and an optional action per row. */
export function UpgradeList({ opportunities, now, action }: { opportunities: readonly UpgradeOpportunity[]; now: Date; action?: (opp: UpgradeOpportunity) => ReactNode }) {
  return (
    <ul className="upgrades">
      {opportunities.map((opp) => (
        <li key={opp.id} className="upgrade" aria-label={opp.name ?? opp.id}>
          <span className="upgrade__name">{opp.name ?? opp.id}</span>
          <span className="muted">
            {opp.stageName ?? "No stage"} · {ageInDays(opp.createdDate, now)} d old · {lastActivityText(opp, now)}
          </span>
          {action ? action(opp) : null}
        </li>
      ))}
    </ul>
  );
}
