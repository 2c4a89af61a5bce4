/**
 * The org-specific fields the product reads and writes, by role. Operations name
 * roles ("case.notes"); the profile says which API name plays each role in this
 * org, and the org check says whether the org has it. A role whose field is null
 * or missing switches off only the feature that needs it.
 */
import type { OrgProfile } from "./schema";

export type FieldRole =
  | "case.notes"
  | "case.resolutionAction"
  | "case.webFormDetails"
  | "case.firstResponded"
  | "case.timeToFirstResponse"
  | "case.opportunity"
  | "account.carr"
  | "account.region"
  | "user.region"
  | "user.manager";

export interface FieldRoleInfo {
  object: "Case" | "Account" | "User";
  /** The label an admin would look for, to suggest candidates for a missing field. */
  label: string;
  /** Field types that can play the role (Salesforce describe types). */
  types: readonly string[];
  /** The product writes the field (so it must be updateable, not only readable). */
  writes: boolean;
  /** What stops working without it, as the panel says it. */
  withoutIt: string;
  /** Where the API name sits in the profile (for "use this field" on the options page). */
  profilePath: readonly string[];
}

export const FIELD_ROLES: Readonly<Record<FieldRole, FieldRoleInfo>> = {
  "case.notes": {
    object: "Case",
    label: "Notes",
    types: ["textarea", "string"],
    writes: true,
    withoutIt: "Notes are not shown or saved",
    profilePath: ["case", "fields", "notes"],
  },
  "case.resolutionAction": {
    object: "Case",
    label: "Resolution Action",
    types: ["picklist", "string"],
    writes: true,
    withoutIt: "closing does not set a Resolution Action",
    profilePath: ["case", "fields", "resolutionAction"],
  },
  "case.webFormDetails": {
    object: "Case",
    label: "Web Form Details",
    types: ["textarea", "string"],
    writes: false,
    withoutIt: "the Contact Us form's text is not shown",
    profilePath: ["case", "fields", "webFormDetails"],
  },
  "case.firstResponded": {
    object: "Case",
    label: "Date/Time First Responded",
    types: ["datetime"],
    writes: false,
    withoutIt: "the SLA counts the claim as the first response",
    profilePath: ["case", "fields", "firstResponded"],
  },
  "case.timeToFirstResponse": {
    object: "Case",
    label: "Time to First Response",
    types: ["double", "int", "currency", "percent"],
    writes: false,
    withoutIt: "time to first response is computed from the case history",
    profilePath: ["case", "fields", "timeToFirstResponse"],
  },
  "case.opportunity": {
    object: "Case",
    label: "Opportunity",
    types: ["reference"],
    writes: false,
    withoutIt: "the related opportunity is not shown or closed with the case",
    profilePath: ["case", "opportunity", "field"],
  },
  "account.carr": {
    object: "Account",
    label: "CARR",
    types: ["currency", "double", "int"],
    writes: false,
    withoutIt: "the pooled CARR threshold is not checked",
    profilePath: ["account", "fields", "carr"],
  },
  "account.region": {
    object: "Account",
    label: "Region",
    types: ["picklist", "string"],
    writes: false,
    withoutIt: "the account's region is not shown",
    profilePath: ["account", "fields", "region"],
  },
  "user.region": {
    object: "User",
    label: "Region",
    types: ["picklist", "string"],
    writes: false,
    withoutIt: "your pool is not known: the first pool is used",
    profilePath: ["people", "region", "field"],
  },
  "user.manager": {
    object: "User",
    label: "Role",
    types: ["picklist", "string"],
    writes: false,
    withoutIt: "the Pooled ASM is not recognised",
    profilePath: ["people", "manager", "field"],
  },
};

/** The API name the profile gives a role, or null when the profile has none for it. */
export function profileField(profile: OrgProfile, role: FieldRole): string | null {
  switch (role) {
    case "case.notes":
      return profile.case.fields.notes;
    case "case.resolutionAction":
      return profile.case.fields.resolutionAction;
    case "case.webFormDetails":
      return profile.case.fields.webFormDetails;
    case "case.firstResponded":
      return profile.case.fields.firstResponded;
    case "case.timeToFirstResponse":
      return profile.case.fields.timeToFirstResponse;
    case "case.opportunity":
      return profile.case.opportunity.kind === "lookup" ? profile.case.opportunity.field : null;
    case "account.carr":
      return profile.account.fields.carr;
    case "account.region":
      return profile.account.fields.region;
    case "user.region":
      return profile.people.region.kind === "user-field" ? profile.people.region.field : null;
    case "user.manager":
      return profile.people.manager.kind === "user-field" ? profile.people.manager.field : null;
  }
}

export const ALL_FIELD_ROLES = Object.keys(FIELD_ROLES) as FieldRole[];
