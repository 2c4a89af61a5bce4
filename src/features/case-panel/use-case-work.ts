/** Mutations for working a case (log an activity, save Notes); each refreshes the panel when it lands. */
import type { LogActivityRequest, SaveNotesRequest } from "../../messaging/case-work";
import { sendRequest, type Transport } from "../../messaging/send-request";
import { useCasePanelMutation } from "../../shared/case-panel/use-case-panel";

export function useLogActivity(caseId: string, transport?: Transport) {
  return useCasePanelMutation(caseId, (request: Omit<LogActivityRequest, "type">) => sendRequest({ type: "activity/log", ...request }, transport), { refreshWhenStale: false });
}

/** On PRECONDITION_FAILED the case is re-read, so the next save carries the new LastModifiedDate. */
export function useSaveNotes(caseId: string, transport?: Transport) {
  return useCasePanelMutation(caseId, (request: Omit<SaveNotesRequest, "type">) => sendRequest({ type: "case/save-notes", ...request }, transport));
}
