/**
 * Which view the panel shows for each kind of record: the one list to extend
 * when a feature adds a record page (refined-github style registration).
 */
import type { ReactElement } from "react";

import { CASE_PANEL_CSS } from "../features/case-panel/styles";
import { OUTREACH_CSS } from "../features/outreach/styles";
import { POOLED_ACCOUNT_CSS } from "../features/pooled-account/styles";
import { CasePanel } from "./CasePanel";
import { PooledAccountView } from "../features/pooled-account/PooledAccountView";
import type { CurrentRecord } from "./current-record-store";

type RecordView = (record: CurrentRecord) => ReactElement | null;

export const RECORD_VIEWS: Record<CurrentRecord["object"], RecordView> = {
  Case: (record) => <CasePanel key={record.id} caseId={record.id} shape={record.shape} />,
  // The pooled-account banner: it shows the dock only for a pooled account.
  Account: (record) => <PooledAccountView key={record.id} object="Account" recordId={record.id} shape={record.shape} />,
  Contact: (record) => <PooledAccountView key={record.id} object="Contact" recordId={record.id} shape={record.shape} />,
};

/**
 * The views' styles, in the panel page for its whole life: a sheet added and removed with each record would restyle
 * the whole page twice on every in-page navigation.
 */
export const RECORD_VIEWS_CSS = CASE_PANEL_CSS + OUTREACH_CSS + POOLED_ACCOUNT_CSS;
