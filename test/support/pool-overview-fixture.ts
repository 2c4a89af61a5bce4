/** A PoolOverview as the worker sends it, for the popup's tests. */
import type { MyCaseRow, PoolOverview, QueueRow, SlaSnapshot, UpgradeOpportunity } from "../../src/messaging/pool";

const QUEUE = "00G8X0000000001QAA";
export const FIXTURE_ME = "0058X0000000003QAA";

export const sla = (state: SlaSnapshot["state"], hours = 2): SlaSnapshot => ({
  state,
  dueAt: "2026-11-18T22:00:00.000Z",
  remainingBusinessMs: state === "on-track" || state === "at-risk" ? hours * 3_600_000 : null,
  breachedByBusinessMs: state === "breached" ? hours * 3_600_000 : null,
});

export function queueRowFixture(n: number, overrides: Partial<QueueRow> = {}): QueueRow {
  return {
    id: `5008X00000000${String(n).padStart(2, "0")}QAA`,
    caseNumber: `000000${String(n).padStart(2, "0")}`,
    subject: "PQL Hand Raise - Ultimate trial",
    origin: "In-Product",
    priority: "Medium",
    createdDate: `2026-11-${String(10 + n).padStart(2, "0")}T15:00:00.000+0000`,
    lastModifiedDate: "2026-11-18T15:00:00.000+0000",
    ownerId: QUEUE,
    account: { id: `0018X00000000${String(n).padStart(2, "0")}QAA`, name: `Account ${n}` },
    sla: sla("on-track", 5),
    needsAttention: false,
    conflict: null,
    ...overrides,
  };
}

export function myCaseFixture(n: number, overrides: Partial<MyCaseRow> = {}): MyCaseRow {
  return {
    id: `5008X00000000${String(n).padStart(2, "0")}QAA`,
    caseNumber: `000000${String(n).padStart(2, "0")}`,
    subject: "Churn & Contraction Mitigation: downgrade",
    origin: "Case Automation",
    priority: "Medium",
    status: "In Progress",
    createdDate: "2026-11-13T15:00:00.000+0000",
    claimedAt: "2026-11-14T16:00:00.000+0000",
    account: { id: `0018X00000000${String(n).padStart(2, "0")}QAA`, name: `Account ${n}` },
    activities: [{ kind: "email", at: "2026-11-14T17:00:00.000+0000" }],
    sla: sla("met"),
    ...overrides,
  };
}

export function upgradeFixture(n: number, owner = { id: FIXTURE_ME, name: "Jordan Rivera" }, overrides: Partial<UpgradeOpportunity> = {}): UpgradeOpportunity {
  return {
    id: `0068X00000001${String(n).padStart(2, "0")}QAA`,
    name: `Account ${n} - Ultimate Upgrade`,
    nextStep: "Ultimate Upgrade: demo",
    stageName: "1-Discovery",
    createdDate: "2026-10-01T15:00:00.000+0000",
    closeDate: "2026-12-01",
    lastActivityDate: null,
    lastModifiedDate: "2026-10-01T15:00:00.000+0000",
    account: { id: `0018X00000000${String(n).padStart(2, "0")}QAA`, name: `Account ${n}` },
    owner,
    ...overrides,
  };
}

export function poolOverviewFixture(overrides: Partial<PoolOverview> = {}): PoolOverview {
  return {
    orgHost: "acme.my.salesforce.com",
    readAt: "2026-11-18T17:00:00.000Z",
    me: { id: FIXTURE_ME, name: "Jordan Rivera", timeZone: "America/Chicago", isManager: false },
    pool: { key: "amer", label: "AMER Pooled Sales Queue", region: "AMER", scope: "shared-queue", member: true },
    queue: [],
    queueTruncated: false,
    myCases: [],
    upgrades: { cap: 15, mark: "Ultimate Upgrade", mine: [], team: null },
    ...overrides,
  };
}
