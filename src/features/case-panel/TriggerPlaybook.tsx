import type { TriggerMatch } from "../../domain/trigger/classify-trigger";

/**
 * The trigger that created the case (the handbook reads it from the Subject) and
 * its playbook. A Contact Us case shows the customer's Web Form Details verbatim,
 * as text.
 */
export function TriggerPlaybook({ trigger, webFormDetails }: { trigger: TriggerMatch; webFormDetails: string | null }) {
  if (trigger.kind === "unclassified") {
    return (
      <section className="trigger trigger--unclassified" aria-label="Trigger">
        <span className="badge badge--muted">Unclassified</span>
        <span className="trigger__raw" title="Subject that matched no trigger rule">
          {trigger.rawSubject || "(no subject)"}
        </span>
        <p className="muted">No trigger rule matches this subject, so there is no playbook. Read the Description.</p>
      </section>
    );
  }
  return (
    <section className="trigger" aria-label="Trigger">
      <div className="trigger__head">
        <span className="badge" data-trigger={trigger.trigger}>
          {trigger.label}
        </span>
        {trigger.scenario !== trigger.label ? <span className="trigger__scenario">{trigger.scenario}</span> : null}
      </div>
      <dl className="playbook">
        <dt>What happened</dt>
        <dd>{trigger.playbook.customerDid}</dd>
        <dt>Details</dt>
        <dd>{trigger.playbook.detailsAt}</dd>
        <dt>First step</dt>
        <dd>{trigger.playbook.firstStep}</dd>
      </dl>
      {trigger.trigger === "contact-us-form" && webFormDetails ? (
        <details className="web-form" open>
          <summary>Web Form Details</summary>
          <pre className="verbatim" tabIndex={0} aria-label="Web form details">{webFormDetails}</pre>
        </details>
      ) : null}
    </section>
  );
}
