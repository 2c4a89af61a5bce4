/**
 * The panel's one click: an upgrade opportunity (the profile's mark, "Ultimate
 * Upgrade") on the case's account, owned by me. Refused at my pool's cap (AMER:
 * 15), with the reason and my open ones. Mount it with the case id and the mark;
 * the worker reads everything else.
 */
import { useQueryClient } from "@tanstack/react-query";
import { useRef, useState, type MouseEvent } from "react";

import { CreateUpgradeResultSchema } from "../../messaging/pool";
import { sendRequest, type Transport } from "../../messaging/send-request";
import { StillWaiting } from "../../shared/case-panel/still-waiting";
import { ActionError } from "../../shared/errors/ActionError";
import { useCasePanelMutation } from "../../shared/case-panel/use-case-panel";
import { POOL_OVERVIEW_KEY } from "../../shared/pool/use-pool";
import { UpgradeList } from "./UpgradeList";

export function CreateUpgradeButton({ caseId, mark, transport, now = new Date() }: { caseId: string; mark: string; transport?: Transport; now?: Date }) {
  const queryClient = useQueryClient();
  const create = useCasePanelMutation(caseId, () => sendRequest({ type: "upgrade/create", caseId }, CreateUpgradeResultSchema, transport), {
    // The account now has an AE-owned upgrade (a conflict for its next case), and my count moved.
    refreshOn: (result) => result.outcome !== "refused",
    alsoRefresh: [POOL_OVERVIEW_KEY],
    refreshWhenStale: false,
  });
  const result = create.data;
  // Disabled in the click itself, before the request leaves: react-query's pending
  // state only reaches the button on the next render, and a second click (or a
  // keyboard repeat) landing before it would send a second create.
  const sending = useRef(false);
  const [held, setHeld] = useState(false);
  const send = (event?: MouseEvent<HTMLButtonElement>) => {
    if (sending.current) return;
    sending.current = true;
    if (event) event.currentTarget.disabled = true;
    setHeld(true);
    create.mutate(undefined, {
      onSettled: () => {
        sending.current = false;
        setHeld(false);
      },
      // A refusal can follow another tab's create (the race this one lost): the popup's count moved too.
      onSuccess: (answer) => (answer.outcome === "refused" ? void queryClient.invalidateQueries({ queryKey: POOL_OVERVIEW_KEY }) : undefined),
    });
  };
  const busy = held || create.isPending;
  return (
    <div className="create-upgrade">
      {result?.outcome !== "created" ? (
        <button type="button" className="button button--secondary button--small" disabled={busy} onClick={send}>
          {busy ? "Creating…" : `Create ${mark} opportunity`}
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
      <StillWaiting pending={busy} />
      {result?.outcome === "over-cap" ? (
        <div role="alert" className="notice">
          <p>Over your limit: {result.reason}</p>
          <p>
            Your open {mark} opportunities ({result.mine.length}/{result.cap}):
          </p>
          <UpgradeList opportunities={result.mine} now={now} />
        </div>
      ) : null}
      {create.isError ? <ActionError error={create.error} onRetry={() => send()} /> : null}
    </div>
  );
}
