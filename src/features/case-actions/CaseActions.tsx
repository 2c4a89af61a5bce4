import type { CasePanelData } from "../../messaging/case-panel-data";

/** One-click claim and close (issue 4 fills this in). */
export function CaseActions(_props: { data: CasePanelData }) {
  return null;
}
