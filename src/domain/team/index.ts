export { AGE_BAND_KEYS, AGE_BANDS, ageBandOf, ageBandOfDay, ageBandRange, type AgeBandKey } from "./age-bands";
export { slaWatch, teamLoad, waitingMatrix, type CadenceFacts, type MemberLoad, type OverdueStep, type SlaClockFacts, type SlaFacts, type TeamCaseFacts, type WaitingGroup, type WaitingMatrix } from "./figures-now";
export {
  countsBy,
  isOfTrigger,
  medianBusinessResponse,
  perDay,
  percentOf,
  resolutionOutcomes,
  slaOutcomes,
  triggerCounts,
  UNCLASSIFIED,
  type ClosedFacts,
  type SlaOutcomes,
  type SubjectGroup,
} from "./figures-period";
export { PERIOD_KINDS, PERIOD_LABELS, teamPeriod, type PeriodKind, type TeamPeriod } from "./period";
