/**
 * Under one cadence step: what was logged for it (its timeline line), or, on the
 * step that is due, the way to do it: Draft email (the step's template, merged)
 * or Call (the contact's number, then its outcome and a retry after no answer).
 */
import { useId, useState } from "react";

import type { CadenceStep } from "../../domain/cadence";
import { stepTimeline } from "../../domain/outreach/step-timeline";
import type { LoggedActivity } from "../../messaging/case-work";
import type { Transport } from "../../messaging/send-request";
import { CallControl } from "./CallControl";
import type { CaseOutreach } from "./case-outreach";
import { DraftEmailControl } from "./DraftEmailControl";
import { StillWaiting } from "../../shared/case-panel/still-waiting";
import { LogFailure } from "./LogFailure";
import { StepTimelineLine } from "./StepTimelineLine";
import { useLogOutreach } from "./use-log-outreach";

export interface StepOutreachProps {
  step: Pick<CadenceStep, "day" | "kind" | "state" | "doneBy">;
  outreach: CaseOutreach;
  /** The step is the next one, due or overdue, on my open case: it can be done now. */
  actionable: boolean;
  transport?: Transport;
}

/** The retry a call of this step scheduled, kept with the call it followed (the panel reads no open Tasks). */
type Scheduled = { activityId: string; retry: NonNullable<LoggedActivity["retry"]> };

export function StepOutreach({ step, outreach, actionable, transport }: StepOutreachProps) {
  const [scheduled, setScheduled] = useState<Scheduled | null>(null);
  const remember = (answer: LoggedActivity) => setScheduled(answer.retry ? { activityId: answer.activity.id, retry: answer.retry } : null);

  if (step.state === "done") {
    const entry = stepTimeline(step, outreach.activities);
    if (!entry) return null;
    return <StepTimelineLine entry={entry} timeZone={outreach.timeZone} retry={scheduled?.activityId === entry.activityId ? scheduled.retry : null} />;
  }
  if (!actionable) return null;
  if (step.kind === "call") {
    return (
      <CallControl
        step={outreach.stepOf(step)}
        phone={outreach.phone}
        phoneContext={outreach.phoneContext}
        guidance={outreach.callGuidance(step.day)}
        outcomes={outreach.callOutcomes}
        retry={outreach.retry}
        transport={transport}
        onLogged={remember}
      />
    );
  }
  return <EmailStep day={step.day} outreach={outreach} transport={transport} />;
}

/** "Draft email" opens the step's draft; an email sent some other way is logged with one click. */
function EmailStep({ day, outreach, transport }: { day: number; outreach: CaseOutreach; transport?: Transport }) {
  const [drafting, setDrafting] = useState(false);
  const draftId = useId();
  const logElsewhere = useLogOutreach(outreach.stepOf({ day }), "email", { transport });
  const template = outreach.emailTemplate(day);

  return (
    <div className="outreach-step">
      <div className="outreach__actions">
        {template ? (
          <button type="button" className="button button--small" aria-expanded={drafting} aria-controls={draftId} onClick={() => setDrafting(!drafting)}>
            Draft email
          </button>
        ) : (
          <span className="warning">The profile has no template for the Day {day} email.</span>
        )}
        <button type="button" className="button button--small button--secondary" disabled={logElsewhere.isPending} onClick={() => logElsewhere.mutate({})}>
          Log an email sent elsewhere
        </button>
      </div>
      <StillWaiting pending={logElsewhere.isPending} />
      <LogFailure what="email" error={logElsewhere.error} />
      <div id={draftId} hidden={!drafting}>
        {template && drafting ? (
          <DraftEmailControl
            step={outreach.stepOf({ day })}
            template={template}
            signature={outreach.signature}
            values={outreach.valuesFor(day)}
            to={outreach.email}
            mailer={outreach.mailer}
            detailLabel={outreach.detailLabel}
            transport={transport}
          />
        ) : null}
      </div>
    </div>
  );
}
