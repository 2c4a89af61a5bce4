import { toId18 } from "../salesforce-id";
import { caseStep, type CaseStepFacts } from "./case-step";
import { cheatSheet, type CaseFacts } from "./cheat-sheet";

const ME = "0058X0000000001";
const QUEUE = toId18("00G8X0000000001");
// Case.Status holds the CaseStatus ApiName; one here differs from its label, as after a rename.
const CLOSED_STATUSES = [
  { value: "Closed_Resolved", label: "Closed - Resolved" },
  { value: "Closed - Customer Unresponsive", label: "Closed - Customer Unresponsive" },
  { value: "Closed - Duplicate", label: "Closed - Duplicate" },
  { value: "Closed - Transferred", label: "Closed - Transferred" },
];

const inQueue: CaseFacts = {
  ownerId: QUEUE,
  currentUserId: ME,
  status: "New",
  inProgress: { value: "In Progress", label: "In Progress" },
  reason: null,
  contactId: null,
  notes: null,
  activityCount: 0,
  resolutionAction: null,
  closedStatuses: CLOSED_STATUSES,
  relatedOpportunity: null,
};
const claimed: CaseFacts = { ...inQueue, ownerId: toId18(ME), status: "In Progress" };
const worked: CaseFacts = { ...claimed, reason: "Renewal", contactId: "0038X0000000001", notes: "Call Tuesday", activityCount: 2 };

const okById = (lines: ReturnType<typeof cheatSheet>) => Object.fromEntries(lines.map((l) => [l.id, l.ok]));

describe("caseStep", () => {
  const open: CaseStepFacts = { isClosed: false, ownerIsQueue: false, ownerIsPooledUser: false, resolutionAction: null };
  it.each<[string, Partial<CaseStepFacts>, string]>([
    ["in a queue", { ownerIsQueue: true }, "unclaimed"],
    ["owned by the Pooled Sales User", { ownerIsPooledUser: true }, "unclaimed"],
    ["owned by an AE", {}, "in-progress"],
    ["an AE has picked a Resolution Action", { resolutionAction: "Question Answered" }, "closing"],
    ["a blank Resolution Action", { resolutionAction: " " }, "in-progress"],
    ["closed", { isClosed: true, resolutionAction: "Question Answered" }, "closed"],
    ["closed while still in a queue", { isClosed: true, ownerIsQueue: true }, "closed"],
  ])("%s: %s", (_name, overrides, step) => expect(caseStep({ ...open, ...overrides })).toBe(step));
});

describe("cheatSheet", () => {
  it.each<[string, Parameters<typeof cheatSheet>[0], CaseFacts, Record<string, boolean>]>([
    ["unclaimed, nothing done", "unclaimed", inQueue, { owner: false, "status-in-progress": false }],
    ["unclaimed sheet once claimed (15 vs 18 char ids)", "unclaimed", claimed, { owner: true, "status-in-progress": true }],
    ["claimed but status not set", "unclaimed", { ...claimed, status: "New" }, { owner: true, "status-in-progress": false }],
    ["in progress, nothing filled", "in-progress", claimed, { reason: false, contact: false, notes: false, activities: false }],
    ["in progress, all filled", "in-progress", worked, { reason: true, contact: true, notes: true, activities: true }],
    ["in progress, blank notes", "in-progress", { ...worked, notes: "\n " }, { reason: true, contact: true, notes: false, activities: true }],
    ["closing, not yet", "closing", worked, { "closed-status": false, "resolution-action": false }],
    ["closing with an opportunity open", "closing", { ...worked, relatedOpportunity: { isClosed: false } }, { "closed-status": false, "resolution-action": false, "related-opportunity": false }],
    [
      "closed, all done",
      "closed",
      { ...worked, status: "Closed_Resolved", resolutionAction: "Renewal Processed", relatedOpportunity: { isClosed: true } },
      { "closed-status": true, "resolution-action": true, "related-opportunity": true },
    ],
    [
      "closed, status compared by API value (the label is not the value)",
      "closed",
      { ...worked, status: "Closed - Resolved", resolutionAction: "Renewal Processed" },
      { "closed-status": false, "resolution-action": true },
    ],
  ])("%s", (_name, step, facts, expected) => {
    expect(okById(cheatSheet(step, facts))).toEqual(expected);
  });

  it("lists the closed statuses by label", () => {
    const line = cheatSheet("closing", worked).find((l) => l.id === "closed-status");
    expect(line?.instruction).toBe("Set Status to one of the closed options: Closed - Resolved, Closed - Customer Unresponsive, Closed - Duplicate, Closed - Transferred.");
  });

  it("every line names a field and says what to do", () => {
    for (const step of ["unclaimed", "in-progress", "closing"] as const) {
      for (const line of cheatSheet(step, { ...worked, relatedOpportunity: { isClosed: false } })) {
        expect(line.field).not.toBe("");
        expect(line.instruction).toMatch(/\.$/);
      }
    }
  });
});

describe("the profile's in-progress status", () => {
  it("is asked for by label and checked by value", () => {
    const working = { value: "Working_On_It", label: "Working on it" };
    const lines = cheatSheet("unclaimed", { ...inQueue, inProgress: working, status: "Working_On_It", ownerId: toId18(ME) });
    expect(lines.find((line) => line.id === "status-in-progress")).toMatchObject({ instruction: "Set Status to Working on it.", ok: true });
    expect(cheatSheet("unclaimed", { ...inQueue, inProgress: working, status: "In Progress" }).find((line) => line.id === "status-in-progress")?.ok).toBe(false);
  });
});
