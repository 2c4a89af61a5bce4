import { useState } from "react";

import type { CasePanelData } from "../../messaging/case-panel-data";
import { caseStatusLabel } from "../../messaging/org-context";
import type { Transport } from "../../messaging/send-request";
import { ownershipOf, usePanelRefreshing } from "../../shared/case-panel/case-version";
import { conflictsOf, type CaseConflicts } from "../../shared/case-panel/conflicts-of";
import { lostCloseMessage } from "../../shared/case-panel/outcome-messages";
import { ClaimButton } from "./ClaimButton";
import { CloseDialog } from "./CloseDialog";
import { useClaim, useCloseCase } from "./use-case-actions";

/**
 * One-click claim and close. Their mutations live here, not in the button and the
 * dialog, so their answers ("you own it", "now owned by X", "closed as …" after a
 * lost answer) stay on screen after the panel refreshes and the button goes away.
 */
export function CaseActions({ data, conflicts, transport }: { data: CasePanelData; /** conflictsOf(data), when the caller already has it. */ conflicts?: CaseConflicts; transport?: Transport }) {
  const claim = useClaim(data.case.id, transport);
  const close = useCloseCase(data.case.id, transport);
  const closeLost = close.data?.outcome === "answer-lost" ? close.data.panel : null;
  const refreshing = usePanelRefreshing(data.case.id);
  const [closing, setClosing] = useState(false);
  const detail = data.case;
  const { mine, inPool } = ownershipOf(data);
  const { target, settled } = conflicts ?? conflictsOf(data);
  const conflicted = target !== null && !settled;
  const claimable = !detail.isClosed && inPool && !mine && !conflicted;

  return (
    <section className="case-actions" aria-label="Actions">
      <ClaimButton data={data} claim={claim} showButton={claimable} refreshing={refreshing} transport={transport} />
      {!detail.isClosed && inPool && conflicted && claim.data?.outcome !== "conflict" ? <p>Claiming is off: the handbook sends this case to {target.name || "the AE who works the account"} (see Conflicts).</p> : null}
      {!detail.isClosed && mine ? (
        closing ? (
          <CloseDialog data={data} close={close} transport={transport} onCancel={() => setClosing(false)} />
        ) : (
          <button type="button" className="button button--secondary" disabled={refreshing} onClick={() => setClosing(true)}>
            Close case…
          </button>
        )
      ) : null}
      {closeLost ? <p role="status">{lostCloseMessage(closeLost, caseStatusLabel(data.org, closeLost.case.status))}</p> : null}
      {detail.isClosed ? <p>This case is closed ({caseStatusLabel(data.org, detail.status) ?? "closed"}).</p> : null}
    </section>
  );
}
