/**
 * The panel's claim and close as react-query mutations. Every answer that changes
 * what the panel shows (done, or "the case changed since") redraws ["case-panel", id]
 * from the case it read back: one call per action.
 */
import { useQuery } from "@tanstack/react-query";

import { ClaimResultSchema, CloseOptionsSchema, CloseResultSchema, type CaseVersion, type ClaimResult, type CloseRequest } from "../../messaging/case-actions";
import { sendRequest, type Transport } from "../../messaging/send-request";
import { useCasePanelMutation } from "../../shared/case-panel/use-case-panel";

export function useClaim(caseId: string, transport?: Transport) {
  // Every answer redraws the panel, a refused one too: a conflict that appeared since the
  // panel loaded shows in Conflicts from the claim's own read-back (no second call).
  return useCasePanelMutation(caseId, (version: CaseVersion) => sendRequest({ type: "case/claim", ...version }, ClaimResultSchema, transport), {
    panelOf: (result: ClaimResult) => result.panel,
  });
}

export function useCloseCase(caseId: string, transport?: Transport) {
  return useCasePanelMutation(caseId, (input: Omit<CloseRequest, "type">) => sendRequest({ type: "case/close", ...input }, CloseResultSchema, transport), { panelOf: (result) => result.panel });
}

/** Resolution Actions and closed stages: the worker caches them per session, the panel for its life. */
export function useCloseOptions(transport?: Transport) {
  return useQuery({ queryKey: ["close-options"], queryFn: () => sendRequest({ type: "case/close-options" }, CloseOptionsSchema, transport), staleTime: Infinity, retry: false });
}
