/** The popup's own rules, on top of the panel's stylesheet (the same look in both). */
export const POPUP_CSS = `
body { width: 400px; max-height: 580px; }
.popup { padding: 10px 12px 14px; display: grid; gap: 8px; }
.popup__head { display: flex; justify-content: space-between; align-items: center; gap: 8px; }
.popup__tabs { display: flex; gap: 4px; border-bottom: 1px solid #e5e5e5; }
.popup__tab { border: 0; background: none; padding: 6px 8px; font: inherit; color: #3e3e3c; cursor: pointer; border-bottom: 2px solid transparent; }
.popup__tab[aria-selected="true"] { color: #0176d3; border-bottom-color: #0176d3; font-weight: 600; }
.popup section { border-top: 0; padding-top: 0; }
.queue__bar { display: flex; justify-content: space-between; align-items: center; gap: 8px; }
.queue__bar p { margin: 0; }
.queue__bar .button { white-space: nowrap; }
.queue__rows { list-style: none; margin: 0; padding: 0; display: grid; gap: 6px; }
.queue-row { border: 1px solid #e5e5e5; border-radius: 6px; padding: 6px 8px; display: grid; gap: 3px; }
.queue-row p { margin: 0; }
.queue-row__head { display: flex; flex-wrap: wrap; gap: 4px 8px; align-items: baseline; }
.queue-row__number { font-weight: 700; }
.queue-row__account { overflow-wrap: anywhere; }
.queue-row--at-risk { border-color: #f8b9a9; background: #fef1ee; }
.queue-row--breached { border-color: #ea001e; background: #feded8; }
.sla { margin-left: auto; font-size: 12px; }
.sla--at-risk { color: #8c4b02; font-weight: 600; }
.sla--breached { color: #ba0517; font-weight: 700; }
.sla--met { color: #1d6b3c; }
.conflict-badge { font-size: 12px; color: #8c4b02; }
.conflict-badge::before { content: "⚠ "; }
.tier--0 { border-color: #ea001e; }
.tier--1 { border-color: #0176d3; }
.cadence-next--overdue, .resolution--overdue { color: #ba0517; font-weight: 600; }
.cadence-next--due, .resolution--due-today { color: #0b5cab; font-weight: 600; }
.upgrades { list-style: none; margin: 0; padding: 0; display: grid; gap: 4px; }
.upgrade { display: grid; gap: 2px; padding: 4px 0; border-bottom: 1px solid #f3f3f3; }
.upgrade .button { justify-self: start; }
.team-ae { margin-bottom: 10px; }
.close-upgrade { display: grid; gap: 4px; }
.close-upgrade input { width: 100%; box-sizing: border-box; font: inherit; padding: 4px; }
.take-next__outcome p { margin: 0 0 4px; }
`;
