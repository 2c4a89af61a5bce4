/**
 * What the org does on its own when records are written: formula-like fields, the
 * Case assignment rule, first-response stamping and field history. Kept apart from
 * the store so the rules read like the org's setup (ORG-SCHEMA.md "Automation").
 */
import type { ObjectDef } from "./schema";
import type { OrgStore } from "./store";
import type { Row } from "./values";

export interface WriteContext {
  store: OrgStore;
  def: ObjectDef;
  userId: string;
  nowMs: number;
  autoAssign: boolean;
  /** Loading seed data: derive computed fields, but keep what the seed says happened. */
  seeding: boolean;
}

const joinName = (first: unknown, last: unknown) => [first, last].filter((p) => typeof p === "string" && p !== "").join(" ");

export function beforeWrite(ctx: WriteContext, row: Row, previous: Row | undefined): void {
  switch (ctx.def.name) {
    case "User":
    case "Contact":
      row.Name = joinName(row.FirstName, row.LastName) || null;
      break;
    case "Opportunity": {
      const stage = findStatus(ctx.store, "OpportunityStage", row.StageName);
      row.IsClosed = stage?.IsClosed === true;
      row.IsWon = stage?.IsWon === true;
      break;
    }
    case "Task":
      row.Status ??= "Not Started";
      row.IsClosed = row.Status === "Completed";
      if (!ctx.seeding) {
        if (row.IsClosed && !previous?.IsClosed) row.CompletedDateTime = ctx.nowMs;
        if (!row.IsClosed) row.CompletedDateTime = null;
      }
      break;
    case "Case":
      beforeCaseWrite(ctx, row, previous);
      break;
  }
}

/** The status record of a picklist value: matched by ApiName (the value the field holds), never by label. */
function findStatus(store: OrgStore, type: "CaseStatus" | "OpportunityStage", value: unknown): Row | undefined {
  if (typeof value !== "string") return undefined;
  const v = value.toLowerCase();
  return store.rows(type).find((r) => String(r.ApiName ?? r.MasterLabel ?? "").toLowerCase() === v);
}

function beforeCaseWrite(ctx: WriteContext, row: Row, previous: Row | undefined): void {
  const { store } = ctx;
  if (!previous) {
    if (row.Status === undefined || row.Status === null) {
      const def = store.rows("CaseStatus").find((r) => r.IsDefault === true);
      row.Status = def ? String(def.ApiName ?? def.MasterLabel) : null;
    }
    if (!row.CaseNumber) row.CaseNumber = nextCaseNumber(store);
  }
  const status = findStatus(store, "CaseStatus", row.Status);
  row.IsClosed = status?.IsClosed === true;
  if (ctx.seeding) {
    if (row.IsClosed && (row.ClosedDate === undefined || row.ClosedDate === null)) row.ClosedDate = row.LastModifiedDate ?? ctx.nowMs;
    return;
  }
  if (row.IsClosed && !previous?.IsClosed) row.ClosedDate = ctx.nowMs;
  if (!row.IsClosed) row.ClosedDate = null;
  const stamp = store.automation.firstResponse;
  if (stamp && row.Status === stamp.status && previous?.Status !== stamp.status && !row[stamp.respondedField]) {
    row[stamp.respondedField] = ctx.nowMs;
    const hours = (ctx.nowMs - Number(row.CreatedDate)) / 3_600_000;
    row[stamp.hoursField] = Math.round(hours * 100) / 100;
  }
  if (ctx.autoAssign) runAssignmentRule(ctx, row);
}

/**
 * The org's active case assignment rule (seed.automation.caseAssignment): cases of its
 * record type go to the queue of their account's region. Other record types match no
 * rule entry and keep their owner.
 */
function runAssignmentRule(ctx: WriteContext, row: Row): void {
  const { store } = ctx;
  const rule = store.automation.caseAssignment;
  if (!rule) return;
  const recordType = typeof row.RecordTypeId === "string" ? store.row("RecordType", row.RecordTypeId) : undefined;
  if (recordType?.DeveloperName !== rule.recordType) return;
  const account = typeof row.AccountId === "string" ? store.row("Account", row.AccountId) : undefined;
  const region = account?.[rule.accountRegionField];
  const queue = store.findQueue((typeof region === "string" ? rule.queueByRegion[region] : undefined) ?? rule.otherwise);
  if (queue) row.OwnerId = queue;
}

function nextCaseNumber(store: OrgStore): string {
  let max = 0;
  for (const r of store.rows("Case", true)) max = Math.max(max, Number(r.CaseNumber ?? 0) || 0);
  return String(max + 1).padStart(8, "0");
}

export function afterWrite(ctx: WriteContext, row: Row, previous: Row | undefined): void {
  if (ctx.def.name !== "Case" || ctx.seeding || !previous) return;
  const { store } = ctx;
  const base = { CaseId: row.Id ?? null, CreatedDate: ctx.nowMs, CreatedById: ctx.userId };
  if (row.OwnerId !== previous.OwnerId) {
    // Salesforce writes an owner change twice: once with ids, once with names.
    store.putSystemRow("CaseHistory", { ...base, Field: "Owner", OldValue: previous.OwnerId ?? null, NewValue: row.OwnerId ?? null });
    store.putSystemRow("CaseHistory", { ...base, Field: "Owner", OldValue: ownerName(store, previous.OwnerId), NewValue: ownerName(store, row.OwnerId) });
  }
  if (row.Status !== previous.Status) {
    store.putSystemRow("CaseHistory", { ...base, Field: "Status", OldValue: previous.Status ?? null, NewValue: row.Status ?? null });
  }
}

function ownerName(store: OrgStore, id: unknown): string | null {
  if (typeof id !== "string") return null;
  const found = store.rowById(id);
  return found ? String(found.row.Name ?? "") : null;
}
