/** The look every page of ours shares (panel, popup, options): type, buttons, notices. Salesforce's CSS never reaches these pages. */
export const BASE_CSS = `
:root { color-scheme: light; font: 13px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: #181818; }
body { margin: 0; background: #fff; }
.panel { padding: 12px 14px 24px; display: grid; gap: 12px; }
.panel__title { margin: 0; font-size: 12px; font-weight: 700; letter-spacing: .04em; text-transform: uppercase; color: #032d60; }
.badge { display: inline-block; padding: 2px 8px; border-radius: 10px; background: #0176d3; color: #fff; font-weight: 600; font-size: 12px; }
.badge--muted { background: #e5e5e5; color: #3e3e3c; }
.text-high { color: #ba0517; font-weight: 600; }
.warning { color: #8c4b02; }
.contact-link { color: #0b5cab; }
.notice { border-radius: 6px; padding: 10px 12px; background: #fef1ee; border: 1px solid #f8b9a9; }
.notice p { margin: 0 0 6px; }
.notice__code { font-family: ui-monospace, monospace; font-size: 12px; color: #5c5c5c; }
.notice__actions { display: flex; gap: 8px; }
.button { display: inline-block; border: 1px solid #0176d3; background: #0176d3; color: #fff; border-radius: 4px; padding: 4px 12px; font: inherit; cursor: pointer; text-decoration: none; }
.button--secondary { background: #fff; color: #0176d3; }
.loading { color: #5c5c5c; }
.muted { color: #5c5c5c; font-size: 12px; }
h3 { margin: 0 0 6px; font-size: 12px; font-weight: 700; color: #3e3e3c; text-transform: uppercase; letter-spacing: .03em; }
section { border-top: 1px solid #e5e5e5; padding-top: 10px; }
.button--small { padding: 2px 8px; font-size: 12px; }
.button:disabled { opacity: .5; cursor: default; }
:focus-visible { outline: 2px solid #0b5cab; outline-offset: 2px; }
.visually-hidden { position: absolute !important; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.panel-help { font-size: 12px; color: #3e3e3c; }
.panel-help summary { cursor: pointer; }
.panel-help ul { margin: 6px 0; padding-left: 18px; }
.panel-help kbd { font: 11px ui-monospace, monospace; border: 1px solid #747474; border-radius: 3px; padding: 0 4px; }
.panel-help p { margin: 4px 0; }
`;
