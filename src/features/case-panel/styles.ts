/** Styles of the case panel's sections. */
export const CASE_PANEL_CSS = `
.case-header__number { margin: 0; color: #5c5c5c; font-size: 12px; }
.case-header__subject { margin: 2px 0 8px; font-size: 16px; line-height: 1.3; overflow-wrap: anywhere; }
.facts { display: grid; grid-template-columns: 76px 1fr; gap: 4px 8px; margin: 0; }
.facts dt { color: #5c5c5c; }
.facts dd { margin: 0; display: flex; flex-wrap: wrap; gap: 4px 8px; overflow-wrap: anywhere; }
.trigger { display: flex; flex-wrap: wrap; align-items: center; gap: 6px; }
.trigger__scenario, .trigger__raw { color: #5c5c5c; overflow-wrap: anywhere; }
.trigger { display: grid; gap: 6px; }
.trigger__head { display: flex; flex-wrap: wrap; align-items: center; gap: 6px; }
.playbook { display: grid; grid-template-columns: 88px 1fr; gap: 2px 8px; margin: 0; font-size: 12px; }
.playbook dt { color: #5c5c5c; }
.playbook dd { margin: 0; }
.web-form summary { cursor: pointer; font-weight: 600; font-size: 12px; }
.verbatim { white-space: pre-wrap; overflow-wrap: anywhere; max-height: 180px; overflow: auto; background: #f3f3f3; padding: 8px; border-radius: 4px; font: 12px/1.4 ui-monospace, monospace; margin: 6px 0 0; }
.clocks { display: grid; grid-template-columns: 1fr 1fr; gap: 8px; }
.clock { border-radius: 6px; padding: 8px; background: #f3f3f3; }
.clock p { margin: 0; }
.clock__state { font-weight: 700; font-size: 14px; }
.clock__detail, .clock__note { font-size: 12px; color: #3e3e3c; }
.clock--at-risk, .clock--due-today { background: #fef1ee; }
.clock--breached, .clock--overdue, .clock--resolved-late { background: #feded8; }
.clock--breached .clock__state, .clock--overdue .clock__state { color: #ba0517; }
.clock--met .clock__state, .clock--resolved-in-time .clock__state { color: #1d6b3c; }
.cadence__steps { list-style: none; margin: 0; padding: 0; display: grid; gap: 4px; }
.cadence__step { display: grid; grid-template-columns: 46px 40px 1fr auto; gap: 6px; align-items: center; font-size: 12px; padding: 4px 6px; border-radius: 4px; background: #f8f8f8; }
.cadence__step .button { grid-column: 1 / -1; justify-self: start; }
.cadence__step--done .cadence__status { color: #1d6b3c; }
.cadence__step--due { background: #eef4ff; }
.cadence__step--overdue { background: #feded8; }
.cadence__step--overdue .cadence__status { color: #ba0517; font-weight: 600; }
.cadence__target { margin: 0 0 6px; padding: 6px 8px; border-radius: 4px; font-size: 12px; background: #eef4ff; border: 1px solid #b0c8f0; }
.cadence__target--flagged { background: #fef1ee; border-color: #f0a899; color: #8e030f; font-weight: 600; }
.cadence__target-note { grid-column: 1 / -1; color: #8c4b02; }
.cheat-sheet ul { list-style: none; margin: 0; padding: 0; display: grid; gap: 4px; font-size: 12px; }
.cheat-sheet li { display: grid; grid-template-columns: 16px 1fr; gap: 4px; }
.cheat-sheet li.ok .mark { color: #1d6b3c; }
.cheat-sheet li.todo .mark { color: #8c4b02; }
.notes textarea { width: 100%; box-sizing: border-box; font: inherit; padding: 6px; border: 1px solid #c9c9c9; border-radius: 4px; resize: vertical; }
.notes textarea[aria-invalid="true"] { border-color: #ba0517; }
.notes__bar { display: flex; flex-wrap: wrap; align-items: center; gap: 8px; margin-top: 6px; }
`;
