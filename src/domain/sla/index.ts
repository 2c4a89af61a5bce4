export { slaClock, type SlaClock, type SlaInput, type SlaPolicy } from "./sla-clock";
export { formatBusinessDuration } from "./format-business-duration";
export { ownerChangesOf, poolQueueTest, queueEntry, slaResponse, type OwnerChange, type QueueEntry, type QueueEntrySource } from "./queue-entry";
