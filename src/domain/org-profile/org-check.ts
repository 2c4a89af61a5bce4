/**
 * The org check's answer: each thing the profile names (fields, record type,
 * queues, statuses, business hours, groups) and what an AE needs to work (API
 * access with this session, read and edit on Case, a pool), found, missing or
 * without access. The worker computes it once per session; the options page lists
 * it and the panel turns off only what a missing item switches off.
 */
import * as z from "zod/v4-mini";

import { FIELD_ROLES, profileField, type FieldRole } from "./field-roles";
import type { OrgProfile } from "./schema";

export const CheckStatusSchema = z.enum(["found", "missing", "no-access"]);

export const OrgCheckItemSchema = z.object({
  /** Stable id: "field:case.notes", "queue:amer", "status:In Progress", "api", "membership". */
  id: z.string().check(z.minLength(1)),
  kind: z.enum(["api-access", "object", "field", "record-type", "queue", "status", "business-hours", "group", "permission-set", "membership"]),
  /** What was looked for, as an admin reads it: "Case field Notes (Notes__c)". */
  label: z.string().check(z.minLength(1)),
  status: CheckStatusSchema,
  /** What was found instead, or why it counts as missing. */
  detail: z.nullable(z.string()),
  /** What is switched off while it is not found ("the pooled CARR threshold is not checked"); null when nothing depends on it alone. */
  withoutIt: z.nullable(z.string()),
  /** For a field: the role it plays. */
  role: z.nullable(z.string()),
  /** For a missing name: the org's closest candidates by label, best first. */
  candidates: z.array(z.object({ apiName: z.string(), label: z.string() })),
  /** Where the name sits in the profile, so "use this one" can set it. */
  profilePath: z.nullable(z.array(z.string())),
});

export const OrgCheckSchema = z.object({
  checkedAt: z.string(),
  /** The org and user it was checked for (a sandbox and production share record ids, not org ids). */
  orgId: z.string(),
  userId: z.string(),
  items: z.array(OrgCheckItemSchema),
});

export type CheckStatus = z.infer<typeof CheckStatusSchema>;
export type OrgCheckItem = z.infer<typeof OrgCheckItemSchema>;
export type OrgCheck = z.infer<typeof OrgCheckSchema>;

export const fieldCheckId = (role: FieldRole) => `field:${role}`;

/**
 * The API name to use for a role in this org: the profile's, unless the org check
 * found the org without it (or the user without access). With no check yet, the
 * profile is trusted.
 */
export function usableField(profile: OrgProfile, check: OrgCheck | null, role: FieldRole, access: "read" | "write" = "read"): string | null {
  const name = profileField(profile, role);
  if (!name || !check) return name;
  const item = check.items.find((candidate) => candidate.id === fieldCheckId(role));
  if (!item || item.status === "found") return name;
  // no-access on a field the product writes means "readable, not editable".
  return item.status === "no-access" && access === "read" && FIELD_ROLES[role].writes ? name : null;
}

/** What the panel says is switched off in this org, one line per missing item. */
export function switchedOff(check: OrgCheck | null): string[] {
  if (!check) return [];
  return check.items.filter((item) => item.status !== "found" && item.withoutIt).map((item) => `${item.label} ${item.status === "missing" ? "not found" : "not accessible"}: ${item.withoutIt}.`);
}
