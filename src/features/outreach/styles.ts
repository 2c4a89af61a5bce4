/** Styles of the outreach controls under a cadence step (part of the panel page's styles: app/record-views.tsx). */
export const OUTREACH_CSS = `
.outreach-step { grid-column: 1 / -1; display: grid; gap: 4px; }
.outreach { display: grid; gap: 6px; grid-column: 1 / -1; padding: 6px 0 2px; font-size: 12px; }
.outreach__preview { display: grid; grid-template-columns: 56px 1fr; gap: 2px 8px; margin: 0; }
.outreach__preview dt { color: #5c5c5c; }
.outreach__preview dd { margin: 0; overflow-wrap: anywhere; }
.outreach__subject { font-weight: 600; }
.outreach__body { white-space: pre-wrap; overflow-wrap: anywhere; max-height: 160px; overflow: auto; margin: 0; padding: 6px 8px; border-radius: 4px; background: #fff; border: 1px solid #e5e5e5; font: 12px/1.4 system-ui, sans-serif; }
.outreach__missing { display: grid; gap: 4px; margin: 0; padding: 6px 8px; border: 1px solid #f4c27a; border-radius: 4px; background: #fff6e5; }
.outreach__missing legend { font-weight: 600; color: #5f3b00; padding: 0 2px; }
.outreach__missing label, .outreach__outcome > label { display: grid; gap: 2px; }
.outreach input[type="text"], .outreach textarea { font: inherit; padding: 3px 6px; border: 1px solid #c9c9c9; border-radius: 4px; width: 100%; box-sizing: border-box; }
.outreach__note { margin: 0; padding: 6px 8px; border-radius: 4px; background: #eef4ff; border: 1px solid #b0c8f0; }
.outreach__note p { margin: 0 0 4px; }
.outreach__actions { display: flex; flex-wrap: wrap; align-items: center; gap: 6px; }
.outreach__guidance { margin: 0; color: #3e3e3c; }
.outreach__outcome { display: grid; gap: 6px; }
.outreach__outcome fieldset { border: 0; margin: 0; padding: 0; display: grid; gap: 2px; }
.outreach__outcome legend { font-weight: 600; padding: 0; margin-bottom: 2px; }
.outreach__option { display: flex; gap: 6px; align-items: baseline; }
.outreach__done { margin: 0; color: #1d6b3c; font-weight: 600; overflow-wrap: anywhere; }
.outreach-timeline { grid-column: 1 / -1; margin: 2px 0 0; display: flex; flex-wrap: wrap; gap: 2px 8px; color: #3e3e3c; font-size: 12px; overflow-wrap: anywhere; }
.outreach-timeline__kind { font-weight: 600; }
`;
