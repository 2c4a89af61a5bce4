/**
 * The panel's data through the worker, cached by react-query: the session's org
 * context under ["org-context"] (read once per panel life, the worker caches it
 * for the session) and each case under ["case-panel", id]; the panel shows them
 * together. Also the one shape of a write that refreshes the case.
 */
import { useMutation, useQuery, useQueryClient, type QueryKey } from "@tanstack/react-query";

import type { CasePanelData } from "../../messaging/case-panel-data";
import { sendRequest, type Transport } from "../../messaging/send-request";
import { isPreconditionFailed } from "../app-error";

export const casePanelQueryKey = (caseId: string) => ["case-panel", caseId] as const;
export const ORG_CONTEXT_QUERY_KEY = ["org-context"] as const;

export function useOrgContext(transport?: Transport) {
  return useQuery({ queryKey: ORG_CONTEXT_QUERY_KEY, queryFn: () => sendRequest({ type: "org/context" }, transport), retry: false, staleTime: Infinity });
}

export interface CasePanelState {
  data: CasePanelData | undefined;
  isPending: boolean;
  error: unknown;
  refetch(): void;
}

/** The case with the org context; both requests leave at once, neither waits for the other. */
export function useCasePanel(caseId: string, transport?: Transport): CasePanelState {
  const org = useOrgContext(transport);
  const panel = useQuery({ queryKey: casePanelQueryKey(caseId), queryFn: () => sendRequest({ type: "case/panel", caseId }, transport), retry: false });
  const error = org.error ?? panel.error;
  return {
    data: org.data && panel.data ? { ...panel.data, org: org.data } : undefined,
    isPending: !error && (org.isPending || panel.isPending),
    error,
    refetch: () => {
      if (org.isError) void org.refetch();
      void panel.refetch();
    },
  };
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
