import { TransferResultSchema, type ConflictRef, type TransferRequest } from "../../messaging/case-actions";
import type { CasePanelData } from "../../messaging/case-panel-data";
import { sendRequest, type Transport } from "../../messaging/send-request";
import { ActionError } from "../errors/ActionError";
import { caseVersionOf, usePanelRefreshing } from "./case-version";
import { changedMessage, lostTransferMessage } from "./outcome-messages";
import { StillWaiting } from "./still-waiting";
import { useCasePanelMutation } from "./use-case-panel";

export function useTransfer(caseId: string, transport?: Transport) {
  return useCasePanelMutation(caseId, (input: Omit<TransferRequest, "type">) => sendRequest({ type: "case/transfer", ...input }, TransferResultSchema, transport), { panelOf: (result) => result.panel });
}

/**
 * One click: the case goes to the AE who already works the account, with a line in
 * Notes saying why. Shared: the Conflicts section offers it, and so does a claim
 * that found a conflict.
 */
export function TransferButton({ data, to, because, transport }: { data: CasePanelData; to: { id: string; name: string | null }; because: ConflictRef; transport?: Transport }) {
  const transfer = useTransfer(data.case.id, transport);
  const refreshing = usePanelRefreshing(data.case.id);
  const result = transfer.data;
  const name = to.name ?? "the account's AE";
  return (
    <div className="transfer">
      <button
        type="button"
        className="button"
        disabled={transfer.isPending || refreshing}
        onClick={() => transfer.mutate({ ...caseVersionOf(data), to, because, notes: data.case.notes })}
      >
        {transfer.isPending ? `Transferring to ${name}…` : `Transfer to ${name}`}
      </button>
      <StillWaiting pending={transfer.isPending} />
      {result?.outcome === "answer-lost" ? <p role="status">{lostTransferMessage(result.panel, to, data.org.me.id)}</p> : null}
      {result?.outcome === "transferred" ? <p role="status">Transferred to {name}. A note on the case says why.</p> : null}
      {result?.outcome === "conflict-gone" ? (
        <p role="status">Not transferred: {because.label} is no longer open with {name}. The panel has been refreshed.</p>
      ) : null}
      {result?.outcome === "changed" ? <p role="status">Not transferred: {changedMessage(result.now, data.org.me.id)}</p> : null}
      {transfer.isError ? <ActionError error={transfer.error} /> : null}
    </div>
  );
}
