export {
  cadenceChecklist,
  cadencePlanOf,
  nextCadenceStep,
  type ActivityKind,
  type CadenceActivity,
  type CadenceInput,
  type CadenceKind,
  type CadencePlan,
  type CadencePlanStep,
  type CadenceStep,
  type CadenceStepState,
} from "./cadence";
