/**
 * The panel's data through the worker, cached by react-query: the session's org
 * context under ["org-context"] (read once per panel life, the worker caches it
 * for the session) and each case under ["case-panel", id]; the panel shows them
 * together. Also the one shape of a write about the case: it redraws from the
 * case its answer read back, or (answers without one) re-reads it.
 */
import { useMutation, useQuery, useQueryClient, type QueryClient, type QueryKey } from "@tanstack/react-query";

import { CasePanelAnswerSchema, type CasePanelAnswer, type CasePanelData, type CasePanelRefresh } from "../../messaging/case-panel-data";
import { OrgContextSchema } from "../../messaging/org-context";
import type { Transport } from "../../messaging/send-request";
import { isPreconditionFailed, toAppErrorOf } from "../app-error";
import { useSingleFlight } from "../single-flight";
import { markAnswer } from "../perf-marks";
import { earlyOrSent } from "./early-reads";

export const casePanelQueryKey = (caseId: string) => ["case-panel", caseId] as const;
export const ORG_CONTEXT_QUERY_KEY = ["org-context"] as const;

export function useOrgContext(transport?: Transport) {
  return useQuery({ queryKey: ORG_CONTEXT_QUERY_KEY, queryFn: () => earlyOrSent({ type: "org/context" }, OrgContextSchema, transport), retry: false, staleTime: Infinity });
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
  const panel = useQuery({
    queryKey: casePanelQueryKey(caseId),
    queryFn: async () => {
      const answer = await earlyOrSent({ type: "case/panel", caseId }, CasePanelAnswerSchema, transport);
      markAnswer("case", answer.case.id);
      return answer;
    },
    retry: false,
  });
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

/** A write's read-back as the panel's entry: the queue heads stay while a queue still owns the case. */
export function mergePanelRefresh(cached: CasePanelAnswer | undefined, refresh: CasePanelRefresh): CasePanelAnswer {
  return { ...refresh, queueCases: refresh.case.owner.isQueue ? (cached?.queueCases ?? []) : [] };
}

/**
 * Puts a write's read-back into ["case-panel", id], after cancelling a refresh
 * that left before the write (its older answer must not land on top).
 */
export async function applyPanelRefresh(queryClient: QueryClient, caseId: string, refresh: CasePanelRefresh): Promise<void> {
  const queryKey = casePanelQueryKey(caseId);
  await queryClient.cancelQueries({ queryKey });
  queryClient.setQueryData<CasePanelAnswer>(queryKey, (cached) => mergePanelRefresh(cached, refresh));
}

export interface CasePanelMutationOptions<O> {
  /** Whether an answer changed what the panel shows (default: every answer). */
  refreshOn?: (result: O) => boolean;
  /** Re-read the case when the worker answers PRECONDITION_FAILED: our copy is stale (default: yes). */
  refreshWhenStale?: boolean;
  /** Other queries the same answer makes stale. */
  alsoRefresh?: readonly QueryKey[];
  /** The case as the answer read it back: the panel redraws from it instead of reading again (default: none). */
  panelOf?: (result: O) => CasePanelRefresh | null | undefined;
}

/**
 * A write about one case. When its answer changes what the panel shows, the panel
 * redraws from the case the answer read back (no second call), or re-reads
 * ["case-panel", id] when the answer has none. It sends once per click (single-flight),
 * and when nobody could say what became of it (lostAnswer "unknown") it re-reads the case.
 */
export function useCasePanelMutation<I, O>(
  caseId: string,
  send: (input: I) => Promise<O>,
  { refreshOn = () => true, refreshWhenStale = true, alsoRefresh = [], panelOf = () => null }: CasePanelMutationOptions<O> = {},
) {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: casePanelQueryKey(caseId) });
  const mutation = useMutation({
    mutationFn: send,
    onSuccess: (result) => {
      if (!refreshOn(result)) return undefined;
      for (const queryKey of alsoRefresh) void queryClient.invalidateQueries({ queryKey });
      const readBack = panelOf(result);
      return readBack ? applyPanelRefresh(queryClient, caseId, readBack) : refresh();
    },
    // 412 outside a composite, or anything that says our copy is stale: read the case again.
    // A write whose outcome is unknown: the case as it is now is the only truth there is.
    onError: (error) => ((refreshWhenStale && isPreconditionFailed(error)) || toAppErrorOf(error).lostAnswer === "unknown" ? refresh() : undefined),
  });
  return useSingleFlight(mutation);
}
