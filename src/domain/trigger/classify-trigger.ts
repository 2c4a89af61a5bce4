/**
 * The handbook tells AEs to read the trigger from the Subject. The first rule
 * that matches wins; anything else is "Unclassified" with the raw subject, never
 * a guess, so a new trigger shows up as a gap rather than a wrong label.
 */
import { DEFAULT_TRIGGER_RULES, type TriggerRule, type TriggerRuleSet } from "./trigger-rules";

export type TriggerMatch =
  | { kind: "classified"; trigger: string; label: string; scenario: string; playbook: TriggerRule["playbook"] }
  | { kind: "unclassified"; label: "Unclassified"; rawSubject: string };

export interface CaseTriggerInput {
  subject: string | null;
  origin: string | null;
}

export function classifyTrigger(input: CaseTriggerInput, ruleSet: TriggerRuleSet = DEFAULT_TRIGGER_RULES): TriggerMatch {
  const subject = (input.subject ?? "").trim();
  for (const rule of ruleSet.rules) {
    if (rule.origins && !rule.origins.includes(input.origin ?? "")) continue;
    if (new RegExp(rule.subject, "i").test(subject)) {
      return { kind: "classified", trigger: rule.trigger, label: rule.label, scenario: rule.scenario, playbook: rule.playbook };
    }
  }
  return { kind: "unclassified", label: "Unclassified", rawSubject: input.subject ?? "" };
}
