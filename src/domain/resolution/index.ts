export {
  resolutionClock,
  resolutionDueAt,
  type ResolutionClock,
  type ResolutionInput,
  type ResolutionState,
} from "./resolution-clock";
