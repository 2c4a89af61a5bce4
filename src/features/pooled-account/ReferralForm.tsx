import { useId, useMemo, useRef, useState, type FormEvent } from "react";

import { EMPTY_DRAFT, isReady, referralCase, searchContacts, validateReferral, type ReferralDraft, type ReferralErrors } from "../../domain/pooled-account";
import { recordUrl, type LinkShape } from "../../domain/record-link";
import type { OrgContext } from "../../messaging/org-context";
import { orgScopeOf } from "../../messaging/org-scope";
import type { PooledAccountData, ReferralCreated } from "../../messaging/pooled-account";
import type { Transport } from "../../messaging/send-request";
import { toAppErrorOf } from "../../shared/app-error";
import { useStoredDraft } from "../../shared/draft-store";
import { StillWaiting } from "../../shared/case-panel/still-waiting";
import { ErrorNotice } from "../../shared/errors/ErrorNotice";
import { CaseLine } from "./CaseLine";
import { useCreateReferral, type pooledAccountQueryKey } from "./use-pooled-account";

export interface ReferralFormProps {
  data: PooledAccountData;
  org: OrgContext;
  accountId: string;
  accountName: string | null;
  /** On a Contact page, that contact is the likely end user. */
  initialContactId: string | null;
  shape: LinkShape;
  queryKey: ReturnType<typeof pooledAccountQueryKey>;
  transport?: Transport;
}

function parseDraft(text: string | null): ReferralDraft | null {
  try {
    const value = text ? (JSON.parse(text) as Partial<ReferralDraft>) : null;
    return value
      ? { contactId: typeof value.contactId === "string" ? value.contactId : null, description: String(value.description ?? ""), reason: String(value.reason ?? "") }
      : null;
  } catch {
    return null;
  }
}

/**
 * The handbook's referral case in one form: what it fixes is shown, what the
 * person chooses is asked (contact, Description, Case Reason). The draft is kept
 * in chrome.storage.local (draft-store) as it is typed, so a failed create, a
 * session error's re-login or a reload leave it as it was; only a successful
 * create clears it.
 */
export function ReferralForm({ data, org, accountId, accountName, initialContactId, shape, queryKey, transport }: ReferralFormProps) {
  const fixed = referralCase(org.profile);
  const ids = useId();
  const known = (id: string | null) => (id && data.contacts.some((c) => c.id === id) ? id : null);
  const [draft, setDraft] = useState<ReferralDraft>({ ...EMPTY_DRAFT, contactId: known(initialContactId) });
  /** Set once the person changes anything: a draft restored late must not overwrite what they typed. */
  const touched = useRef(false);
  // What was typed survives a failed create, a re-login (which navigates the top window) and a reload, until the case is created.
  // Restored once per account; `known` checks the contact against this account's contacts.
  const stored = useStoredDraft(`referral:${accountId}`, orgScopeOf(org), parseDraft, (saved) => {
    if (!touched.current) setDraft((current) => ({ ...saved, contactId: known(saved.contactId) ?? current.contactId }));
  });
  const [search, setSearch] = useState("");
  const [showErrors, setShowErrors] = useState(false);
  const [confirmingDuplicate, setConfirmingDuplicate] = useState(false);
  const [created, setCreated] = useState<ReferralCreated | null>(null);
  const create = useCreateReferral(queryKey, transport);

  const reasons = data.metadata.reasons.map((r) => r.value);
  const errors: ReferralErrors = validateReferral(draft, reasons);
  const visibleErrors = showErrors ? errors : {};
  const matches = useMemo(() => searchContacts(data.contacts, search), [data.contacts, search]);
  const selected = data.contacts.find((c) => c.id === draft.contactId) ?? null;
  const options = selected && !matches.includes(selected) ? [selected, ...matches] : matches;
  const update = (patch: Partial<ReferralDraft>) => {
    touched.current = true;
    const next = { ...draft, ...patch };
    setDraft(next);
    void stored.save(JSON.stringify(next));
    setConfirmingDuplicate(false);
  };

  const submit = () => {
    const sentText = JSON.stringify(draft);
    create.reset();
    create.mutate(
      { accountId, contactId: draft.contactId!, description: draft.description, reason: draft.reason },
      {
        onSuccess: (answer) => {
          // Clear the stored draft only if it is still what was sent (not a newer edit, e.g. in another tab).
          void stored.load().then((text) => (text === sentText ? stored.clear() : undefined));
          touched.current = false;
          setCreated(answer);
          setDraft({ ...EMPTY_DRAFT });
          setSearch("");
          setShowErrors(false);
          setConfirmingDuplicate(false);
        },
      },
    );
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setShowErrors(true);
    if (!isReady(errors) || create.isPending) return;
    // No duplicate by accident: an open Pooled case on the account is shown first, with its owner.
    if (data.openPooledCases.length > 0 && !confirmingDuplicate) {
      setConfirmingDuplicate(true);
      return;
    }
    submit();
  };

  if (created) {
    const href = recordUrl(data.orgHost, "Case", created.case.id, shape);
    const where = created.case.owner.name ?? created.case.owner.id;
    return (
      <section className="referral" aria-label="Referral case">
        <div className="referral__created" role="status">
          <p>
            Case{" "}
            {href ? (
              <a href={href} target="_top" rel="noopener">
                {created.case.caseNumber}
              </a>
            ) : (
              created.case.caseNumber
            )}{" "}
            created: {created.case.owner.isQueue ? <>it is in the <strong data-field="landed-in">{where}</strong>, where a Pooled AE will pick it up.</> : <>it is owned by <strong data-field="landed-in">{where}</strong>.</>}
          </p>
          <button type="button" className="button button--secondary" onClick={() => setCreated(null)}>
            Create another referral
          </button>
        </div>
      </section>
    );
  }

  const failure = create.error ? toAppErrorOf(create.error) : null;
  const errorId = (field: keyof ReferralDraft) => `${ids}-${field}-error`;
  const fieldError = (field: keyof ReferralDraft) =>
    visibleErrors[field] ? (
      <p id={errorId(field)} className="referral__error">
        {visibleErrors[field]}
      </p>
    ) : null;

  return (
    <section className="referral" aria-label="Referral case">
      <h2>Loop in the Pooled team: referral case</h2>
      <p className="referral__fixed pooled__muted" data-field="fixed-fields">
        Record type {fixed.recordTypeDeveloperName} · Origin “{fixed.origin}” · Subject “{fixed.subject}” · assigned by the org's active assignment rule to the pool's queue
      </p>
      <form noValidate onSubmit={onSubmit} aria-label="Create a referral case">
        <div className="referral">
          <fieldset aria-describedby={visibleErrors.contactId ? errorId("contactId") : undefined}>
            <legend>End-user contact</legend>
            {data.contacts.length === 0 ? (
              <p className="warning">{accountName ?? "This account"} has no contacts: add the end-user contact in Salesforce first.</p>
            ) : (
              <>
                <input type="search" aria-label="Search contacts by name or email" placeholder="Search by name or email" value={search} onChange={(e) => setSearch(e.target.value)} />
                {options.length === 0 ? <p className="pooled__muted">No contact matches “{search}”.</p> : null}
                {options.map((contact) => (
                  <label key={contact.id} className="referral__option">
                    <input type="radio" name={`${ids}-contact`} value={contact.id} checked={draft.contactId === contact.id} onChange={() => update({ contactId: contact.id })} />
                    <span>
                      {contact.name ?? contact.id}
                      {contact.email ? <span className="pooled__muted"> · {contact.email}</span> : null}
                      {contact.title ? <span className="pooled__muted"> · {contact.title}</span> : null}
                    </span>
                  </label>
                ))}
                {data.contactsTruncated ? <p className="pooled__muted">Only the first {data.contacts.length} contacts are searched.</p> : null}
              </>
            )}
            {fieldError("contactId")}
          </fieldset>
          <div className="referral__field">
            <label htmlFor={`${ids}-description`}>Description</label>
            <textarea
              id={`${ids}-description`}
              value={draft.description}
              required
              aria-invalid={visibleErrors.description ? true : undefined}
              aria-describedby={visibleErrors.description ? errorId("description") : undefined}
              placeholder="Describe the ask of the Pooled AE. Include any relevant links or resources."
              onChange={(e) => update({ description: e.target.value })}
            />
            {fieldError("description")}
          </div>
          {reasons.length > 0 ? (
            <div className="referral__field">
              <label htmlFor={`${ids}-reason`}>Case Reason</label>
              <select
                id={`${ids}-reason`}
                value={draft.reason}
                aria-invalid={visibleErrors.reason ? true : undefined}
                aria-describedby={visibleErrors.reason ? errorId("reason") : undefined}
                onChange={(e) => update({ reason: e.target.value })}
              >
                <option value="">Choose based on the customer's needs…</option>
                {data.metadata.reasons.map((reason) => (
                  <option key={reason.value} value={reason.value}>
                    {reason.label}
                  </option>
                ))}
              </select>
              {fieldError("reason")}
            </div>
          ) : null}
          {confirmingDuplicate ? (
            <div className="referral__duplicate" role="alert">
              <p>
                {accountName ?? "This account"} already has {data.openPooledCases.length === 1 ? "an open Pooled case" : `${data.openPooledCases.length} open Pooled cases`}:
              </p>
              <ul className="pooled__cases">
                {data.openPooledCases.map((pooledCase) => (
                  <li key={pooledCase.id}>
                    <CaseLine pooledCase={pooledCase} orgHost={data.orgHost} shape={shape} />
                  </li>
                ))}
              </ul>
              <p>A second case on the same account goes to whoever works the first. Create another case anyway?</p>
              <div className="referral__actions">
                <button type="submit" className="button">
                  Create another case anyway
                </button>
                <button type="button" className="button button--secondary" onClick={() => setConfirmingDuplicate(false)}>
                  Don't create
                </button>
              </div>
            </div>
          ) : null}
          <StillWaiting pending={create.isPending} />
          {failure ? <ErrorNotice error={failure} write /> : null}
          {confirmingDuplicate ? null : (
            <div className="referral__actions">
              <button type="submit" className="button" disabled={create.isPending}>
                {create.isPending ? "Creating…" : "Create Pooled case"}
              </button>
            </div>
          )}
        </div>
      </form>
    </section>
  );
}
