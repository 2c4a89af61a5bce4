import type { CasePanelData } from "../../messaging/case-panel-data";

/** Conflicts on the case's account and the one-click transfer (issue 4 fills this in). */
export function ConflictsSection(_props: { data: CasePanelData }) {
  return null;
}
