/** Mutations for working a case (log an activity, save Notes); each refreshes the panel when it lands. */
import { useMutation, useQueryClient } from "@tanstack/react-query";

import type { LogActivityRequest, SaveNotesRequest } from "../../messaging/case-work";
import { RequestFailed, sendRequest, type Transport } from "../../messaging/send-request";
import { casePanelQueryKey } from "./use-case-panel";

export function useLogActivity(caseId: string, transport?: Transport) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: Omit<LogActivityRequest, "type">) => sendRequest({ type: "activity/log", ...request }, transport),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: casePanelQueryKey(caseId) }),
  });
}

export function useSaveNotes(caseId: string, transport?: Transport) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: Omit<SaveNotesRequest, "type">) => sendRequest({ type: "case/save-notes", ...request }, transport),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: casePanelQueryKey(caseId) }),
    // The case changed under us: re-read it, so the next save carries the new LastModifiedDate.
    onError: (error) => {
      if (error instanceof RequestFailed && error.error.errorCode === "PRECONDITION_FAILED") {
        void queryClient.invalidateQueries({ queryKey: casePanelQueryKey(caseId) });
      }
    },
  });
}
