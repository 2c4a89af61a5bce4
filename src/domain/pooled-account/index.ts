export { checkCarr, classifyPooledAccount, describeCarr, type AccountFacts, type AccountOwnerFacts, type CarrCheck, type PoolPeople, type PooledVerdict } from "./classify-pooled-account";
export {
  DESCRIPTION_MAX,
  EMPTY_DRAFT,
  RUN_ASSIGNMENT_RULE,
  isReady,
  referralCase,
  searchContacts,
  validateReferral,
  type ContactOption,
  type ReferralCase,
  type ReferralDraft,
  type ReferralErrors,
  type ReferralField,
} from "./referral";
