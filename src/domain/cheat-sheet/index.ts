export { caseStep, type CaseStep, type CaseStepFacts } from "./case-step";
export { IN_PROGRESS_STATUS, cheatSheet, type CaseFacts, type CheatSheetLine, type CheatSheetLineId } from "./cheat-sheet";
