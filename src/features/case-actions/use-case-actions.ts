/**
 * The panel's claim and close as react-query mutations. Every answer that changes
 * what the panel shows (done, or "the case changed since") refreshes ["case-panel", id].
 */
import { useQuery } from "@tanstack/react-query";

import type { CaseVersion, ClaimResult, CloseRequest } from "../../messaging/case-actions";
import { sendRequest, type Transport } from "../../messaging/send-request";
import { useCasePanelMutation } from "../../shared/case-panel/use-case-panel";

export function useClaim(caseId: string, transport?: Transport) {
  return useCasePanelMutation(caseId, (version: CaseVersion) => sendRequest({ type: "case/claim", ...version }, transport), { refreshOn: (result: ClaimResult) => result.outcome !== "conflict" });
}

export function useCloseCase(caseId: string, transport?: Transport) {
  return useCasePanelMutation(caseId, (input: Omit<CloseRequest, "type">) => sendRequest({ type: "case/close", ...input }, transport));
}

/** Resolution Actions and closed stages: the worker caches them per session, the panel for its life. */
export function useCloseOptions(transport?: Transport) {
  return useQuery({ queryKey: ["close-options"], queryFn: () => sendRequest({ type: "case/close-options" }, transport), staleTime: Infinity, retry: false });
}
