/**
 * The panel's writes as react-query mutations. Every answer that changes what the
 * panel shows (done, or "the case changed since") refreshes ["case-panel", id].
 */
import { useIsFetching, useQuery } from "@tanstack/react-query";

import type { CaseVersion, ClaimResult, CloseRequest, TransferRequest } from "../../messaging/case-actions";
import type { CasePanelData } from "../../messaging/case-panel-data";
import { sendRequest, type Transport } from "../../messaging/send-request";
import { casePanelQueryKey, useCasePanelMutation } from "../case-panel/use-case-panel";

/** The version of the case the panel shows: what every write is conditional on. */
export function caseVersionOf(data: CasePanelData): CaseVersion {
  return { caseId: data.case.id, lastModifiedDate: data.case.lastModifiedDate, ownerId: data.case.owner.id, accountId: data.case.account?.id ?? data.account?.id ?? null };
}

export function useClaim(caseId: string, transport?: Transport) {
  return useCasePanelMutation(caseId, (version: CaseVersion) => sendRequest({ type: "case/claim", ...version }, transport), { refreshOn: (result: ClaimResult) => result.outcome !== "conflict" });
}

export function useTransfer(caseId: string, transport?: Transport) {
  return useCasePanelMutation(caseId, (input: Omit<TransferRequest, "type">) => sendRequest({ type: "case/transfer", ...input }, transport));
}

export function useCloseCase(caseId: string, transport?: Transport) {
  return useCasePanelMutation(caseId, (input: Omit<CloseRequest, "type">) => sendRequest({ type: "case/close", ...input }, transport));
}

/** Resolution Actions and closed stages: the worker caches them per session, the panel for its life. */
export function useCloseOptions(transport?: Transport) {
  return useQuery({ queryKey: ["close-options"], queryFn: () => sendRequest({ type: "case/close-options" }, transport), staleTime: Infinity, retry: false });
}

/**
 * Whether the panel is re-reading the case (a revisit shows the cached copy while it
 * refreshes). Writes wait for the fresh copy: acting on a stale one would only be
 * refused as "changed since".
 */
export function usePanelRefreshing(caseId: string): boolean {
  return useIsFetching({ queryKey: casePanelQueryKey(caseId) }) > 0;
}
