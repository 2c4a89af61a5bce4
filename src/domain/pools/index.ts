export { calendarOfPool, poolOfQueue, poolOfUser, workingPool, type CalendarFacts, type PoolFacts } from "./pools";
