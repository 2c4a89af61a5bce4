/**
 * The team view's messages (the Pooled ASM's page, tabs/team.html; any AE may
 * read their own pool's): "right now" and "over a period", one Composite each,
 * with every figure computed in the worker by the panel's own clocks, so a case
 * counts the same for every viewer. Figures whose cases the worker read come with
 * them; an aggregate's figure names its filter, and "team/cases" lists its cases.
 */
import * as z from "zod/v4-mini";

import { AGE_BAND_KEYS } from "../domain/team/age-bands";
import { PERIOD_KINDS } from "../domain/team/period";
import { Id, IsoDateTime, PersonSchema } from "./ids";

const IsoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
const PoolKey = z.string().check(z.regex(/^[a-z0-9-]+$/));

/** A case behind a figure: enough to name it and link to it. */
export const CaseRefSchema = z.object({
  id: Id,
  caseNumber: z.string(),
  subject: z.nullable(z.string()),
  priority: z.nullable(z.string()),
  createdDate: IsoDateTime,
  /** Who owns it now (a user or the queue), when readable. */
  owner: z.nullable(z.string()),
});

const OpportunityRefSchema = z.object({ id: Id, name: z.nullable(z.string()), createdDate: IsoDateTime });

const PoolRefSchema = z.object({ key: PoolKey, label: z.string(), region: z.string() });

/** Who looks, and which pools they may look at (the ASM: every pool of the profile; an AE: their own). */
const ViewerSchema = z.object({
  name: z.nullable(z.string()),
  /** Days and dates of the view are the viewer's (their TimeZoneSidKey). */
  timeZone: z.string(),
  isManager: z.boolean(),
  pools: z.array(PoolRefSchema).check(z.minLength(1)),
});

export const TeamNowRequestSchema = z.object({ type: z.literal("team/now"), poolKey: z.nullable(PoolKey) });

export const PeriodKindSchema = z.enum(PERIOD_KINDS);
export const AgeBandKeySchema = z.enum(AGE_BAND_KEYS);

export const TeamNowSchema = z.object({
  orgHost: z.string(),
  readAt: IsoDateTime,
  viewer: ViewerSchema,
  pool: PoolRefSchema,
  /** The queue's waiting cases, from one aggregate: by age band (local days since opened) and priority. */
  waiting: z.object({
    total: z.int(),
    oldest: z.nullable(IsoDateTime),
    priorities: z.array(z.object({ value: z.nullable(z.string()), isHigh: z.boolean() })),
    bands: z.array(
      z.object({
        key: AgeBandKeySchema,
        label: z.string(),
        total: z.int(),
        cells: z.array(z.object({ priority: z.nullable(z.string()), cases: z.int() })),
      }),
    ),
  }),
  /** Waiting cases by the panel's SLA clock. */
  sla: z.object({ atRisk: z.array(CaseRefSchema), breached: z.array(CaseRefSchema), policyHours: z.number(), atRiskHours: z.number() }),
  /** Each AE of the pool: open cases, overdue cadence steps, active upgrade opportunities. */
  members: z.array(
    z.object({
      person: PersonSchema,
      openCases: z.array(CaseRefSchema),
      overdueSteps: z.array(z.object({ case: CaseRefSchema, day: z.int(), kind: z.enum(["email", "call"]), date: IsoDate })),
      upgrades: z.array(OpportunityRefSchema),
    }),
  ),
  upgradeCap: z.nullable(z.int()),
  /** More rows existed than were read: the figures concerned say "at least". */
  truncated: z.boolean(),
  /** What the org lacks for this view, as sentences. */
  notes: z.array(z.string()),
});

export const TeamPeriodRequestSchema = z.object({ type: z.literal("team/period"), poolKey: z.nullable(PoolKey), period: PeriodKindSchema });

export const TeamPeriodSchema = z.object({
  orgHost: z.string(),
  readAt: IsoDateTime,
  pool: PoolRefSchema,
  timeZone: z.string(),
  period: z.object({ kind: PeriodKindSchema, start: IsoDateTime, end: IsoDateTime, days: z.array(IsoDate) }),
  /** Cases that entered the queue in the period: SLA met or missed (still running ones are not counted); null when the org has no first-response field. */
  sla: z.nullable(z.object({ met: z.array(CaseRefSchema), missed: z.array(CaseRefSchema), running: z.int(), percent: z.nullable(z.number()) })),
  /** Median business time from entering the queue to the first response, over the answered cases. */
  firstResponse: z.nullable(z.object({ medianBusinessMs: z.nullable(z.number()), answered: z.int() })),
  /** Cases closed in the period: within the target days of opening, or later. */
  resolution: z.object({ targetDays: z.int(), inTime: z.array(CaseRefSchema), late: z.array(CaseRefSchema), percent: z.nullable(z.number()) }),
  perDay: z.array(z.object({ day: IsoDate, opened: z.int(), closed: z.int() })),
  triggers: z.array(z.object({ trigger: z.string(), label: z.string(), cases: z.int() })),
  /** Closed cases by Resolution Action (null: none set); null when the org has no such field. */
  resolutionActions: z.nullable(z.array(z.object({ action: z.nullable(z.string()), cases: z.int() }))),
  totals: z.object({ opened: z.int(), closed: z.int() }),
  truncated: z.boolean(),
  notes: z.array(z.string()),
});

/** The filter of a figure that came from an aggregate: the same bounds find its cases. */
export const FigureFilterSchema = z.discriminatedUnion("kind", [
  /** Waiting now, in an age band, of a priority (undefined: any). */
  z.object({ kind: z.literal("waiting"), band: z.optional(AgeBandKeySchema), priority: z.optional(z.nullable(z.string())) }),
  /** Entered the pool in the period, on a day (undefined: any day of it). */
  z.object({ kind: z.literal("opened"), period: PeriodKindSchema, day: z.optional(IsoDate) }),
  /** Closed in the period, on a day, with a resolution action (undefined: any). */
  z.object({ kind: z.literal("closed"), period: PeriodKindSchema, day: z.optional(IsoDate), action: z.optional(z.nullable(z.string())) }),
  /** Entered the pool in the period with a Subject/Origin of this trigger ("unclassified" for none). */
  z.object({ kind: z.literal("trigger"), period: PeriodKindSchema, trigger: z.string().check(z.regex(/^[a-z0-9-]+$/)) }),
]);

export const TeamCasesRequestSchema = z.object({ type: z.literal("team/cases"), poolKey: z.nullable(PoolKey), figure: FigureFilterSchema });

export const TeamCasesSchema = z.object({ orgHost: z.string(), cases: z.array(CaseRefSchema), truncated: z.boolean() });

export type CaseRef = z.infer<typeof CaseRefSchema>;
export type TeamNow = z.infer<typeof TeamNowSchema>;
export type TeamPeriodAnswer = z.infer<typeof TeamPeriodSchema>;
export type FigureFilter = z.infer<typeof FigureFilterSchema>;
export type TeamCases = z.infer<typeof TeamCasesSchema>;
export type TeamMember = TeamNow["members"][number];
