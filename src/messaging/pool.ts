/**
 * Messages of the toolbar popup (the queue of my pool, my cases, Take next) and of
 * the upgrade opportunities (create from the panel, mine against the cap,
 * the ASM's team view and closing one that is not valid).
 *
 * The worker reads the popup's data in one Composite and adds what needs the org's
 * business hours (the SLA of each case, the conflict of each queue row), so the
 * badge and the popup count "needs attention" the same way. Cadence, 7-day target
 * and order are derived in the popup with the domain code, as the panel does.
 */
import * as z from "zod/v4-mini";

import { CaseVersionSchema } from "./case-actions";
import { Id, IsoDateTime, PersonSchema } from "./ids";
const IsoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));

/** The SLA clock as read (business time is computed in the worker with the org's hours). */
const SlaSnapshotSchema = z.object({
  state: z.enum(["on-track", "at-risk", "met", "breached"]),
  dueAt: IsoDateTime,
  /** Business time left when read; null once met or breached. */
  remainingBusinessMs: z.nullable(z.number()),
  /** Business time past the due moment; null unless breached. */
  breachedByBusinessMs: z.nullable(z.number()),
});

const AccountRefSchema = PersonSchema;

const QueueRowSchema = z.object({
  id: Id,
  caseNumber: z.string(),
  subject: z.nullable(z.string()),
  origin: z.nullable(z.string()),
  priority: z.nullable(z.string()),
  createdDate: IsoDateTime,
  lastModifiedDate: IsoDateTime,
  ownerId: Id,
  account: z.nullable(AccountRefSchema),
  sla: SlaSnapshotSchema,
  /** High Priority, or SLA at risk or breached: what the toolbar badge counts. */
  needsAttention: z.boolean(),
  /** Another AE works the account (an open pooled case or an active upgrade opportunity): the case goes to them. */
  conflict: z.nullable(z.object({ kind: z.enum(["open-case", "upgrade-opportunity"]), label: z.string(), transferTo: PersonSchema })),
});

const MyCaseRowSchema = z.object({
  id: Id,
  caseNumber: z.string(),
  subject: z.nullable(z.string()),
  origin: z.nullable(z.string()),
  priority: z.nullable(z.string()),
  status: z.nullable(z.string()),
  createdDate: IsoDateTime,
  /** Day 1 of the cadence: when I (or the AE before me) took it from the queue. */
  claimedAt: z.nullable(IsoDateTime),
  account: z.nullable(AccountRefSchema),
  /** Completed emails and calls on the case or its contact, oldest first. */
  activities: z.array(z.object({ kind: z.enum(["email", "call", "other"]), at: IsoDateTime })),
  sla: SlaSnapshotSchema,
});

const UpgradeOpportunitySchema = z.object({
  id: Id,
  name: z.nullable(z.string()),
  nextStep: z.nullable(z.string()),
  stageName: z.nullable(z.string()),
  createdDate: IsoDateTime,
  closeDate: z.nullable(IsoDate),
  lastActivityDate: z.nullable(IsoDate),
  lastModifiedDate: IsoDateTime,
  account: z.nullable(AccountRefSchema),
  owner: PersonSchema,
});

export const PoolOverviewSchema = z.object({
  /** The My Domain host the data comes from. */
  orgHost: z.string(),
  readAt: IsoDateTime,
  me: z.object({ id: Id, name: z.nullable(z.string()), timeZone: z.string(), isManager: z.boolean() }),
  pool: z.object({
    key: z.string(),
    label: z.string(),
    region: z.string(),
    /** AMER works one shared queue; in a regional pool an AE works the queue's cases of the accounts they own. */
    scope: z.enum(["shared-queue", "own-accounts"]),
    /** Whether I am a member of it, or it is only the profile's first pool. */
    member: z.boolean(),
  }),
  /** A page of the queue in the handbook's order (the first rows, as many as the AE asked for). */
  queue: z.array(QueueRowSchema),
  /** More cases wait than the page shows. */
  queueTruncated: z.boolean(),
  myCases: z.array(MyCaseRowSchema),
  upgrades: z.object({
    /** My pool's cap on active upgrade opportunities; null where there is none (EMEA AEs own all their region's opportunities). */
    cap: z.nullable(z.number()),
    /** How the org marks an upgrade opportunity (the profile's mark). */
    mark: z.string(),
    mine: z.array(UpgradeOpportunitySchema),
    /** Every AE's of my pool active upgrade opportunities, for the ASM only; null for AEs. */
    team: z.nullable(z.array(UpgradeOpportunitySchema)),
  }),
});

/** The popup's data; `rows`: how many queue rows the AE asked to see (a page by default; "Show more" asks for more). */
export const PoolOverviewRequestSchema = z.object({ type: z.literal("pool/overview"), rows: z.optional(z.int().check(z.gte(1), z.lte(1999))) });

const TakeNextCandidateSchema = z.extend(CaseVersionSchema, { caseNumber: z.string() });

export const TakeNextRequestSchema = z.object({
  type: z.literal("pool/take-next"),
  /** The queue in the handbook's order, as the popup showed it; the worker claims the first it can. */
  candidates: z.array(TakeNextCandidateSchema).check(z.minLength(1), z.maxLength(10)),
});

const SkippedCaseSchema = z.object({
  caseId: Id,
  caseNumber: z.string(),
  /** taken: an AE owns it now (or it closed); changed: still waiting but edited since; conflict: it goes to another AE. */
  reason: z.enum(["taken", "changed", "conflict"]),
  /** Who has it now (taken), or whom it goes to (conflict). */
  who: z.nullable(z.string()),
});

export const TakeNextResultSchema = z.object({
  claimed: z.nullable(z.object({ id: Id, caseNumber: z.string() })),
  skipped: z.array(SkippedCaseSchema),
  /** Whether a Salesforce tab now shows the claimed case. */
  openedInTab: z.boolean(),
});

export const CreateUpgradeRequestSchema = z.object({ type: z.literal("upgrade/create"), caseId: Id });

export const CreateUpgradeResultSchema = z.discriminatedUnion("outcome", [
  z.object({ outcome: z.literal("created"), opportunity: UpgradeOpportunitySchema, count: z.number(), cap: z.nullable(z.number()) }),
  z.object({ outcome: z.literal("refused"), reason: z.string(), mine: z.array(UpgradeOpportunitySchema), cap: z.nullable(z.number()) }),
  /** Created past the cap in a race, and Salesforce refused to take it back (no Delete on Opportunity, say): the AE must close one. */
  z.object({ outcome: z.literal("over-cap"), opportunity: UpgradeOpportunitySchema, reason: z.string(), mine: z.array(UpgradeOpportunitySchema), cap: z.number() }),
]);

export const CloseUpgradeRequestSchema = z.object({
  type: z.literal("upgrade/close"),
  opportunityId: Id,
  /** The version the ASM saw: a change since is not overwritten. */
  lastModifiedDate: IsoDateTime,
  reason: z.string().check(z.maxLength(200), z.refine((text) => text.trim().length >= 3, "Say why it is not valid.")),
});

export const CloseUpgradeResultSchema = z.discriminatedUnion("outcome", [
  z.object({ outcome: z.literal("closed"), stageName: z.string() }),
  z.object({ outcome: z.literal("refused"), reason: z.string() }),
]);

/** What Take next needs of a queue row: the version to claim it at. */
export function takeNextCandidate(row: z.infer<typeof QueueRowSchema>): z.infer<typeof TakeNextCandidateSchema> {
  return { caseId: row.id, caseNumber: row.caseNumber, lastModifiedDate: row.lastModifiedDate, ownerId: row.ownerId, accountId: row.account?.id ?? null };
}

export type SlaSnapshot = z.infer<typeof SlaSnapshotSchema>;
export type QueueRow = z.infer<typeof QueueRowSchema>;
export type MyCaseRow = z.infer<typeof MyCaseRowSchema>;
export type UpgradeOpportunity = z.infer<typeof UpgradeOpportunitySchema>;
export type PoolOverview = z.infer<typeof PoolOverviewSchema>;
export type TakeNextCandidate = z.infer<typeof TakeNextCandidateSchema>;
export type TakeNextResult = z.infer<typeof TakeNextResultSchema>;
export type SkippedCase = z.infer<typeof SkippedCaseSchema>;
export type CreateUpgradeResult = z.infer<typeof CreateUpgradeResultSchema>;
export type CloseUpgradeRequest = z.infer<typeof CloseUpgradeRequestSchema>;
export type CloseUpgradeResult = z.infer<typeof CloseUpgradeResultSchema>;
