/**
 * The panel for one case: the sections of several features, in the order an AE
 * reads them. Composed here so that features never import each other.
 */
import { useEffect, useMemo } from "react";

import { CaseActions } from "../features/case-actions/CaseActions";
import { CadenceChecklist } from "../features/case-panel/CadenceChecklist";
import { CaseHeader } from "../features/case-panel/CaseHeader";
import { CheatSheet } from "../features/case-panel/CheatSheet";
import { ClocksSection } from "../features/case-panel/ClocksSection";
import { deriveCaseView, poolOfCase, type CaseView } from "../features/case-panel/derive-case-view";
import { DescriptionSection } from "../features/case-panel/DescriptionSection";
import { NotesEditor } from "../features/case-panel/NotesEditor";
import { SwitchedOff } from "../features/case-panel/SwitchedOff";
import { TriggerPlaybook } from "../features/case-panel/TriggerPlaybook";
import { ConflictsSection } from "../features/conflicts/ConflictsSection";
import { caseOutreachOf } from "../features/outreach/case-outreach";
import { StepOutreach } from "../features/outreach/StepOutreach";
import { CreateUpgradeButton } from "../features/upgrade-opportunity/CreateUpgradeButton";
import type { LinkShape } from "../domain/record-link";
import type { CasePanelData } from "../messaging/case-panel-data";
import { caseStatusLabel } from "../messaging/org-context";
import { orgScopeOf } from "../messaging/org-scope";
import type { Transport } from "../messaging/send-request";
import { toAppErrorOf } from "../shared/app-error";
import { conflictsOf } from "../shared/case-panel/conflicts-of";
import { useCasePanel } from "../shared/case-panel/use-case-panel";
import { dockSlaText, tellDock } from "../shared/dock";
import { ErrorNotice } from "../shared/errors/ErrorNotice";
import { markShown } from "../shared/perf-marks";
import { useNow } from "../shared/use-now";

/** The cadence checklist with, under each step, its timeline and (on the due step) the email or call that does it. */
function CadenceWithOutreach({ data, view, now, transport }: { data: CasePanelData; view: CaseView; now: Date; transport?: Transport }) {
  const outreach = useMemo(
    () => caseOutreachOf(data, { trigger: view.trigger, calendar: view.calendar, timeZone: view.timeZone, poolKey: poolOfCase(data).key, now }),
    [data, view.trigger, view.calendar, view.timeZone, now],
  );
  return (
    <CadenceChecklist
      data={data}
      view={view}
      renderStep={(step, { actionable }) => <StepOutreach key={`${data.case.id}:${step.day}`} step={step} outreach={outreach} actionable={actionable} transport={transport} />}
    />
  );
}

function CasePanelSections({ data, now, shape, transport }: { data: CasePanelData; now: Date; shape: LinkShape; transport?: Transport }) {
  const view = useMemo(() => deriveCaseView(data, now), [data, now]);
  const conflicts = useMemo(() => conflictsOf(data), [data]);
  // The dock's rail shows the trigger and the SLA state while the panel is collapsed.
  const railSla = dockSlaText(view.sla);
  useEffect(() => tellDock({ dock: "summary", trigger: view.trigger.label, sla: { state: view.sla.state, text: railSla } }), [view.trigger.label, view.sla.state, railSla]);
  return (
    <>
      <CaseHeader
        caseSummary={{ ...data.case, status: caseStatusLabel(data.org, data.case.status) }}
        highPriority={data.org.profile.case.highPriority}
        now={now}
        phoneContext={data.org.profile.outreach.phoneContexts[poolOfCase(data).key] ?? null}
      />
      <SwitchedOff lines={data.org.switchedOff} />
      <TriggerPlaybook trigger={view.trigger} webFormDetails={data.case.webFormDetails} />
      <DescriptionSection description={data.case.description} />
      <ConflictsSection data={data} conflicts={conflicts} shape={shape} transport={transport} />
      <CaseActions data={data} conflicts={conflicts} transport={transport} />
      {view.isMine && !data.case.isClosed && data.case.account ? <CreateUpgradeButton caseId={data.case.id} mark={data.org.profile.policy.upgrade.mark} transport={transport} /> : null}
      <ClocksSection view={view} />
      <CadenceWithOutreach data={data} view={view} now={now} transport={transport} />
      <CheatSheet view={view} />
      {data.org.fields["case.notes"] ? <NotesEditor key={data.case.id} detail={data.case} owner={orgScopeOf(data.org)} transport={transport} /> : null}
    </>
  );
}

/** The panel for one case: loading, error, or the case. */
export function CasePanel({ caseId, shape = "lightning", transport }: { caseId: string; shape?: LinkShape; transport?: Transport }) {
  const now = useNow();
  const panel = useCasePanel(caseId, transport);
  useEffect(() => {
    if (panel.data) markShown("case", panel.data.case.id);
  }, [panel.data]);
  if (panel.error) return <ErrorNotice error={toAppErrorOf(panel.error)} onRetry={panel.refetch} />;
  if (!panel.data) {
    return (
      <p className="loading" aria-busy="true">
        Loading case…
      </p>
    );
  }
  return (
    <article className="case-panel" data-case-id={panel.data.case.id} aria-label={`Case ${panel.data.case.caseNumber}`}>
      <CasePanelSections data={panel.data} now={now} shape={shape} transport={transport} />
    </article>
  );
}
