export { alertText, decideAlerts, EMPTY_MEMORY, GROUP_OVER, REMEMBER_DAYS, type Alert, type AlertInput, type AlertMemory } from "./alert-decisions";
export { dueToday, stepEvents, waitingEvents, type MyCadenceFacts, type MyStepFact, type WaitingFact, type WorkEvent, type WorkEventKind } from "./work-events";
