export { caseStep, type CaseStep, type CaseStepFacts } from "./case-step";
export { cheatSheet, type CaseFacts, type CheatSheetLine, type CheatSheetLineId } from "./cheat-sheet";
