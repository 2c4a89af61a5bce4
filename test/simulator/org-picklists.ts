/**
 * Picklist values of the simulated org. Shared by the schema (describe answers with
 * them) and the seeds (records use only these values). Case statuses and opportunity
 * stages are not here: they are CaseStatus / OpportunityStage records in the seed, as
 * in a real org, and describe reads them from there.
 */
export const CASE_PRIORITIES = ["High", "Medium", "Low"] as const;

export const CASE_ORIGINS = [
  "Web",
  "Email",
  "Phone",
  "Web Form",
  "Gainsight Survey",
  "In-Product",
  "PathFactory",
  "Case Automation",
  "SMB Pool Internal Created",
] as const;

export const CASE_REASONS = [
  "Expansion",
  "Churn Risk",
  "Renewal",
  "Billing Question",
  "Product Question",
  "Technical Issue",
  "Other",
] as const;

export const RESOLUTION_ACTIONS = [
  "Opportunity Created",
  "Upgrade Completed",
  "Renewal Processed",
  "Question Answered",
  "Referred to Support",
  "Customer Unresponsive",
  "No Action Required",
] as const;

export const POOLED_REGIONS = ["AMER", "EMEA"] as const;

export const TASK_SUBTYPES = ["Task", "Email", "Call"] as const;

export const TASK_STATUSES = ["Not Started", "In Progress", "Completed"] as const;

/**
 * CaseStatus records the seed creates (ApiName, MasterLabel, IsClosed, IsDefault). Four closed
 * ones, per the handbook. Case.Status holds the ApiName (describe's picklist value); MasterLabel
 * is only the label. One status was relabeled after creation, as happens in real orgs, so its
 * ApiName differs from its label and writing the label is rejected like in Salesforce.
 */
export const CASE_STATUSES = [
  { apiName: "New", label: "New", isClosed: false, isDefault: true },
  { apiName: "In Progress", label: "In Progress", isClosed: false, isDefault: false },
  { apiName: "Closed_Resolved", label: "Closed - Resolved", isClosed: true, isDefault: false },
  { apiName: "Closed - Customer Unresponsive", label: "Closed - Customer Unresponsive", isClosed: true, isDefault: false },
  { apiName: "Closed - Duplicate", label: "Closed - Duplicate", isClosed: true, isDefault: false },
  { apiName: "Closed - Transferred", label: "Closed - Transferred", isClosed: true, isDefault: false },
] as const;

/** OpportunityStage records the seed creates. */
export const OPPORTUNITY_STAGES = [
  { label: "0-Pending Acceptance", isClosed: false, isWon: false },
  { label: "1-Discovery", isClosed: false, isWon: false },
  { label: "3-Technical Evaluation", isClosed: false, isWon: false },
  { label: "5-Negotiating", isClosed: false, isWon: false },
  { label: "Closed Won", isClosed: true, isWon: true },
  { label: "8-Closed Lost", isClosed: true, isWon: false },
  { label: "9-Unqualified", isClosed: true, isWon: false },
] as const;
