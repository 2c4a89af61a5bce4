import { RequestFailed, type Transport } from "../../messaging/send-request";
import { useNow } from "../../shared/use-now";
import { ErrorNotice } from "../session/ErrorNotice";
import { CaseHeader } from "./CaseHeader";
import { TriggerBadge } from "./TriggerBadge";
import { useCase } from "./use-case";

/** The panel for one case: loading, error, or the case. */
export function CasePanel({ caseId, transport }: { caseId: string; transport?: Transport }) {
  const now = useNow();
  const caseQuery = useCase(caseId, transport);

  if (caseQuery.isPending) {
    return (
      <p className="loading" aria-busy="true">
        Loading case…
      </p>
    );
  }
  if (caseQuery.isError) {
    const error =
      caseQuery.error instanceof RequestFailed ? caseQuery.error.error : { kind: "internal" as const, message: String(caseQuery.error) };
    return <ErrorNotice error={error} onRetry={() => void caseQuery.refetch()} />;
  }
  const caseSummary = caseQuery.data;
  return (
    <article className="case-panel" data-case-id={caseSummary.id} aria-label={`Case ${caseSummary.caseNumber}`}>
      <TriggerBadge subject={caseSummary.subject} origin={caseSummary.origin} />
      <CaseHeader caseSummary={caseSummary} now={now} />
    </article>
  );
}
