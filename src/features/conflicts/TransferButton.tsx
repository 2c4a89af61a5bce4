import type { ConflictRef } from "../../messaging/case-actions";
import type { CasePanelData } from "../../messaging/case-panel-data";
import type { Transport } from "../../messaging/send-request";
import { ActionError } from "../case-actions/ActionError";
import { caseVersionOf, usePanelRefreshing, useTransfer } from "../case-actions/use-case-actions";
import { changedMessage } from "../case-actions/outcome-messages";

/** One click: the case goes to the AE who already works the account, with a line in Notes saying why. */
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
      {result?.outcome === "transferred" ? <p role="status">Transferred to {name}. A note on the case says why.</p> : null}
      {result?.outcome === "conflict-gone" ? (
        <p role="status">Not transferred: {because.label} is no longer open with {name}. The panel has been refreshed.</p>
      ) : null}
      {result?.outcome === "changed" ? <p role="status">Not transferred: {changedMessage(result.now, data.org.me.id)}</p> : null}
      {transfer.isError ? <ActionError error={transfer.error} /> : null}
    </div>
  );
}
