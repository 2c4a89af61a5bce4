/**
 * Merging a template with a case's facts. Values come partly from customers (a
 * subject, a web form, a survey), so each is cleaned before it lands in a mail:
 * control characters and bidi overrides go, and in a one-line text (a Subject)
 * every line break becomes a space. A field without a value is reported, never
 * written as "{FirstName}" or left as a silent gap.
 */
import type { TriggerMatch } from "../trigger/classify-trigger";
import { MERGE_FIELDS, templateParts, type MergeField } from "./template-text";

export type MergeValues = Partial<Record<MergeField, string | null>>;

export interface MergeResult {
  text: string;
  /** Fields the template uses that have no value, in order of first use; `text` then holds a marker for each. */
  missing: MergeField[];
}

/** Longest trigger detail taken into a mail: a web form or survey can run to pages. */
export const DETAIL_MAX_LENGTH = 500;

// C0/C1 controls but tab and line feed; bidi embeddings, overrides and isolates.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

/** A value as it may appear in a mail: line breaks as \n, no control characters, trimmed. */
export function cleanValue(value: string, { oneLine }: { oneLine: boolean }): string {
  const text = value.replace(/\r\n?/g, "\n").replace(UNSAFE, "");
  return (oneLine ? text.replace(/[\s\u2028\u2029]+/g, " ") : text.replace(/[\u2028\u2029]/g, "\n")).trim();
}

/** How a missing value shows in a preview: visibly a gap, never a merge field a mail client would send. */
export const missingMarker = (field: MergeField) => `[${MERGE_FIELDS[field]}?]`;

export function mergeTemplate(template: string, values: MergeValues, { oneLine }: { oneLine: boolean }): MergeResult {
  const missing = new Set<MergeField>();
  const text = templateParts(template)
    .map((part) => {
      if (part.kind === "text") return part.text;
      if (part.kind === "unknown") return `{${part.name}}`;
      const raw = values[part.field];
      const value = raw ? cleanValue(raw, { oneLine }) : "";
      if (value) return value;
      missing.add(part.field);
      return missingMarker(part.field);
    })
    .join("");
  return { text: oneLine ? cleanValue(text, { oneLine }) : text, missing: [...missing] };
}

/** A template with {Signature} written out as the signature's own template, so its fields merge like the rest. */
export function withSignature(template: string, signature: string): string {
  return templateParts(template)
    .map((part) => {
      switch (part.kind) {
        case "text":
          return part.text.replace(/\{/g, "{{").replace(/\}/g, "}}");
        case "unknown":
          return `{${part.name}}`;
        default:
          return part.field === "Signature" ? signature : `{${part.field}}`;
      }
    })
    .join("");
}

/** The start of a long text, cut at a word, with an ellipsis: a mail quotes the gist, the case keeps the whole. */
export function excerpt(text: string, max = DETAIL_MAX_LENGTH): string {
  const clean = cleanValue(text, { oneLine: false });
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max);
  const atWord = cut.replace(/\s+\S*$/, "");
  return `${atWord.length > max / 2 ? atWord : cut}…`;
}

/** What the panel knows about a case, as merge values come from it. */
export interface OutreachFacts {
  contactFirstName: string | null;
  accountName: string | null;
  caseNumber: string;
  caseSubject: string | null;
  trigger: TriggerMatch;
  webFormDetails: string | null;
  description: string | null;
  aeName: string | null;
}

/** The trigger's own detail (the NPS score, the content read, the customer's words), where its rule says it is. */
export function triggerDetail(facts: Pick<OutreachFacts, "trigger" | "webFormDetails" | "description">): string | null {
  const { trigger } = facts;
  if (trigger.kind !== "classified" || !trigger.detail) return null;
  const source = { "subject-rest": trigger.subjectRest, "web-form-details": facts.webFormDetails, description: facts.description }[trigger.detail.from];
  return source?.trim() ? excerpt(source) : null;
}

export function mergeValuesOf(facts: OutreachFacts): MergeValues {
  return {
    FirstName: facts.contactFirstName,
    AccountName: facts.accountName,
    CaseNumber: facts.caseNumber,
    CaseSubject: facts.caseSubject,
    Detail: triggerDetail(facts),
    AeName: facts.aeName,
  };
}
