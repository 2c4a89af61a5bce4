/** The popup's data and writes through the worker, cached by react-query under ["pool-overview"]. */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";

import type { CloseUpgradeRequest, TakeNextCandidate } from "../../messaging/pool";
import { sendRequest, type Transport } from "../../messaging/send-request";

export const POOL_OVERVIEW_KEY = ["pool-overview"] as const;

export function usePoolOverview(transport?: Transport) {
  return useQuery({ queryKey: POOL_OVERVIEW_KEY, queryFn: () => sendRequest({ type: "pool/overview" }, transport), retry: false });
}

/** A write that changes the popup's lists re-reads them (one call) once it is done. */
function usePoolMutation<I, O>(send: (input: I) => Promise<O>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: send, onSettled: () => queryClient.invalidateQueries({ queryKey: POOL_OVERVIEW_KEY }) });
}

export function useTakeNext(transport?: Transport) {
  return usePoolMutation((candidates: TakeNextCandidate[]) => sendRequest({ type: "pool/take-next", candidates }, transport));
}

export function useCloseUpgrade(transport?: Transport) {
  return usePoolMutation((input: Omit<CloseUpgradeRequest, "type">) => sendRequest({ type: "upgrade/close", ...input }, transport));
}
