/**
 * Template text as an admin writes it in the org profile: plain text with merge
 * fields in braces ("Hi {FirstName},"), where "{{" and "}}" stand for literal
 * braces. Reading is one pass over the template only, so a value that itself
 * reads "{FirstName}" (customer text) is never expanded.
 */
export const MERGE_FIELDS = {
  FirstName: "Contact first name",
  AccountName: "Account name",
  CaseNumber: "Case number",
  CaseSubject: "Case subject",
  Detail: "Trigger detail",
  AeName: "Your name",
  Signature: "Your signature",
  CadenceDay: "Cadence day",
} as const;

export type MergeField = keyof typeof MERGE_FIELDS;

export const ALL_MERGE_FIELDS = Object.keys(MERGE_FIELDS) as MergeField[];

export type TemplatePart = { kind: "text"; text: string } | { kind: "field"; field: MergeField } | { kind: "unknown"; name: string };

const TOKEN = /\{\{|\}\}|\{([A-Za-z][A-Za-z0-9]*)\}/g;

const isMergeField = (name: string): name is MergeField => Object.hasOwn(MERGE_FIELDS, name);

export function templateParts(template: string): TemplatePart[] {
  const parts: TemplatePart[] = [];
  let text = "";
  let at = 0;
  for (const match of template.matchAll(TOKEN)) {
    text += template.slice(at, match.index);
    at = match.index + match[0].length;
    const name = match[1];
    if (name === undefined) {
      text += match[0][0];
      continue;
    }
    if (text) parts.push({ kind: "text", text });
    text = "";
    parts.push(isMergeField(name) ? { kind: "field", field: name } : { kind: "unknown", name });
  }
  text += template.slice(at);
  if (text) parts.push({ kind: "text", text });
  return parts;
}

/** What is wrong with a template's braces for the fields it may use; null when nothing is. */
export function templateProblem(template: string, allowed: readonly MergeField[]): string | null {
  const bad = templateParts(template).flatMap((part) =>
    part.kind === "unknown" ? [part.name] : part.kind === "field" && !allowed.includes(part.field) ? [part.field] : [],
  );
  if (bad.length === 0) return null;
  const list = allowed.map((field) => `{${field}}`).join(", ");
  return `uses ${[...new Set(bad)].map((name) => `{${name}}`).join(", ")}: this text may use ${list} (write {{ and }} for literal braces)`;
}
