export { slaClock, type SlaClock, type SlaInput, type SlaPolicy } from "./sla-clock";
export { formatBusinessDuration } from "./format-business-duration";
