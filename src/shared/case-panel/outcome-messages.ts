/** What the panel says when a write found the case changed since it loaded. */
import { sameId } from "../../domain/salesforce-id";
import type { CaseNow } from "../../messaging/case-actions";

export function changedMessage(now: CaseNow | null, meId: string): string {
  if (!now) return "someone changed this case since the panel loaded, so nothing was overwritten. The panel has been refreshed.";
  const owner = sameId(now.owner.id, meId) ? "you" : (now.owner.name ?? "someone else");
  const state = now.isClosed ? `It was closed (${now.status ?? "closed"}) and is owned by ${owner}.` : `It is now owned by ${owner}${now.status ? ` (${now.status})` : ""}.`;
  return `someone changed this case since the panel loaded, so nothing was overwritten. ${state} The panel has been refreshed.`;
}
