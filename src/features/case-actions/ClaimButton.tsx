import { useState } from "react";

import { claimOrderCheck, type QueueCase } from "../../domain/queue";
import type { CaseVersion, ClaimResult } from "../../messaging/case-actions";
import type { CasePanelData } from "../../messaging/case-panel-data";
import { caseStatusLabel } from "../../messaging/org-context";
import type { Transport } from "../../messaging/send-request";
import { TransferButton } from "../../shared/case-panel/TransferButton";
import { ActionError } from "../../shared/errors/ActionError";
import { changedClaimMessage, lostClaimMessage } from "../../shared/case-panel/outcome-messages";
import { StillWaiting } from "../../shared/case-panel/still-waiting";
import { caseVersionOf } from "../../shared/case-panel/case-version";
import { usePanelCommand } from "../../shared/panel-commands";

const asQueueCase = (c: { id: string; caseNumber: string; priority: string | null; createdDate: string }): QueueCase => ({
  id: c.id,
  caseNumber: c.caseNumber,
  priority: c.priority,
  createdAt: new Date(c.createdDate),
});

export interface ClaimState {
  isPending: boolean;
  isError: boolean;
  error: unknown;
  data: ClaimResult | undefined;
  mutate(version: CaseVersion): void;
}

/**
 * One click: Owner = me, Status = the profile's in-progress status. Out of the handbook's queue order
 * (High first, then oldest) it first asks, naming the case that should come first.
 */
export function ClaimButton({
  data,
  claim,
  showButton,
  refreshing = false,
  transport,
}: {
  data: CasePanelData;
  claim: ClaimState;
  showButton: boolean;
  /** The panel is re-reading the case: wait for the fresh version. */
  refreshing?: boolean;
  transport?: Transport;
}) {
  const [confirming, setConfirming] = useState(false);
  const order = claimOrderCheck(asQueueCase(data.case), data.queueCases.map(asQueueCase), data.org.profile.case.highPriority);
  const send = () => {
    setConfirming(false);
    claim.mutate(caseVersionOf(data));
  };
  const click = () => (order.inOrder ? send() : setConfirming(true));
  // The claim shortcut (Alt+Shift+C by default) is a click on this button.
  usePanelCommand("claim-case", click, showButton && !claim.isPending && !refreshing);
  const result = claim.data;
  return (
    <div className="claim">
      {showButton ? (
        <button type="button" className="button" disabled={claim.isPending || refreshing} onClick={click}>
          {claim.isPending ? "Claiming…" : "Claim"}
        </button>
      ) : null}
      {showButton && confirming && !order.inOrder ? (
        <div role="alertdialog" aria-label="Claim out of order?" className="notice">
          <p>{order.message}</p>
          <p>
            Claim case {data.case.caseNumber} before case {order.shouldComeFirst.caseNumber} anyway?
          </p>
          <div className="notice__actions">
            <button type="button" className="button" disabled={refreshing} onClick={send}>
              Claim anyway
            </button>
            <button type="button" className="button button--secondary" onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </div>
        </div>
      ) : null}
      {result?.outcome === "claimed" ? <p role="status">You own this case now: Status is {caseStatusLabel(data.org, data.org.profile.case.inProgressStatus)}.</p> : null}
      <StillWaiting pending={claim.isPending} />
      {result?.outcome === "changed" ? <p role="status">{changedClaimMessage(result.now, data.org.me.id)}</p> : null}
      {result?.outcome === "answer-lost" ? <p role="status">{lostClaimMessage(result.panel, data.org.me.id)}</p> : null}
      {result?.outcome === "conflict" ? (
        <div role="status">
          <p className="warning">
            Not claimed: {result.transferTo.name ?? "another AE"} already works this account ({result.because.label}). The handbook says the case goes to them
            {result.panel ? ": Conflicts shows it, with the transfer." : "."}
          </p>
          {/* With the read-back, Conflicts offers the transfer; without it, the offer is here. */}
          {result.panel ? null : <TransferButton data={data} to={result.transferTo} because={result.because} transport={transport} />}
        </div>
      ) : null}
      {claim.isError ? <ActionError error={claim.error} onRetry={send} /> : null}
    </div>
  );
}
