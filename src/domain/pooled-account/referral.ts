/**
 * The handbook's referral case ("How any GitLab team member can create a case to
 * loop in the Pooled team"): the fields it fixes, the ones the person fills in,
 * and what makes a draft ready to create.
 */

import type { OrgProfile } from "../org-profile";

/** Fixed by the handbook (the profile's names for them); the form never asks for them. */
export interface ReferralCase {
  recordTypeDeveloperName: string;
  origin: string;
  subject: string;
}

export function referralCase(profile: Pick<OrgProfile, "case">): ReferralCase {
  return { recordTypeDeveloperName: profile.case.recordType, origin: profile.case.referral.origin, subject: profile.case.referral.subject };
}

/** REST "Assignment Rule Header": TRUE runs the active assignment rule, which puts the case in the pool's queue. */
export const RUN_ASSIGNMENT_RULE = { "Sforce-Auto-Assign": "TRUE" } as const;

/** Case.Description is a 32,000-character Long Text Area. */
export const DESCRIPTION_MAX = 32_000;

export interface ReferralDraft {
  contactId: string | null;
  description: string;
  reason: string;
}

export type ReferralField = keyof ReferralDraft;
export type ReferralErrors = Partial<Record<ReferralField, string>>;

export const EMPTY_DRAFT: ReferralDraft = { contactId: null, description: "", reason: "" };

/** Clear messages, one per field that stops the case from being created. */
export function validateReferral(draft: ReferralDraft, reasons: readonly string[]): ReferralErrors {
  const errors: ReferralErrors = {};
  if (!draft.contactId) errors.contactId = "Choose the end-user contact the Pooled AE should reach out to.";
  const description = draft.description.trim();
  if (!description) errors.description = "Describe the ask of the Pooled AE: the Description is required.";
  else if (draft.description.length > DESCRIPTION_MAX) errors.description = `The Description is too long: ${draft.description.length} of at most ${DESCRIPTION_MAX} characters.`;
  if (reasons.length > 0 && !reasons.includes(draft.reason)) errors.reason = "Choose a Case Reason based on the customer's needs.";
  return errors;
}

export const isReady = (errors: ReferralErrors) => Object.keys(errors).length === 0;

export interface ContactOption {
  id: string;
  name: string | null;
  email: string | null;
  title: string | null;
}

const fold = (text: string) => text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();

/** The account's contacts that match a name or email search, best first (prefix matches before the rest). */
export function searchContacts<T extends ContactOption>(contacts: readonly T[], query: string, limit = 8): T[] {
  const terms = fold(query).split(/\s+/).filter(Boolean);
  if (terms.length === 0) return contacts.slice(0, limit);
  const scored: Array<{ contact: T; score: number; index: number }> = [];
  contacts.forEach((contact, index) => {
    const name = fold(contact.name ?? "");
    const email = fold(contact.email ?? "");
    const words = [...name.split(/\s+/), ...email.split(/[@.\s_-]+/)].filter(Boolean);
    if (!terms.every((term) => name.includes(term) || email.includes(term))) return;
    const prefixes = terms.filter((term) => words.some((word) => word.startsWith(term))).length;
    scored.push({ contact, score: prefixes, index });
  });
  return scored
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, limit)
    .map((entry) => entry.contact);
}
