export { SLA_AT_RISK_WHEN_REMAINING_MS, SLA_BUDGET_MS, slaClock, type SlaClock, type SlaInput } from "./sla-clock";
export { formatBusinessDuration } from "./format-business-duration";
