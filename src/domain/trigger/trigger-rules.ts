/**
 * Trigger rules are data (trigger-rules.json) so the next iteration of the
 * handbook's case triggers is a data change, not a code change. They are
 * validated here, once, including that every pattern compiles.
 */
import * as z from "zod";

import rulesJson from "./trigger-rules.json";

const compiles = (source: string) => {
  try {
    new RegExp(source, "i");
    return true;
  } catch {
    return false;
  }
};

const TriggerRuleSchema = z.object({
  trigger: z.string().regex(/^[a-z0-9-]+$/),
  label: z.string().min(1),
  scenario: z.enum([
    "Expansion Opportunity",
    "Churn & Contraction Mitigation",
    "Urgent Renewal & TRX Support",
    "Inbound Request",
  ]),
  /** Case-insensitive regular expression over the trimmed Subject. */
  subject: z.string().min(1).refine(compiles, "subject must be a valid regular expression"),
  /** When present, the case Origin must be one of these. */
  origins: z.array(z.string().min(1)).nonempty().optional(),
  /** What the AE reads first: what the customer did, where the details are, what to do first. */
  playbook: z.object({ customerDid: z.string().min(1), detailsAt: z.string().min(1), firstStep: z.string().min(1) }),
});

export const TriggerRuleSetSchema = z
  .object({ version: z.string().min(1), rules: z.array(TriggerRuleSchema).min(1) })
  .refine((set) => new Set(set.rules.map((r) => r.trigger)).size === set.rules.length, "trigger ids must be unique");

export type TriggerRule = z.infer<typeof TriggerRuleSchema>;
export type TriggerRuleSet = z.infer<typeof TriggerRuleSetSchema>;

export const DEFAULT_TRIGGER_RULES: TriggerRuleSet = TriggerRuleSetSchema.parse(rulesJson);
