export {
  closeReadiness,
  closedStatusesOf,
  closedStatusFix,
  isClosedStatus,
  type ClosedStatusOption,
  isFilled,
  type CloseCheckId,
  type CloseReadiness,
  type CloseReadinessInput,
  type CloseReadinessLine,
} from "./close-readiness";
