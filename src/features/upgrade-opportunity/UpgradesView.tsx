import type { PoolOverview } from "../../messaging/pool";
import { UpgradeList } from "./UpgradeList";

/** My active Ultimate Upgrade opportunities against the cap (AMER: 15). */
export function UpgradesView({ overview, now }: { overview: PoolOverview; now: Date }) {
  const { mine, cap, capApplies } = overview.upgrades;
  return (
    <section aria-label="My upgrade opportunities">
      <p className={capApplies && mine.length >= cap ? "warning" : "muted"}>
        {capApplies ? `${mine.length}/${cap} active Ultimate Upgrade opportunities` : `${mine.length} active Ultimate Upgrade opportunities`}
        {capApplies && mine.length >= cap ? ": at the cap. Close or hand one back before creating another." : ""}
      </p>
      {mine.length ? <UpgradeList opportunities={mine} now={now} /> : <p>You own no active Ultimate Upgrade opportunity.</p>}
    </section>
  );
}
