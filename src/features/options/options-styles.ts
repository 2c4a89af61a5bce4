/** The options page's own styles, on top of the panel's. */
export const OPTIONS_CSS = `
.options { max-width: 920px; margin: 0 auto; padding: 20px; display: grid; gap: 16px; }
.options h1 { font-size: 18px; margin: 0; color: #032d60; }
.options h2 { font-size: 14px; margin: 0 0 8px; }
.org-picker { display: flex; gap: 8px; align-items: center; flex-wrap: wrap; }
.org-picker input { min-width: 320px; padding: 4px 6px; font: inherit; }
.profile-json { width: 100%; box-sizing: border-box; font: 12px/1.4 ui-monospace, monospace; }
.actions { display: flex; gap: 8px; flex-wrap: wrap; margin: 8px 0; align-items: center; }
.checks { list-style: none; padding: 0; margin: 0; display: grid; gap: 6px; }
.check { padding: 6px 8px; border-radius: 4px; background: #f3f3f3; }
.check__status { font-weight: 700; margin-right: 4px; }
.check__status--found { color: #1d6b3c; }
.check__status--missing { color: #ba0517; }
.check__status--no-access { color: #8c4b02; }
.check__off { margin: 2px 0 0; font-size: 12px; }
.work-alerts__choices { border: 0; padding: 0; margin: 0; display: grid; gap: 6px; }
.work-alerts__choices legend { font-weight: 600; margin-bottom: 4px; }
.work-alerts__choice { display: grid; grid-template-columns: auto 1fr; gap: 0 8px; align-items: baseline; }
.work-alerts__choice p { grid-column: 2; margin: 0; }
.candidates { margin: 4px 0 0; padding-left: 18px; display: grid; gap: 4px; }
`;
