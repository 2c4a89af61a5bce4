/**
 * Which view the panel shows for each kind of record: the one list to extend
 * when a feature adds a record page (refined-github style registration).
 */
import type { ReactElement } from "react";

import { CasePanel } from "../features/case-panel/CasePanel";
import type { CurrentRecord } from "./current-record-store";

type RecordView = (record: CurrentRecord) => ReactElement | null;

export const RECORD_VIEWS: Record<CurrentRecord["object"], RecordView> = {
  Case: (record) => <CasePanel key={record.id} caseId={record.id} />,
  // The pooled-account banner (issue 6) plugs in here; until then the dock stays hidden on these pages.
  Account: () => null,
  Contact: () => null,
};
