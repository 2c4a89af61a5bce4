/** What the panel says when a write found the case changed since it loaded, or lost its answer. */
import { sameId } from "../../domain/salesforce-id";
import type { CaseNow } from "../../messaging/case-actions";
import type { CasePanelRefresh } from "../../messaging/case-panel-data";

export function changedMessage(now: CaseNow | null, meId: string): string {
  if (!now) return "someone changed this case since the panel loaded, so nothing was overwritten. The panel has been refreshed.";
  const owner = sameId(now.owner.id, meId) ? "you" : (now.owner.name ?? "someone else");
  const state = now.isClosed ? `It was closed (${now.status ?? "closed"}) and is owned by ${owner}.` : `It is now owned by ${owner}${now.status ? ` (${now.status})` : ""}.`;
  return `someone changed this case since the panel loaded, so nothing was overwritten. ${state} The panel has been refreshed.`;
}

/**
 * A claim refused because the case changed, when what changed is that it is mine:
 * the same claim arrived twice (a browser resends a POST whose connection was reset
 * before any answer, and so may a proxy), or another tab claimed it. The truth is
 * that I own it, not "not claimed".
 */
export function changedClaimMessage(now: CaseNow | null, meId: string): string {
  if (now && !now.isClosed && sameId(now.owner.id, meId)) return "You own this case: it was already yours when this claim arrived (sent twice, or claimed in another tab). The panel has been refreshed.";
  return `Not claimed: ${changedMessage(now, meId)}`;
}

/**
 * After a write whose answer was lost the worker read the case again: these say what is
 * true now, from that read, and never "nothing was changed" (the product could not know).
 */
const LOOKED_AGAIN = "Salesforce's answer was lost on the way back, so the panel read the case again.";

function holder(owner: CasePanelRefresh["case"]["owner"]): string {
  return owner.isQueue ? `it is still in ${owner.name ?? "the queue"}` : `${owner.name ?? "another user"} has it`;
}

export function lostClaimMessage(panel: CasePanelRefresh, meId: string): string {
  const owner = panel.case.owner;
  if (sameId(owner.id, meId)) return `You own this case. ${LOOKED_AGAIN}`;
  return `Not claimed: ${holder(owner)}. ${LOOKED_AGAIN}`;
}

export function lostTransferMessage(panel: CasePanelRefresh, to: { id: string; name: string | null }, meId: string): string {
  const owner = panel.case.owner;
  if (sameId(owner.id, to.id)) return `Transferred to ${to.name ?? "the account's AE"}. ${LOOKED_AGAIN}`;
  return `Not transferred: ${sameId(owner.id, meId) ? "you still own it" : holder(owner)}. ${LOOKED_AGAIN}`;
}

/** `statusLabel`: the case's Status as the org labels it. */
export function lostCloseMessage(panel: CasePanelRefresh, statusLabel: string | null): string {
  if (panel.case.isClosed) return `Closed as ${statusLabel ?? "closed"}. ${LOOKED_AGAIN}`;
  return `Not closed: the case is still open (${statusLabel ?? "no status"}). ${LOOKED_AGAIN} Your choices are kept.`;
}
