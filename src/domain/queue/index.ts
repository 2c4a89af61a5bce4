export { claimOrderCheck, compareQueueCases, isHighPriority, orderQueue, queuePosition, type ClaimOrderCheck, type QueueCase } from "./queue-order";
