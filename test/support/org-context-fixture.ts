/** The session's org context as the worker sends it, on the handbook's default profile: Avery, an AMER Pooled AE. */
import { ALL_FIELD_ROLES, DEFAULT_PROFILE, profileField } from "../../src/domain/org-profile";
import type { OrgContext } from "../../src/messaging/org-context";

export const FIXTURE_ME = "0058X00000AveryQAA";
export const FIXTURE_POOLED_USER = "0058X00000F1YFqQAN";
export const FIXTURE_AMER_QUEUE = "00G8X000000AbCdEAF";
export const FIXTURE_EMEA_QUEUE = "00G8X0000000002QAA";

const NINE_TO_FIVE = {
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
};

export function orgContextFixture(overrides: Partial<OrgContext> = {}): OrgContext {
  return {
    orgHost: "acme.my.salesforce.com",
    orgId: "00D8X000000AbCdUAK",
    me: { id: FIXTURE_ME, name: "Avery Chen", timeZone: "America/New_York", poolKey: "amer", isManager: false },
    pooledOwnerUserIds: [FIXTURE_POOLED_USER],
    poolQueues: { amer: FIXTURE_AMER_QUEUE, emea: FIXTURE_EMEA_QUEUE },
    poolMembers: { amer: [FIXTURE_ME], emea: [] },
    // Case.Status holds the CaseStatus ApiName (value); one differs from its label, as in the simulated org.
    statuses: [
      { value: "New", label: "New", isClosed: false, isDefault: true },
      { value: "In Progress", label: "In Progress", isClosed: false, isDefault: false },
      { value: "Closed_Resolved", label: "Closed - Resolved", isClosed: true, isDefault: false },
      { value: "Closed - Customer Unresponsive", label: "Closed - Customer Unresponsive", isClosed: true, isDefault: false },
      { value: "Closed - Duplicate", label: "Closed - Duplicate", isClosed: true, isDefault: false },
      { value: "Closed - Transferred", label: "Closed - Transferred", isClosed: true, isDefault: false },
    ],
    businessHours: { amer: NINE_TO_FIVE, emea: null },
    holidays: [],
    profile: DEFAULT_PROFILE,
    fields: Object.fromEntries(ALL_FIELD_ROLES.map((role) => [role, profileField(DEFAULT_PROFILE, role)])),
    switchedOff: [],
    ...overrides,
  };
}
