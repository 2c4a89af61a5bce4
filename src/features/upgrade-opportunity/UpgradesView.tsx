import type { PoolOverview } from "../../messaging/pool";
import { UpgradeList } from "./UpgradeList";

/** My active upgrade opportunities against my pool's cap (AMER: 15; EMEA has none). */
export function UpgradesView({ overview, now }: { overview: PoolOverview; now: Date }) {
  const { mine, cap, mark } = overview.upgrades;
  const atCap = cap !== null && mine.length >= cap;
  return (
    <section aria-label="My upgrade opportunities">
      <p className={atCap ? "warning" : "muted"}>
        {cap !== null ? `${mine.length}/${cap} active ${mark} opportunities` : `${mine.length} active ${mark} opportunities`}
        {atCap ? ": at the cap. Close or hand one back before creating another." : ""}
      </p>
      {mine.length ? <UpgradeList opportunities={mine} now={now} /> : <p>You own no active {mark} opportunity.</p>}
    </section>
  );
}
