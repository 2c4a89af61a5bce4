/**
 * The panel's one click: an upgrade opportunity (the profile's mark, "Ultimate
 * Upgrade") on the case's account, owned by me. Refused at my pool's cap (AMER:
 * 15), with the reason and my open ones. Mount it with the case id and the mark;
 * the worker reads everything else.
 */
import { sendRequest, type Transport } from "../../messaging/send-request";
import { StillWaiting } from "../../shared/case-panel/still-waiting";
import { ActionError } from "../../shared/errors/ActionError";
import { useCasePanelMutation } from "../../shared/case-panel/use-case-panel";
import { POOL_OVERVIEW_KEY } from "../../shared/pool/use-pool";
import { UpgradeList } from "./UpgradeList";

export function CreateUpgradeButton({ caseId, mark, transport, now = new Date() }: { caseId: string; mark: string; transport?: Transport; now?: Date }) {
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
          {create.isPending ? "Creating…" : `Create ${mark} opportunity`}
        </button>
      ) : null}
      {result?.outcome === "created" ? (
        <p role="status">
          Created “{result.opportunity.name}”, owned by you{result.cap !== null ? ` (${result.count}/${result.cap})` : ""}.
        </p>
      ) : null}
      {result?.outcome === "refused" ? (
        <div role="status" className="notice">
          <p>Not created: {result.reason}</p>
          {result.mine.length ? (
            <>
              <p>
                Your open {mark} opportunities ({result.mine.length}
                {result.cap !== null ? `/${result.cap}` : ""}):
              </p>
              <UpgradeList opportunities={result.mine} now={now} />
            </>
          ) : null}
        </div>
      ) : null}
      <StillWaiting pending={create.isPending} />
      {create.isError ? <ActionError error={create.error} onRetry={() => create.mutate()} /> : null}
    </div>
  );
}
