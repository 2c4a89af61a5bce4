import { useMemo } from "react";

import { caseStatusLabel, type CasePanelData } from "../../messaging/case-panel-data";
import type { Transport } from "../../messaging/send-request";
import { toAppErrorOf } from "../../shared/app-error";
import { useNow } from "../../shared/use-now";
import { CaseActions } from "../case-actions/CaseActions";
import { conflictsOf } from "../conflicts/conflicts-of";
import { ConflictsSection } from "../conflicts/ConflictsSection";
import { CreateUpgradeButton } from "../upgrade-opportunity/CreateUpgradeButton";
import { ErrorNotice } from "../session/ErrorNotice";
import { CadenceChecklist } from "./CadenceChecklist";
import { CaseHeader } from "./CaseHeader";
import { CheatSheet } from "./CheatSheet";
import { ClocksSection } from "./ClocksSection";
import { deriveCaseView } from "./derive-case-view";
import { DescriptionSection } from "./DescriptionSection";
import { NotesEditor } from "./NotesEditor";
import { TriggerPlaybook } from "./TriggerPlaybook";
import { useCasePanel } from "./use-case-panel";

/** The panel's sections, in the order an AE reads them. */
function CasePanelSections({ data, now, transport }: { data: CasePanelData; now: Date; transport?: Transport }) {
  const view = useMemo(() => deriveCaseView(data, now), [data, now]);
  const conflicts = useMemo(() => conflictsOf(data), [data]);
  return (
    <>
      <CaseHeader caseSummary={{ ...data.case, status: caseStatusLabel(data.org, data.case.status) }} now={now} />
      <TriggerPlaybook trigger={view.trigger} webFormDetails={data.case.webFormDetails} />
      <DescriptionSection description={data.case.description} />
      <ConflictsSection data={data} conflicts={conflicts} transport={transport} />
      <CaseActions data={data} conflicts={conflicts} transport={transport} />
      {view.isMine && !data.case.isClosed && data.case.account ? <CreateUpgradeButton caseId={data.case.id} transport={transport} /> : null}
      <ClocksSection view={view} />
      <CadenceChecklist data={data} view={view} now={now} transport={transport} />
      <CheatSheet view={view} />
      <NotesEditor key={data.case.id} detail={data.case} transport={transport} />
    </>
  );
}

/** The panel for one case: loading, error, or the case. */
export function CasePanel({ caseId, transport }: { caseId: string; transport?: Transport }) {
  const now = useNow();
  const panel = useCasePanel(caseId, transport);

  if (panel.isPending) {
    return (
      <p className="loading" aria-busy="true">
        Loading case…
      </p>
    );
  }
  if (panel.isError) {
    return <ErrorNotice error={toAppErrorOf(panel.error)} onRetry={() => void panel.refetch()} />;
  }
  return (
    <article className="case-panel" data-case-id={panel.data.case.id} aria-label={`Case ${panel.data.case.caseNumber}`}>
      <CasePanelSections data={panel.data} now={now} transport={transport} />
    </article>
  );
}
