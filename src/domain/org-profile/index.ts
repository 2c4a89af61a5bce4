export { DEFAULT_PROFILE } from "./default-profile";
export { ALL_FIELD_ROLES, FIELD_ROLES, profileField, type FieldRole, type FieldRoleInfo } from "./field-roles";
export { fieldCheckId, OrgCheckItemSchema, OrgCheckSchema, switchedOff, usableField, type CheckStatus, type OrgCheck, type OrgCheckItem } from "./org-check";
export { parseProfile, parseProfileText, type ProfileProblem, type ProfileParse } from "./parse-profile";
export {
  ApiNameSchema,
  OrgProfileSchema,
  type Cadence,
  type CadenceStepPlan,
  type CaseOpportunitySource,
  type FallbackHours,
  type ManagerSource,
  type OrgProfile,
  type OrgProfileInput,
  type Pool,
  type PooledAccountPolicy,
  type RegionSource,
  type UpgradePolicy,
} from "./schema";
