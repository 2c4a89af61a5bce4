/** Reads a case through the worker, cached by react-query under ["case", id]. */
import { useQuery } from "@tanstack/react-query";

import { sendRequest, type Transport } from "../../messaging/send-request";

export const caseQueryKey = (caseId: string) => ["case", caseId] as const;

export function useCase(caseId: string, transport?: Transport) {
  return useQuery({
    queryKey: caseQueryKey(caseId),
    queryFn: () => sendRequest({ type: "case/get", caseId }, transport),
    retry: false,
  });
}
