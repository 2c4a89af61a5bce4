/**
 * Trigger rules are data (part of the org profile), so the next iteration of the
 * handbook's case triggers is a profile change, not a code change. A rule names
 * the source as people read it ("NPS/CSAT Survey Response"); matching forgives how
 * people actually type it (see subject-words.ts). A regular expression stays
 * possible for the rare subject no phrase can describe.
 */
import * as z from "zod/v4-mini";

import { subjectWords } from "./subject-words";

const compiles = (source: string) => {
  try {
    new RegExp(source, "i");
    return true;
  } catch {
    return false;
  }
};

const PlaybookSchema = z.strictObject({ customerDid: z.string().check(z.minLength(1)), detailsAt: z.string().check(z.minLength(1)), firstStep: z.string().check(z.minLength(1)) });

/** Where the trigger's own detail is (an NPS score, the content consumed, the customer's words). */
const TriggerDetailSchema = z.strictObject({
  label: z.string().check(z.minLength(1)),
  /** subject-rest: what follows the source name in the Subject ("Score 6"). */
  from: z.enum(["subject-rest", "web-form-details", "description"]),
});

export const TriggerRuleSchema = z.strictObject({
  trigger: z.string().check(z.regex(/^[a-z0-9-]+$/, "lower-case letters, digits and dashes")),
  label: z.string().check(z.minLength(1)),
  /** The handbook's case scenario the trigger belongs to. */
  scenario: z.string().check(z.minLength(1)),
  /** The Subject starts with one of these source names (case, spaces and punctuation forgiven). */
  subjectStartsWith: z._default(z.array(z.string().check(z.minLength(1))), []).check(z.refine((phrases) => phrases.every((phrase) => subjectWords(phrase).length > 0), "a source name needs at least one letter or digit")),
  /** Alternatively, a case-insensitive regular expression over the trimmed Subject. */
  subjectPattern: z.optional(z.string().check(z.minLength(1), z.refine(compiles, "must be a valid regular expression"))),
  /** When present, the case Origin must be one of these. */
  origins: z.optional(z.array(z.string().check(z.minLength(1))).check(z.minLength(1))),
  /** What the AE reads first: what the customer did, where the details are, what to do first. */
  playbook: PlaybookSchema,
  detail: z.optional(TriggerDetailSchema),
}).check(z.refine((rule) => rule.subjectStartsWith.length > 0 || rule.subjectPattern !== undefined, "give the Subject's source names (subjectStartsWith) or a subjectPattern"));

export const TriggerRuleSetSchema = z.strictObject({ version: z.string().check(z.minLength(1)), rules: z.array(TriggerRuleSchema).check(z.minLength(1)) }).check(z.refine((set) => new Set(set.rules.map((r) => r.trigger)).size === set.rules.length, "trigger ids must be unique"));

export type TriggerRule = z.infer<typeof TriggerRuleSchema>;
export type TriggerRuleSet = z.infer<typeof TriggerRuleSetSchema>;
