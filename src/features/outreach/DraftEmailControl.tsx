/**
 * "Draft email" on a due email step: the merged subject and body, the values
 * still missing (the AE types them in; nothing opens with a gap), then the
 * mailer with To, Subject and Body filled. A body too long for a mail link goes
 * to the clipboard with a note saying so. Then "Sent?" logs the Task.
 */
import { useId, useState } from "react";

import type { Mailer } from "../../domain/org-profile/schema";
import { draftEmail, taskSubjectOf, type EmailTemplateText, type Recipient } from "../../domain/outreach/email-draft";
import { composeLink } from "../../domain/outreach/mailer-url";
import type { MergeValues } from "../../domain/outreach/merge";
import { MERGE_FIELDS, type MergeField } from "../../domain/outreach/template-text";
import type { LoggedActivity } from "../../messaging/case-work";
import type { Transport } from "../../messaging/send-request";
import { StillWaiting } from "../../shared/case-panel/still-waiting";
import { LogFailure } from "./LogFailure";
import { useLogOutreach, type OutreachStep } from "./use-log-outreach";

export interface DraftEmailControlProps {
  step: OutreachStep;
  /** The step's template (emailTemplateFor): the trigger's own, else the step's fallback. */
  template: EmailTemplateText;
  /** What {Signature} stands for: the AE's own signature, else the profile's. */
  signature: string;
  /** The case's merge values (mergeValuesOf). */
  values: MergeValues;
  /** The contact's email as Salesforce holds it. */
  to: string | null;
  mailer: Mailer;
  /** What the trigger calls its detail ("Survey score"), to ask for it by that name. */
  detailLabel?: string | null;
  transport?: Transport;
  /** The answer of the log: the Task as stored, to tick the step and show its timeline. */
  onLogged?: (answer: LoggedActivity) => void;
  /** Puts text on the clipboard; navigator.clipboard by default. */
  copyText?: (text: string) => Promise<void>;
}

const OPEN_IN = { mailto: "Open in mail", gmail: "Open in Gmail", outlook: "Open in Outlook" } as const;
const HOLDS = { body: "message", "subject-and-body": "subject and message" } as const;

type Copy = "idle" | "copied" | "failed";

const clipboardCopy = (text: string) => navigator.clipboard.writeText(text);

function RecipientLine({ recipient }: { recipient: Recipient }) {
  if (recipient.ok) return <>{recipient.address}</>;
  const problem = recipient.problem === "no-address" ? "No email address on the contact: add one in the mail." : `“${recipient.typed}” is not one email address: it is left out.`;
  return <span className="warning">{problem}</span>;
}

export function DraftEmailControl({ step, template, signature, values, to, mailer, detailLabel, transport, onLogged, copyText = clipboardCopy }: DraftEmailControlProps) {
  const [typed, setTyped] = useState<Partial<Record<MergeField, string>>>({});
  const [asking, setAsking] = useState(false);
  const [copy, setCopy] = useState<Copy>("idle");
  const log = useLogOutreach(step, "email", { transport, onLogged });
  const id = useId();

  // What the case lacks is asked for; what the AE types fills only that.
  const lacking = draftEmail({ template, signature, values, to }).missing;
  const draft = draftEmail({ template, signature, values: { ...values, ...typed }, to });
  const link = composeLink(mailer, { to: draft.to.ok ? draft.to.address : null, subject: draft.subject, body: draft.body });
  const labelOf = (field: MergeField) => (field === "Detail" && detailLabel ? detailLabel : MERGE_FIELDS[field]);

  const open = () => {
    setAsking(true);
    if (link.clipboard) copyText(link.clipboard.text).then(() => setCopy("copied"), () => setCopy("failed"));
  };
  const logged = log.isSuccess ? log.data : null;

  return (
    <div className="outreach" role="group" aria-label={`Day ${step.day} email`}>
      <dl className="outreach__preview">
        <dt>To</dt>
        <dd>
          <RecipientLine recipient={draft.to} />
        </dd>
        <dt>Subject</dt>
        <dd className="outreach__subject">{draft.subject}</dd>
      </dl>
      <pre className="outreach__body" aria-label="Message" tabIndex={0}>
        {draft.body}
      </pre>

      {lacking.length > 0 ? (
        <fieldset className="outreach__missing">
          <legend>{draft.missing.length > 0 ? "Fill in before opening the mail" : "Filled in"}</legend>
          {lacking.map((field) => (
            <label key={field} htmlFor={`${id}-${field}`}>
              {labelOf(field)}
              <input id={`${id}-${field}`} type="text" value={typed[field] ?? ""} maxLength={field === "Detail" ? 500 : 120} onChange={(event) => setTyped({ ...typed, [field]: event.target.value })} />
            </label>
          ))}
        </fieldset>
      ) : null}

      {link.clipboard && copy === "idle" ? (
        <p className="outreach__note" role="note">
          Too long for a mail link: opening the mail copies the {HOLDS[link.clipboard.holds]} to your clipboard, to paste in.
        </p>
      ) : null}
      {link.clipboard && copy === "copied" ? (
        <p className="outreach__note" role="status">
          The {HOLDS[link.clipboard.holds]} is on your clipboard: paste it into the email.
        </p>
      ) : null}
      {link.clipboard && copy === "failed" ? (
        <div className="outreach__note" role="alert">
          <p>Could not copy to the clipboard: copy the {HOLDS[link.clipboard.holds]} from here.</p>
          <textarea readOnly aria-label="Text to paste" value={link.clipboard.text} rows={6} />
        </div>
      ) : null}

      {logged ? (
        <p className="outreach__done" role="status">
          Logged: “{logged.activity?.subject ?? draft.subject}”
        </p>
      ) : asking ? (
        <div className="outreach__actions">
          <span>Sent?</span>
          <button type="button" className="button button--small" disabled={log.isPending} onClick={() => log.mutate({ email: { subject: taskSubjectOf(draft.subject), body: draft.body } })}>
            Yes, log it
          </button>
          <button type="button" className="button button--small button--secondary" disabled={log.isPending} onClick={() => setAsking(false)}>
            Not sent
          </button>
        </div>
      ) : (
        <div className="outreach__actions">
          {draft.ready ? (
            <a className="button button--small" href={link.href} onClick={open} {...(link.newTab ? { target: "_blank", rel: "noopener noreferrer" } : {})}>
              {OPEN_IN[mailer.kind]}
            </a>
          ) : (
            <button type="button" className="button button--small" disabled>
              {OPEN_IN[mailer.kind]}
            </button>
          )}
        </div>
      )}
      <StillWaiting pending={log.isPending} />
      <LogFailure what="email" error={log.error} />
    </div>
  );
}
