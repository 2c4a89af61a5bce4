/** Mutations for working a case from the case panel (save Notes; outreach logs its own); each refreshes the panel when it lands. */
import { useQueryClient } from "@tanstack/react-query";

import { SavedNotesSchema, type SaveNotesRequest } from "../../messaging/case-work";
import { RequestFailed, sendRequest, type Transport } from "../../messaging/send-request";
import { applyPanelRefresh, casePanelQueryKey, useCasePanelMutation } from "../../shared/case-panel/use-case-panel";

/**
 * One call: the answer carries the case read after the save, and the panel redraws
 * from it. A save refused because the case changed (412) still brings the new
 * version, so the next save carries the new LastModifiedDate; it fails as
 * PRECONDITION_FAILED for the editor to say so. Answers without a read-back re-read the case.
 */
export function useSaveNotes(caseId: string, transport?: Transport) {
  const queryClient = useQueryClient();
  return useCasePanelMutation(
    caseId,
    async (request: Omit<SaveNotesRequest, "type">) => {
      const answer = await sendRequest({ type: "case/save-notes", ...request }, SavedNotesSchema, transport);
      if (answer.saved) return answer;
      if (answer.panel) await applyPanelRefresh(queryClient, caseId, answer.panel);
      else await queryClient.invalidateQueries({ queryKey: casePanelQueryKey(caseId) });
      throw new RequestFailed({ kind: "salesforce", errorCode: "PRECONDITION_FAILED", message: "Someone changed this case since the panel read it." });
    },
    { panelOf: (answer) => answer.panel, refreshWhenStale: false },
  );
}
