/**
 * The email of a cadence step, merged and checked before anything opens: what
 * it says, which values are missing (the AE fills them in; nothing is sent with a
 * gap), and whether the contact's address is one address a mail link can carry.
 */
import { mergeTemplate, withSignature, type MergeValues } from "./merge";
import type { MergeField } from "./template-text";

export interface EmailTemplateText {
  subject: string;
  body: string;
}

export interface EmailDraftInput {
  template: EmailTemplateText;
  /** The signature's template ({AeName}): the AE's own, else the profile's. */
  signature: string;
  values: MergeValues;
  /** The contact's email as Salesforce holds it. */
  to: string | null;
}

export type Recipient = { ok: true; address: string } | { ok: false; problem: "no-address" | "not-one-address"; typed: string | null };

export interface EmailDraft {
  subject: string;
  body: string;
  /** Fields without a value; while any is missing the draft cannot be opened. */
  missing: MergeField[];
  to: Recipient;
  ready: boolean;
}

/** Longest Subject a Task takes (Task.Subject is 255 characters). */
export const TASK_SUBJECT_MAX_LENGTH = 255;

// One addr-spec (RFC 5322 dot-atom local part, a host name), nothing else: no
// second address, no display name, no "?cc=" that a mail link would read as a header.
const ATEXT = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]";
const LABEL = "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?";
const ADDRESS = new RegExp(`^${ATEXT}+(?:\\.${ATEXT}+)*@${LABEL}(?:\\.${LABEL})+$`);

export function recipientOf(email: string | null): Recipient {
  const typed = email?.trim() ?? "";
  if (!typed) return { ok: false, problem: "no-address", typed: null };
  if (typed.length > 254 || !ADDRESS.test(typed)) return { ok: false, problem: "not-one-address", typed };
  return { ok: true, address: typed };
}

export function draftEmail({ template, signature, values, to }: EmailDraftInput): EmailDraft {
  const subject = mergeTemplate(template.subject, values, { oneLine: true });
  const body = mergeTemplate(withSignature(template.body, signature), values, { oneLine: false });
  const missing = [...new Set([...subject.missing, ...body.missing])];
  return { subject: subject.text, body: body.text, missing, to: recipientOf(to), ready: missing.length === 0 };
}

/** The Subject of the Task that records the email: the email's own, cut to what Task.Subject holds. */
export function taskSubjectOf(subject: string): string {
  return subject.length <= TASK_SUBJECT_MAX_LENGTH ? subject : `${subject.slice(0, TASK_SUBJECT_MAX_LENGTH - 1)}…`;
}
