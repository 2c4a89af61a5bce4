import type { CasePanelData } from "../../src/messaging/case-panel-data";
import { caseSummaryFixture } from "./case-summary-fixture";

const ME = "0058X00000AveryQAA";

/** A queue-owned Contact Us case with its org context; override what a test is about. */
export function casePanelFixture(overrides: Partial<Omit<CasePanelData, "case">> & { case?: Partial<CasePanelData["case"]> } = {}): CasePanelData {
  const { case: caseOverrides, ...rest } = overrides;
  return {
    case: {
      ...caseSummaryFixture(),
      reason: null,
      notes: null,
      resolutionAction: null,
      webFormDetails: "Company: Northwind\nHow can we help?: We need 20 more seats.",
      firstRespondedDate: null,
      closedDate: null,
      claimedAt: null,
      relatedOpportunity: null,
      ...caseOverrides,
    },
    activities: [],
    account: { id: "001A0000006Vm9rIAC", name: "Northwind Traders", carr: 3200, region: "AMER", type: "Customer", owner: { id: "0058X00000F1YFqQAN", name: "Pooled Sales User" } },
    otherCases: [],
    opportunities: [],
    queueCases: [],
    org: {
      me: { id: ME, name: "Avery Chen", timeZone: "America/New_York", region: "AMER" },
      pooledOwnerUserIds: ["0058X00000F1YFqQAN"],
      // Case.Status holds the CaseStatus ApiName (value); one differs from its label, as in the simulated org.
      statuses: [
        { value: "New", label: "New", isClosed: false, isDefault: true },
        { value: "In Progress", label: "In Progress", isClosed: false, isDefault: false },
        { value: "Closed_Resolved", label: "Closed - Resolved", isClosed: true, isDefault: false },
        { value: "Closed - Customer Unresponsive", label: "Closed - Customer Unresponsive", isClosed: true, isDefault: false },
        { value: "Closed - Duplicate", label: "Closed - Duplicate", isClosed: true, isDefault: false },
        { value: "Closed - Transferred", label: "Closed - Transferred", isClosed: true, isDefault: false },
      ],
      businessHours: {
        TimeZoneSidKey: "America/New_York",
        SundayStartTime: null,
        SundayEndTime: null,
        MondayStartTime: "09:00:00.000Z",
        MondayEndTime: "17:00:00.000Z",
        TuesdayStartTime: "09:00:00.000Z",
        TuesdayEndTime: "17:00:00.000Z",
        WednesdayStartTime: "09:00:00.000Z",
        WednesdayEndTime: "17:00:00.000Z",
        ThursdayStartTime: "09:00:00.000Z",
        ThursdayEndTime: "17:00:00.000Z",
        FridayStartTime: "09:00:00.000Z",
        FridayEndTime: "17:00:00.000Z",
        SaturdayStartTime: null,
        SaturdayEndTime: null,
      },
      holidays: [],
    },
    ...rest,
  };
}

export const FIXTURE_ME = ME;
