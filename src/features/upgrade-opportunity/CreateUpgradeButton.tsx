/**
 * The panel's one click: an Ultimate Upgrade opportunity on the case's account,
 * owned by me. Refused at the cap (AMER: 15), with the reason and my open ones.
 * Mount it in the case panel with the case id; it reads everything else itself.
 */
import { sendRequest, type Transport } from "../../messaging/send-request";
import { ActionError } from "../case-actions/ActionError";
import { useCasePanelMutation } from "../case-panel/use-case-panel";
import { POOL_OVERVIEW_KEY } from "../queue/use-pool";
import { UpgradeList } from "./UpgradeList";

export function CreateUpgradeButton({ caseId, transport, now = new Date() }: { caseId: string; transport?: Transport; now?: Date }) {
  const create = useCasePanelMutation(caseId, () => sendRequest({ type: "upgrade/create", caseId }, transport), {
    // The account now has an AE-owned upgrade (a conflict for its next case), and my count moved.
    refreshOn: (result) => result.outcome === "created",
    alsoRefresh: [POOL_OVERVIEW_KEY],
    refreshWhenStale: false,
  });
  const result = create.data;
  return (
    <div className="create-upgrade">
      {result?.outcome !== "created" ? (
        <button type="button" className="button button--secondary button--small" disabled={create.isPending} onClick={() => create.mutate()}>
          {create.isPending ? "Creating…" : "Create Ultimate Upgrade opportunity"}
        </button>
      ) : null}
      {result?.outcome === "created" ? (
        <p role="status">
          Created “{result.opportunity.name}”, owned by you{result.capApplies ? ` (${result.count}/${result.cap})` : ""}.
        </p>
      ) : null}
      {result?.outcome === "refused" ? (
        <div role="status" className="notice">
          <p>Not created: {result.reason}</p>
          {result.mine.length ? (
            <>
              <p>
                Your open Ultimate Upgrade opportunities ({result.mine.length}/{result.cap}):
              </p>
              <UpgradeList opportunities={result.mine} now={now} />
            </>
          ) : null}
        </div>
      ) : null}
      {create.isError ? <ActionError error={create.error} onRetry={() => create.mutate()} /> : null}
    </div>
  );
}
