/**
 * Which template a cadence step uses: the trigger's own for that day (Day 1 of a
 * PQL hand raise is not Day 1 of a post-churn survey), else the step's fallback.
 */
import type { CallTemplate, EmailTemplate, Templates } from "../org-profile/schema";
import type { TriggerMatch } from "../trigger/classify-trigger";

export interface ChosenTemplate<T> {
  template: T;
  /** The trigger id whose template it is; null for the step's fallback. */
  trigger: string | null;
}

function choose<T>(section: { fallback: Record<string, T>; triggers: Record<string, Record<string, T>> }, trigger: TriggerMatch, day: number): ChosenTemplate<T> | null {
  const key = String(day);
  const own = trigger.kind === "classified" ? section.triggers[trigger.trigger]?.[key] : undefined;
  if (own && trigger.kind === "classified") return { template: own, trigger: trigger.trigger };
  const fallback = section.fallback[key];
  return fallback ? { template: fallback, trigger: null } : null;
}

export const emailTemplateFor = (templates: Templates, trigger: TriggerMatch, day: number): ChosenTemplate<EmailTemplate> | null => choose(templates.email, trigger, day);

export const callTemplateFor = (templates: Templates, trigger: TriggerMatch, day: number): ChosenTemplate<CallTemplate> | null => choose(templates.call, trigger, day);
