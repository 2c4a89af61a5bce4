/** Styles of the pooled-account banner and referral form (the panel page's own CSS; Salesforce's never reaches it). */
export const POOLED_ACCOUNT_CSS = `
.pooled { display: grid; gap: 12px; }
.pooled__name { margin: 2px 0 4px; font-size: 16px; line-height: 1.3; overflow-wrap: anywhere; }
.pooled__do-not-chatter { margin: 0; padding: 8px 10px; border-radius: 6px; background: #fff6e5; border: 1px solid #f4c27a; font-weight: 600; color: #5f3b00; }
.pooled h2 { margin: 0 0 6px; font-size: 13px; }
.pooled__cases { margin: 0; padding: 0; list-style: none; display: grid; gap: 6px; }
.pooled__cases li { overflow-wrap: anywhere; }
.pooled__muted { color: #5c5c5c; }
.referral { display: grid; gap: 10px; border-top: 1px solid #e5e5e5; padding-top: 10px; }
.referral label, .referral legend { font-weight: 600; }
.referral fieldset { border: 0; margin: 0; padding: 0; display: grid; gap: 4px; }
.referral input[type="search"], .referral textarea, .referral select { font: inherit; padding: 4px 6px; border: 1px solid #c9c9c9; border-radius: 4px; width: 100%; box-sizing: border-box; }
.referral textarea { min-height: 96px; resize: vertical; }
.referral__field { display: grid; gap: 4px; }
.referral__option { display: flex; gap: 6px; align-items: baseline; font-weight: 400 !important; overflow-wrap: anywhere; }
.referral__error { color: #ba0517; margin: 0; }
.referral__fixed { margin: 0; }
.referral__actions { display: flex; gap: 8px; flex-wrap: wrap; }
.referral__duplicate { border-radius: 6px; padding: 10px 12px; background: #fff6e5; border: 1px solid #f4c27a; }
.referral__duplicate p { margin: 0 0 6px; }
.referral__created { border-radius: 6px; padding: 10px 12px; background: #ebf7e6; border: 1px solid #91db8b; }
.referral__created p { margin: 0 0 6px; }
`;
