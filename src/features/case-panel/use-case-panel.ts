/**
 * Reads the case panel's data through the worker, cached by react-query under
 * ["case-panel", id], and the one shape of a write that refreshes it.
 */
import { useMutation, useQuery, useQueryClient, type QueryKey } from "@tanstack/react-query";

import { sendRequest, type Transport } from "../../messaging/send-request";
import { isPreconditionFailed } from "../../shared/app-error";

export const casePanelQueryKey = (caseId: string) => ["case-panel", caseId] as const;

export function useCasePanel(caseId: string, transport?: Transport) {
  return useQuery({
    queryKey: casePanelQueryKey(caseId),
    queryFn: () => sendRequest({ type: "case/panel", caseId }, transport),
    retry: false,
  });
}

export interface CasePanelMutationOptions<O> {
  /** Whether an answer changed what the panel shows (default: every answer). */
  refreshOn?: (result: O) => boolean;
  /** Re-read the case when the worker answers PRECONDITION_FAILED: our copy is stale (default: yes). */
  refreshWhenStale?: boolean;
  /** Other queries the same answer makes stale. */
  alsoRefresh?: readonly QueryKey[];
}

/** A write about one case that refreshes ["case-panel", id] when its answer changes what the panel shows. */
export function useCasePanelMutation<I, O>(caseId: string, send: (input: I) => Promise<O>, { refreshOn = () => true, refreshWhenStale = true, alsoRefresh = [] }: CasePanelMutationOptions<O> = {}) {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: casePanelQueryKey(caseId) });
  return useMutation({
    mutationFn: send,
    onSuccess: (result) => {
      if (!refreshOn(result)) return undefined;
      for (const queryKey of alsoRefresh) void queryClient.invalidateQueries({ queryKey });
      return refresh();
    },
    // 412 outside a composite, or anything that says our copy is stale: read the case again.
    onError: (error) => (refreshWhenStale && isPreconditionFailed(error) ? refresh() : undefined),
  });
}
