/**
 * What can come of a cadence call, as the AE picks it after dialing. The keys are
 * the product's (a "no-answer" call offers a retry); the words written to
 * Task.CallDisposition ("Call Result") are the org's, in the profile.
 */
export const CALL_OUTCOMES = ["connected", "left-voicemail", "no-answer", "wrong-number"] as const;

export type CallOutcome = (typeof CALL_OUTCOMES)[number];

/** The outcome after which the AE is offered a retry call the next business day. */
export const RETRY_OUTCOME: CallOutcome = "no-answer";
