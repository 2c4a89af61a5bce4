/**
 * "Call" on a due call step: dials the contact's number (tel:, shown as typed),
 * then asks how it went (the org's call results) with a one-line note, and logs
 * the call. After "no answer" it offers a retry call the next business day, in
 * the same request.
 */
import { useId, useState } from "react";

import { CALL_OUTCOMES, RETRY_OUTCOME, type CallOutcome } from "../../domain/outreach/call-outcome";
import { cleanValue } from "../../domain/outreach/merge";
import { telLink } from "../../domain/outreach/tel-url";
import type { LoggedActivity } from "../../messaging/case-work";
import type { Transport } from "../../messaging/send-request";
import { formatTaskDate } from "./format";
import { StillWaiting } from "../../shared/case-panel/still-waiting";
import { LogFailure } from "./LogFailure";
import { useLogOutreach, type OutreachStep } from "./use-log-outreach";

export interface CallControlProps {
  step: OutreachStep;
  /** The contact's number as Salesforce holds it (as the person typed it). */
  phone: string | null;
  /** The pool's phone-context for numbers typed without "+" (profile outreach.phoneContexts). */
  phoneContext?: string | null;
  /** What to say or find out (callTemplateFor). */
  guidance: string | null;
  /** The org's words for each outcome (profile outreach.callOutcomes). */
  outcomes: Record<CallOutcome, string>;
  /** The retry offered after no answer: the next business day and the Task's subject; null offers none. */
  retry: { activityDate: string; subject: string } | null;
  transport?: Transport;
  /** The answer of the log: the call and any retry as stored, to tick the step and show its timeline. */
  onLogged?: (answer: LoggedActivity) => void;
}

const NOTE_MAX_LENGTH = 255;

export function CallControl({ step, phone, phoneContext = null, guidance, outcomes, retry, transport, onLogged }: CallControlProps) {
  const [asking, setAsking] = useState(false);
  const [outcome, setOutcome] = useState<CallOutcome | null>(null);
  const [note, setNote] = useState("");
  const [wantsRetry, setWantsRetry] = useState(true);
  const log = useLogOutreach(step, "call", { transport, onLogged });
  const id = useId();
  const dial = telLink(phone, { phoneContext });
  const offersRetry = retry !== null && outcome === RETRY_OUTCOME;

  const submit = () => {
    if (!outcome) return;
    const again = offersRetry && wantsRetry ? { retry } : {};
    log.mutate({ call: { outcome, note: cleanValue(note, { oneLine: true }).slice(0, NOTE_MAX_LENGTH), ...again } });
  };
  const logged = log.isSuccess ? log.data : null;

  return (
    <div className="outreach" role="group" aria-label={`Day ${step.day} call`}>
      {guidance ? <p className="outreach__guidance">{guidance}</p> : null}
      {logged ? (
        <p className="outreach__done" role="status">
          Logged: {logged.activity?.outcome ?? (outcome ? outcomes[outcome] : "call")}.
          {logged.retry?.activityDate ? ` Retry call on ${formatTaskDate(logged.retry.activityDate)}.` : ""}
        </p>
      ) : asking ? (
        <form
          className="outreach__outcome"
          onSubmit={(event) => {
            event.preventDefault();
            submit();
          }}
        >
          <fieldset>
            <legend>How did the call go?</legend>
            {CALL_OUTCOMES.map((key) => (
              <label key={key} className="outreach__option">
                <input type="radio" name={`${id}-outcome`} value={key} checked={outcome === key} onChange={() => setOutcome(key)} />
                {outcomes[key]}
              </label>
            ))}
          </fieldset>
          <label htmlFor={`${id}-note`}>Note (one line)</label>
          <input id={`${id}-note`} type="text" value={note} maxLength={NOTE_MAX_LENGTH} onChange={(event) => setNote(event.target.value)} />
          {offersRetry ? (
            <label className="outreach__option">
              <input type="checkbox" checked={wantsRetry} onChange={(event) => setWantsRetry(event.target.checked)} />
              Schedule a retry call on {formatTaskDate(retry.activityDate)}
            </label>
          ) : null}
          <div className="outreach__actions">
            <button type="submit" className="button button--small" disabled={!outcome || log.isPending}>
              Log call
            </button>
            <button type="button" className="button button--small button--secondary" disabled={log.isPending} onClick={() => setAsking(false)}>
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <div className="outreach__actions">
          {dial.ok ? (
            <a className="button button--small" href={dial.href} onClick={() => setAsking(true)}>
              Call {dial.display}
            </a>
          ) : (
            <span className="warning">{dial.problem}</span>
          )}
          <button type="button" className="button button--small button--secondary" onClick={() => setAsking(true)}>
            Log a call made elsewhere
          </button>
        </div>
      )}
      <StillWaiting pending={log.isPending} />
      <LogFailure what="call" error={log.error} />
    </div>
  );
}
