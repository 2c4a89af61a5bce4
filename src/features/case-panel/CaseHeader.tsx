import { formatCaseAge } from "../../domain/case-age";
import { telLink } from "../../domain/outreach";
import { isHighPriority } from "../../domain/queue";
import type { CaseSummary } from "../../messaging/case-summary";

/** The contact's number as typed; a tel: link (extension kept) only when it can be dialled. */
function ContactPhone({ phone, phoneContext }: { phone: string; phoneContext: string | null }) {
  const dial = telLink(phone, { phoneContext });
  if (!dial.ok) return <span title={dial.problem}>{phone}</span>;
  return (
    <a className="contact-link" href={dial.href}>
      {phone}
    </a>
  );
}

/**
 * Who, what and how old: the lines an AE reads before anything else. All values
 * render as text. `phoneContext`: the case's pool's, for numbers typed without "+".
 */
export function CaseHeader({ caseSummary, highPriority, now, phoneContext = null }: { caseSummary: CaseSummary; highPriority: string; now: Date; phoneContext?: string | null }) {
  const { contact, account, owner } = caseSummary;
  return (
    <header className="case-header">
      <p className="case-header__number">Case {caseSummary.caseNumber}</p>
      <h1 className="case-header__subject">{caseSummary.subject || "(no subject)"}</h1>
      <dl className="facts">
        <dt>Status</dt>
        <dd data-field="status">{caseSummary.status ?? "—"}</dd>
        <dt>Priority</dt>
        <dd data-field="priority" className={isHighPriority(caseSummary.priority, highPriority) ? "text-high" : undefined}>
          {caseSummary.priority ?? "—"}
        </dd>
        <dt>Age</dt>
        <dd data-field="age">{formatCaseAge(new Date(caseSummary.createdDate), now)}</dd>
        <dt>Owner</dt>
        <dd data-field="owner">
          {owner.name ?? owner.id}
          {owner.isQueue ? <span className="badge badge--muted">queue</span> : null}
        </dd>
        <dt>Account</dt>
        <dd data-field="account">{account ? (account.name ?? account.id) : <span className="warning">No account on this case</span>}</dd>
        <dt>Contact</dt>
        <dd data-field="contact">
          {contact ? (
            <>
              <span>{contact.name ?? contact.id}</span>
              {contact.email ? (
                <a className="contact-link" href={`mailto:${encodeURIComponent(contact.email).replace(/%40/g, "@")}`}>
                  {contact.email}
                </a>
              ) : null}
              {contact.phone ? <ContactPhone phone={contact.phone} phoneContext={phoneContext} /> : null}
            </>
          ) : (
            <span className="warning">No contact on this case: the handbook requires one</span>
          )}
        </dd>
      </dl>
    </header>
  );
}
