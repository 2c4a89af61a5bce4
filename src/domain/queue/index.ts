export { claimOrderCheck, compareQueueCases, orderQueue, queuePosition, type ClaimOrderCheck, type QueueCase } from "./queue-order";
