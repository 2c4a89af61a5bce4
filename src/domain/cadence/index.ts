export {
  OUTREACH_CADENCE,
  cadenceChecklist,
  nextCadenceStep,
  type ActivityKind,
  type CadenceActivity,
  type CadenceInput,
  type CadenceKind,
  type CadencePlanStep,
  type CadenceStep,
  type CadenceStepState,
} from "./cadence";
