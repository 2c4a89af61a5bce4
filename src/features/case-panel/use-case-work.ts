/** Mutations for working a case from the case panel (save Notes; outreach logs its own); each refreshes the panel when it lands. */
import type { SaveNotesRequest } from "../../messaging/case-work";
import { sendRequest, type Transport } from "../../messaging/send-request";
import { useCasePanelMutation } from "../../shared/case-panel/use-case-panel";

/** On PRECONDITION_FAILED the case is re-read, so the next save carries the new LastModifiedDate. */
export function useSaveNotes(caseId: string, transport?: Transport) {
  return useCasePanelMutation(caseId, (request: Omit<SaveNotesRequest, "type">) => sendRequest({ type: "case/save-notes", ...request }, transport));
}
