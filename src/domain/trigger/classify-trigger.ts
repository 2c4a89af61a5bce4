/**
 * The handbook tells AEs to read the trigger from the Subject. The first rule
 * that matches wins; anything else is "Unclassified" with the raw subject, never
 * a guess, so a new trigger shows up as a gap rather than a wrong label.
 */
import { matchSourceName, subjectAfterWords, subjectWords } from "./subject-words";
import type { TriggerRule, TriggerRuleSet } from "./trigger-rules";

export type TriggerMatch =
  | {
      kind: "classified";
      trigger: string;
      label: string;
      scenario: string;
      playbook: TriggerRule["playbook"];
      /** What follows the source name in the Subject ("Score 6"); "" when nothing does. */
      subjectRest: string;
      detail: TriggerRule["detail"] | null;
    }
  | { kind: "unclassified"; label: "Unclassified"; rawSubject: string };

export interface CaseTriggerInput {
  subject: string | null;
  origin: string | null;
}

/** How many of the subject's words the rule's source name covers, or null when the rule does not match. */
function ruleMatch(rule: TriggerRule, subject: string, words: readonly string[]): number | null {
  for (const phrase of rule.subjectStartsWith) {
    const taken = matchSourceName(words, subjectWords(phrase));
    if (taken !== null) return taken;
  }
  if (rule.subjectPattern) {
    const match = new RegExp(rule.subjectPattern, "i").exec(subject);
    if (match) return subjectWords(subject.slice(0, match.index + match[0].length)).length;
  }
  return null;
}

export function classifyTrigger(input: CaseTriggerInput, ruleSet: TriggerRuleSet): TriggerMatch {
  const subject = (input.subject ?? "").trim();
  const words = subjectWords(subject);
  const origin = (input.origin ?? "").trim().toLowerCase();
  for (const rule of ruleSet.rules) {
    if (rule.origins && !rule.origins.some((allowed) => allowed.trim().toLowerCase() === origin)) continue;
    const taken = ruleMatch(rule, subject, words);
    if (taken === null) continue;
    return {
      kind: "classified",
      trigger: rule.trigger,
      label: rule.label,
      scenario: rule.scenario,
      playbook: rule.playbook,
      subjectRest: subjectAfterWords(subject, taken),
      detail: rule.detail ?? null,
    };
  }
  return { kind: "unclassified", label: "Unclassified", rawSubject: input.subject ?? "" };
}
