/** Reads the case panel's data through the worker, cached by react-query under ["case-panel", id]. */
import { useQuery } from "@tanstack/react-query";

import { sendRequest, type Transport } from "../../messaging/send-request";

export const casePanelQueryKey = (caseId: string) => ["case-panel", caseId] as const;

export function useCasePanel(caseId: string, transport?: Transport) {
  return useQuery({
    queryKey: casePanelQueryKey(caseId),
    queryFn: () => sendRequest({ type: "case/panel", caseId }, transport),
    retry: false,
  });
}
