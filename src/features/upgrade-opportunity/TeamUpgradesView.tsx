import { useState } from "react";

import type { PoolOverview, UpgradeOpportunity } from "../../messaging/pool";
import type { Transport } from "../../messaging/send-request";
import { ActionError } from "../../shared/errors/ActionError";
import { useCloseUpgrade } from "../../shared/pool/use-pool";
import { UpgradeList } from "./UpgradeList";
import { byAe } from "./upgrade-view";

function CloseNotValid({ opp, transport }: { opp: UpgradeOpportunity; transport?: Transport }) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const close = useCloseUpgrade(transport);
  const send = () => close.mutate({ opportunityId: opp.id, lastModifiedDate: opp.lastModifiedDate, reason });
  if (!open) {
    return (
      <button type="button" className="button button--secondary button--small" onClick={() => setOpen(true)}>
        Close as not valid
      </button>
    );
  }
  return (
    <div className="close-upgrade">
      <label>
        Why is it not valid?
        <input value={reason} maxLength={200} onChange={(event) => setReason(event.target.value)} />
      </label>
      <div className="notice__actions">
        <button type="button" className="button button--small" disabled={close.isPending || reason.trim().length < 3} onClick={send}>
          {close.isPending ? "Closing…" : "Close (lost)"}
        </button>
        <button type="button" className="button button--secondary button--small" onClick={() => setOpen(false)}>
          Cancel
        </button>
      </div>
      {close.data?.outcome === "refused" ? <p role="status" className="warning">{close.data.reason}</p> : null}
      {close.isError ? <ActionError error={close.error} onRetry={send} /> : null}
    </div>
  );
}

/** The ASM's view: every AE's active upgrade opportunities against the pool's cap, stalest first. */
export function TeamUpgradesView({ overview, now, transport }: { overview: PoolOverview; now: Date; transport?: Transport }) {
  const groups = byAe(overview.upgrades.team ?? [], overview.upgrades.cap);
  const { cap, mark } = overview.upgrades;
  if (!groups.length) return <p>No AE owns an active {mark} opportunity.</p>;
  return (
    <section aria-label="Team upgrade opportunities">
      {groups.map((group) => (
        <div key={group.owner.id} className="team-ae" aria-label={group.owner.name ?? group.owner.id}>
          <h3>
            {group.owner.name ?? "Unknown AE"}: {group.opportunities.length}
            {cap !== null ? `/${cap}` : ""}
            {group.atCap ? <span className="text-high"> at cap</span> : null}
          </h3>
          <UpgradeList opportunities={group.opportunities} now={now} action={(opp) => <CloseNotValid opp={opp} transport={transport} />} />
        </div>
      ))}
    </section>
  );
}
