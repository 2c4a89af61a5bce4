/** Team view answers as the worker sends them, for component tests; override what a test is about. */
import type { CaseRef, TeamNow, TeamPeriodAnswer } from "../../src/messaging/team";

export const caseRef = (n: number, overrides: Partial<CaseRef> = {}): CaseRef => ({
  id: `5008X${String(n).padStart(10, "0")}QAA`,
  caseNumber: String(n).padStart(8, "0"),
  subject: `Case subject ${n}`,
  priority: "Medium",
  createdDate: "2026-11-16T15:00:00.000+0000",
  owner: "Pooled Sales Queue",
  ...overrides,
});

const person = (n: number, name: string) => ({ id: `0058X${String(n).padStart(10, "0")}QAA`, name });

export function teamNowFixture(overrides: Partial<TeamNow> = {}): TeamNow {
  return {
    orgHost: "acme.my.salesforce.com",
    readAt: "2026-11-18T17:00:00.000Z",
    viewer: { name: "Dana Whitfield", timeZone: "America/New_York", isManager: true, pools: [{ key: "amer", label: "AMER Pooled Sales Queue", region: "AMER" }, { key: "emea", label: "EMEA Pooled Sales Queue", region: "EMEA" }] },
    pool: { key: "amer", label: "AMER Pooled Sales Queue", region: "AMER" },
    waiting: {
      total: 6,
      oldest: "2026-11-09T15:00:00.000+0000",
      priorities: [
        { value: "High", isHigh: true },
        { value: "Low", isHigh: false },
      ],
      bands: [
        { key: "today", label: "Opened today", total: 3, cells: [{ priority: "High", cases: 2 }, { priority: "Low", cases: 1 }] },
        { key: "1-2d", label: "1–2 days", total: 0, cells: [{ priority: "High", cases: 0 }, { priority: "Low", cases: 0 }] },
        { key: "3-6d", label: "3–6 days", total: 2, cells: [{ priority: "High", cases: 0 }, { priority: "Low", cases: 2 }] },
        { key: "7d+", label: "7 days or more", total: 1, cells: [{ priority: "High", cases: 1 }, { priority: "Low", cases: 0 }] },
      ],
    },
    sla: { atRisk: [caseRef(11, { priority: "High" })], breached: [caseRef(12), caseRef(13, { priority: "Low" })], policyHours: 8, atRiskHours: 2 },
    members: [
      { person: person(2, "Avery Chen"), openCases: [caseRef(21, { owner: "Avery Chen" })], overdueSteps: [], upgrades: [] },
      {
        person: person(3, "Jordan Rivera"),
        openCases: [caseRef(22, { owner: "Jordan Rivera" }), caseRef(23, { owner: "Jordan Rivera" })],
        overdueSteps: [{ case: caseRef(22, { owner: "Jordan Rivera" }), day: 3, kind: "call", date: "2026-11-16" }],
        upgrades: Array.from({ length: 15 }, (_, i) => ({ id: `0068X${String(100 + i).padStart(10, "0")}QAA`, name: `Deal ${i} - Ultimate Upgrade`, createdDate: "2026-10-01T12:00:00.000+0000" })),
      },
    ],
    upgradeCap: 15,
    truncated: false,
    notes: [],
    ...overrides,
  };
}

export function teamPeriodFixture(overrides: Partial<TeamPeriodAnswer> = {}): TeamPeriodAnswer {
  return {
    orgHost: "acme.my.salesforce.com",
    readAt: "2026-11-18T17:00:00.000Z",
    pool: { key: "amer", label: "AMER Pooled Sales Queue", region: "AMER" },
    timeZone: "America/New_York",
    period: { kind: "this-week", start: "2026-11-16T05:00:00.000Z", end: "2026-11-18T17:00:00.000Z", days: ["2026-11-16", "2026-11-17", "2026-11-18"] },
    sla: { met: [caseRef(31), caseRef(32), caseRef(33)], missed: [caseRef(34)], running: 2, percent: 75 },
    firstResponse: { medianBusinessMs: 2.5 * 3_600_000, answered: 4 },
    resolution: { targetDays: 7, inTime: [caseRef(41)], late: [caseRef(42)], percent: 50 },
    perDay: [
      { day: "2026-11-16", opened: 3, closed: 1 },
      { day: "2026-11-17", opened: 0, closed: 1 },
      { day: "2026-11-18", opened: 3, closed: 0 },
    ],
    triggers: [
      { trigger: "contact-us-form", label: "Contact Us form", cases: 4 },
      { trigger: "unclassified", label: "Unclassified", cases: 2 },
    ],
    resolutionActions: [
      { action: "Question Answered", cases: 1 },
      { action: null, cases: 1 },
    ],
    totals: { opened: 6, closed: 2 },
    truncated: false,
    notes: [],
    ...overrides,
  };
}
