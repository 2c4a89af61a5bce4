import { useId, useState } from "react";

import { closedStatusesOf, closeReadiness, isFilled } from "../../domain/close-readiness";
import type { CasePanelData } from "../../messaging/case-panel-data";
import { orgScopeOf } from "../../messaging/org-scope";
import type { Transport } from "../../messaging/send-request";
import { useStoredDraft } from "../../shared/draft-store";
import { usePanelRefreshing } from "../../shared/case-panel/case-version";
import { changedMessage } from "../../shared/case-panel/outcome-messages";
import { StillWaiting } from "../../shared/case-panel/still-waiting";
import { ActionError } from "../../shared/errors/ActionError";
import { useCloseOptions, type useCloseCase } from "./use-case-actions";

export interface CloseChoices {
  status: string;
  resolutionAction: string;
  stage: string;
}

const EMPTY: CloseChoices = { status: "", resolutionAction: "", stage: "" };

function parseChoices(text: string | null): CloseChoices | null {
  try {
    const value = text ? (JSON.parse(text) as Partial<CloseChoices>) : null;
    return value ? { status: String(value.status ?? ""), resolutionAction: String(value.resolutionAction ?? ""), stage: String(value.stage ?? "") } : null;
  } catch {
    return null;
  }
}

/**
 * Close the case and its related opportunity together. Only the org's closed
 * statuses and stages are offered; the cheat sheet's readiness lines say what
 * still blocks it. Salesforce closes both or neither (one allOrNone composite).
 */
export function CloseDialog({ data, close, transport, onCancel }: { data: CasePanelData; /** The close mutation (CaseActions keeps it: its answer outlives the dialog). */ close: ReturnType<typeof useCloseCase>; transport?: Transport; onCancel(): void }) {
  const id = useId();
  const [choices, setChoices] = useState<CloseChoices>(EMPTY);
  const options = useCloseOptions(transport);
  const refreshing = usePanelRefreshing(data.case.id);
  // The AE's choices survive a failed close, a re-login and a reload until the case is closed.
  const draft = useStoredDraft(`close:${data.case.id}`, orgScopeOf(data.org), parseChoices, (saved) => setChoices((current) => (current === EMPTY ? saved : current)));

  const choose = (patch: Partial<CloseChoices>) => {
    const next = { ...choices, ...patch };
    setChoices(next);
    void draft.save(JSON.stringify(next));
  };

  // Case.Status takes the CaseStatus ApiName (value); the label is only shown.
  const closedStatuses = closedStatusesOf(data.org.statuses, data.org.profile.case.closedStatuses);
  const hasResolutionAction = data.org.fields["case.resolutionAction"] !== null;
  const closedStages = options.data?.closedStages ?? [];
  const opportunity = data.case.relatedOpportunity;
  const closingOpportunity = opportunity !== null && !opportunity.isClosed;
  const readiness = closeReadiness({
    contactSet: data.case.contact !== null,
    reasonSet: isFilled(data.case.reason),
    resolutionAction: choices.resolutionAction || null,
    hasResolutionAction,
    closedStatus: choices.status || null,
    closedStatuses,
    relatedOpportunity: opportunity ? { isClosed: opportunity.isClosed, chosenStage: choices.stage || null, closedStages } : null,
  });

  const submit = () =>
    close.mutate(
      {
        caseId: data.case.id,
        lastModifiedDate: data.case.lastModifiedDate,
        ownerId: data.case.owner.id,
        fromStatus: data.case.status,
        status: choices.status,
        resolutionAction: hasResolutionAction ? choices.resolutionAction : null,
        opportunity: closingOpportunity && opportunity ? { id: opportunity.id, stageName: choices.stage } : null,
      },
      { onSuccess: (result) => (result.outcome === "closed" || (result.outcome === "answer-lost" && result.panel.case.isClosed) ? void draft.clear() : undefined) },
    );

  return (
    <form
      role="dialog"
      aria-label="Close case"
      className="close-dialog notice"
      onSubmit={(event) => {
        event.preventDefault();
        if (readiness.ready && !refreshing) submit();
      }}
    >
      <p>
        <strong>Close case {data.case.caseNumber}</strong>
      </p>
      <label htmlFor={`${id}-status`}>Status</label>{" "}
      <select id={`${id}-status`} value={choices.status} onChange={(e) => choose({ status: e.target.value })}>
        <option value="">Choose a closed status…</option>
        {closedStatuses.map((status) => (
          <option key={status.value} value={status.value}>
            {status.label}
          </option>
        ))}
      </select>
      <br />
      {hasResolutionAction ? (
        <>
          <label htmlFor={`${id}-resolution`}>Resolution Action</label>{" "}
          <select id={`${id}-resolution`} value={choices.resolutionAction} onChange={(e) => choose({ resolutionAction: e.target.value })} disabled={!options.data}>
            <option value="">{options.isPending ? "Loading…" : "Choose a Resolution Action…"}</option>
            {(options.data?.resolutionActions ?? []).map((action) => (
              <option key={action.value} value={action.value}>
                {action.label}
              </option>
            ))}
          </select>
        </>
      ) : null}
      {closingOpportunity && opportunity ? (
        <>
          <br />
          <label htmlFor={`${id}-stage`}>Opportunity stage ({opportunity.name ?? "related opportunity"})</label>{" "}
          <select id={`${id}-stage`} value={choices.stage} onChange={(e) => choose({ stage: e.target.value })} disabled={!options.data}>
            <option value="">Choose a closed stage…</option>
            {closedStages.map((stage) => (
              <option key={stage} value={stage}>
                {stage}
              </option>
            ))}
          </select>
        </>
      ) : null}
      {options.isError ? <ActionError error={options.error} onRetry={() => void options.refetch()} /> : null}
      <ul aria-label="Ready to close?">
        {readiness.lines.map((line) => (
          <li key={line.id} data-ok={line.ok}>
            {line.ok ? "✓" : "✗"} {line.label}
            {line.fix ? <span className="warning">: {line.fix}</span> : null}
          </li>
        ))}
      </ul>
      {close.data?.outcome === "changed" ? <p role="status">Not closed: {changedMessage(close.data.now, data.org.me.id)} Your choices are kept.</p> : null}
      <StillWaiting pending={close.isPending} />
      {close.isError ? <ActionError error={close.error} onRetry={readiness.ready ? submit : undefined} /> : null}
      <div className="notice__actions">
        <button type="submit" className="button" disabled={!readiness.ready || close.isPending || refreshing}>
          {close.isPending ? "Closing…" : closingOpportunity ? "Close case and opportunity" : "Close case"}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
