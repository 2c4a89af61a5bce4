/** The popup's data and writes through the worker, cached by react-query under ["pool-overview"]. */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";

import { CloseUpgradeResultSchema, PoolOverviewSchema, TakeNextResultSchema, type CloseUpgradeRequest, type TakeNextCandidate } from "../../messaging/pool";
import { sendRequest, type Transport } from "../../messaging/send-request";
import { markAnswer } from "../perf-marks";

export const POOL_OVERVIEW_KEY = ["pool-overview"] as const;

/** The popup's data with a page of the queue; `rows` grows when the AE asks to see more (each page one call). */
export function usePoolOverview(transport?: Transport, rows?: number) {
  return useQuery({
    queryKey: rows ? [...POOL_OVERVIEW_KEY, rows] : POOL_OVERVIEW_KEY,
    queryFn: async () => {
      const overview = await sendRequest({ type: "pool/overview", ...(rows ? { rows } : {}) }, PoolOverviewSchema, transport);
      markAnswer("pool", overview.readAt);
      return overview;
    },
    retry: false,
    // Asking for more keeps the rows already shown on screen meanwhile.
    placeholderData: (previous) => previous,
  });
}

/** A write that changes the popup's lists re-reads them (one call) once it is done. */
function usePoolMutation<I, O>(send: (input: I) => Promise<O>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: send, onSettled: () => queryClient.invalidateQueries({ queryKey: POOL_OVERVIEW_KEY }) });
}

export function useTakeNext(transport?: Transport) {
  return usePoolMutation((candidates: TakeNextCandidate[]) => sendRequest({ type: "pool/take-next", candidates }, TakeNextResultSchema, transport));
}

export function useCloseUpgrade(transport?: Transport) {
  return usePoolMutation((input: Omit<CloseUpgradeRequest, "type">) => sendRequest({ type: "upgrade/close", ...input }, CloseUpgradeResultSchema, transport));
}
