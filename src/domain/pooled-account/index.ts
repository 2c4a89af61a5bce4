export { DEFAULT_POOLED_MODEL, PooledModelSchema, type CarrThreshold, type PooledModel } from "./pooled-model";
export { checkCarr, classifyPooledAccount, describeCarr, type AccountFacts, type CarrCheck, type PooledVerdict } from "./classify-pooled-account";
export { DESCRIPTION_MAX, EMPTY_DRAFT, REFERRAL_CASE, isReady, searchContacts, validateReferral, type ContactOption, type ReferralDraft, type ReferralErrors, type ReferralField } from "./referral";
export { recordUrl, type LinkShape } from "./record-link";
