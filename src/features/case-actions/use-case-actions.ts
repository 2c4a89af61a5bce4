/**
 * The panel's writes as react-query mutations. Every answer that changes what the
 * panel shows (done, or "the case changed since") refreshes ["case-panel", id].
 */
import { useIsFetching, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";

import type { CaseVersion, ClaimResult, CloseRequest, CloseResult, TransferRequest, TransferResult } from "../../messaging/case-actions";
import type { CasePanelData } from "../../messaging/case-panel-data";
import { RequestFailed, sendRequest, type Transport } from "../../messaging/send-request";
import { casePanelQueryKey } from "../case-panel/use-case-panel";

/** The version of the case the panel shows: what every write is conditional on. */
export function caseVersionOf(data: CasePanelData): CaseVersion {
  return { caseId: data.case.id, lastModifiedDate: data.case.lastModifiedDate, ownerId: data.case.owner.id, accountId: data.case.account?.id ?? data.account?.id ?? null };
}

function useRefreshingMutation<I, O>(caseId: string, send: (input: I) => Promise<O>, refreshOn: (result: O) => boolean) {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: casePanelQueryKey(caseId) });
  return useMutation({
    mutationFn: send,
    onSuccess: (result) => (refreshOn(result) ? refresh() : undefined),
    // 412 outside a composite, or anything that says our copy is stale: read the case again.
    onError: (error) => (error instanceof RequestFailed && error.error.errorCode === "PRECONDITION_FAILED" ? refresh() : undefined),
  });
}

export function useClaim(caseId: string, transport?: Transport) {
  return useRefreshingMutation(caseId, (version: CaseVersion) => sendRequest({ type: "case/claim", ...version }, transport), (result: ClaimResult) => result.outcome !== "conflict");
}

export function useTransfer(caseId: string, transport?: Transport) {
  return useRefreshingMutation(caseId, (input: Omit<TransferRequest, "type">) => sendRequest({ type: "case/transfer", ...input }, transport), (_: TransferResult) => true);
}

export function useCloseCase(caseId: string, transport?: Transport) {
  return useRefreshingMutation(caseId, (input: Omit<CloseRequest, "type">) => sendRequest({ type: "case/close", ...input }, transport), (_: CloseResult) => true);
}

/** Resolution Actions and closed stages: the worker caches them per session, the panel for its life. */
export function useCloseOptions(transport?: Transport, enabled = true) {
  return useQuery({ queryKey: ["close-options"], queryFn: () => sendRequest({ type: "case/close-options" }, transport), staleTime: Infinity, retry: false, enabled });
}

/**
 * Whether the panel is re-reading the case (a revisit shows the cached copy while it
 * refreshes). Writes wait for the fresh copy: acting on a stale one would only be
 * refused as "changed since".
 */
export function usePanelRefreshing(caseId: string): boolean {
  return useIsFetching({ queryKey: casePanelQueryKey(caseId) }) > 0;
}
