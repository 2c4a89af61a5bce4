/**
 * The one place operations learn what this org calls things: a field by its role
 * ("case.notes") through the profile, minus what the org check found missing, and
 * the relationship name of a lookup role. Operations never write an org's API
 * names themselves.
 */
import { FIELD_ROLES, usableField, type FieldRole, type OrgCheck, type OrgProfile } from "../../domain/org-profile";

export interface OrgNames {
  readonly profile: OrgProfile;
  /** The role's API name when the org has it (for writes: and the user may edit it); else null. */
  field(role: FieldRole, access?: "read" | "write"): string | null;
  /** The relationship a lookup role's field is read through (a custom lookup, ending in __c, is read ending in __r). */
  relationship(role: FieldRole): string | null;
}

/** Salesforce's rule: a custom lookup (suffix __c) is followed with the suffix __r; a standard lookup FooId as Foo. */
export function relationshipOf(field: string): string {
  if (/__c$/i.test(field)) return field.replace(/__c$/i, "__r");
  return field.replace(/Id$/, "");
}

export function orgNames(profile: OrgProfile, check: OrgCheck | null): OrgNames {
  return {
    profile,
    field: (role, access = "read") => usableField(profile, check, role, access),
    relationship(role) {
      const field = usableField(profile, check, role);
      return field && FIELD_ROLES[role].types.includes("reference") ? relationshipOf(field) : null;
    },
  };
}

/** A field's value from a record read with a dynamic field list: text, or null when absent or empty. */
export function textOf(record: Record<string, unknown>, field: string | null): string | null {
  const value = field ? record[field] : null;
  return typeof value === "string" && value.length > 0 ? value : null;
}

/** A number field's value, or null. */
export function numberOf(record: Record<string, unknown>, field: string | null): number | null {
  const value = field ? record[field] : null;
  return typeof value === "number" && Number.isFinite(value) ? value : null;
}
