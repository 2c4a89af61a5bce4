/**
 * The org profile: everything that differs from one Salesforce org to the next,
 * in one value. Names (record type, queues, fields, statuses), how people's pool
 * and role are found, and the handbook's policy (triggers, cadence, SLA, the
 * pooled-account thresholds, the upgrade cap). An admin sets it once per org, by
 * Chrome policy or on the options page; the defaults are the handbook's own org.
 *
 * Nothing here talks to Salesforce: the worker checks a profile against the org
 * (org check) and the query layer resolves field roles through it.
 */
import * as z from "zod/v4-mini";

import { CALL_OUTCOMES } from "../outreach/call-outcome";
import { ALL_MERGE_FIELDS, templateProblem, type MergeField } from "../outreach/template-text";
import { TriggerRuleSetSchema } from "../trigger/trigger-rules";
import { UrlText } from "../url-text";

/** An API name: a custom field (CARR__c), a queue's DeveloperName, a record type's DeveloperName. */
export const ApiNameSchema = z.string().check(z.trim(), z.regex(/^[A-Za-z][A-Za-z0-9_]*$/, "an API name: a letter, then letters, digits and underscores (for example CARR__c)"));

/** A field the org may not have: null switches off what needs it. */
const OptionalField = z.nullable(ApiNameSchema);

const Hhmm = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, "a time as HH:MM (24-hour)"));
const OpeningSchema = z.nullable(z.tuple([Hhmm, Hhmm]));

/** Opening hours used only when the org has no BusinessHours record for a pool (they know no holidays). */
export const FallbackHoursSchema = z.strictObject({
  timeZone: z.string().check(z.minLength(1)),
  sunday: OpeningSchema,
  monday: OpeningSchema,
  tuesday: OpeningSchema,
  wednesday: OpeningSchema,
  thursday: OpeningSchema,
  friday: OpeningSchema,
  saturday: OpeningSchema,
});

export const PoolSchema = z.strictObject({
  /** Stable key for settings and caches ("amer"). */
  key: z.string().check(z.regex(/^[a-z0-9-]+$/, "lower-case letters, digits and dashes")),
  /** What people call it ("AMER Pooled Sales Queue"). */
  label: z.string().check(z.minLength(1)),
  /** The region the pool serves ("AMER", "EMEA", "DACH"). */
  region: z.string().check(z.minLength(1)),
  /** DeveloperName of the queue (Group of Type Queue) its cases wait in. */
  queue: ApiNameSchema,
  /**
   * shared-queue: every AE of the pool works every case of the queue (AMER).
   * own-accounts: an AE works the queue's cases of the accounts they own (EMEA's regional pools).
   */
  scope: z.enum(["shared-queue", "own-accounts"]),
  /** Name of the BusinessHours record of the pool's SLA; null for the org's default. */
  businessHours: z.nullable(z.string().check(z.minLength(1))),
  /** When the org has no such BusinessHours: the pool's policy hours. */
  fallbackHours: FallbackHoursSchema,
  /** Active Ultimate Upgrade opportunities an AE of this pool may own at once; null for no cap. */
  upgradeCap: z.nullable(z.int().check(z.positive())),
});

/** How a user's pool is found. Queue membership needs no custom field (public groups in the queue count). */
const RegionSourceSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("queue-membership") }),
  /** A custom User field whose value is a pool's region. */
  z.strictObject({ kind: z.literal("user-field"), field: ApiNameSchema }),
]);

/** How the Pooled ASM (the manager) is recognised. */
const ManagerSourceSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("public-group"), group: ApiNameSchema }),
  z.strictObject({ kind: z.literal("permission-set"), permissionSet: ApiNameSchema }),
  z.strictObject({ kind: z.literal("user-field"), field: ApiNameSchema, value: z.string().check(z.minLength(1)) }),
]);

/** How a case's related opportunity is found. */
const CaseOpportunitySchema = z.discriminatedUnion("kind", [
  /** A lookup field on Case (Opportunity__c). */
  z.strictObject({ kind: z.literal("lookup"), field: ApiNameSchema }),
  /** The account's oldest open opportunity whose Name contains this text (any case); "" takes any. */
  z.strictObject({ kind: z.literal("account-open-opportunity"), nameContains: z.string() }),
  z.strictObject({ kind: z.literal("none") }),
]);

const CadenceStepSchema = z.strictObject({
  day: z.int().check(z.gte(1), z.lte(31)),
  channel: z.enum(["email", "call"]),
});

export const CadenceSchema = z.strictObject({
  steps: z.array(CadenceStepSchema).check(z.minLength(1), z.maxLength(12)),
  /**
   * business: a step whose day falls on a non-business day of the pool's hours (weekend,
   * holiday) is due on the next business day ("skip weekends"). calendar: plain days.
   */
  days: z.enum(["business", "calendar"]),
}).check(z.refine((cadence) => new Set(cadence.steps.map((step) => step.day)).size === cadence.steps.length, "one step per day"));

const CarrThresholdSchema = z.strictObject({
  /** Account.Type the threshold applies to. */
  accountType: z.string().check(z.minLength(1)),
  /** How the handbook calls these accounts ("existing customers"). */
  segment: z.string().check(z.minLength(1)),
  /** CARR must be strictly below this to be in the pool. */
  below: z.number().check(z.positive()),
});

export const PooledAccountPolicySchema = z.strictObject({
  currency: z.string().check(z.length(3)),
  carrThresholds: z.array(CarrThresholdSchema).check(z.minLength(1)),
  /** Where customers ask for sales help themselves. */
  landingPageUrl: z.nullable(UrlText.check(z.startsWith("https://"))),
}).check(z.refine((policy) => new Set(policy.carrThresholds.map((t) => t.accountType.toLowerCase())).size === policy.carrThresholds.length, "one threshold per account type"));

export const UpgradePolicySchema = z.strictObject({
  /** The words that mark an upgrade opportunity, in any case and spacing ("Ultimate Upgrade"). */
  mark: z.string().check(z.trim(), z.minLength(3)),
  /** Which Opportunity fields carry the mark; either one is enough. */
  markedIn: z.array(z.enum(["Name", "NextStep"])).check(z.minLength(1)),
  /** A new upgrade opportunity closes this many days out. */
  closeInDays: z.int().check(z.gte(1), z.lte(365)),
});

/** Template text that may use only the given merge fields ({FirstName}, ...). */
const templateText = (allowed: readonly MergeField[], max: number) =>
  z.string().check(
    z.trim(),
    z.minLength(1),
    z.maxLength(max),
    z.check<string>((payload) => {
      const problem = templateProblem(payload.value, allowed);
      if (problem) payload.issues.push({ code: "custom", message: problem, input: payload.value });
    }),
  );

const SUBJECT_FIELDS = ALL_MERGE_FIELDS.filter((field) => field !== "Signature");

const EmailTemplateSchema = z.strictObject({
  /** One line; merged values that hold line breaks become spaces. */
  subject: templateText(SUBJECT_FIELDS, 300),
  body: templateText(ALL_MERGE_FIELDS, 10_000),
});

const CallTemplateSchema = z.strictObject({
  /** What to say or find out on the call, shown beside the Call button. */
  guidance: z.string().check(z.trim(), z.minLength(1), z.maxLength(1_000)),
});

/** A cadence step by its day ("1", "3"): the key the admin reads next to the cadence. */
const StepDay = z.string().check(z.regex(/^([1-9]|[12]\d|3[01])$/, "a cadence day, 1 to 31"));
const TriggerKey = z.string().check(z.regex(/^[a-z0-9-]+$/, "a trigger id of policy.triggers (lower-case letters, digits and dashes)"));

/** Templates per step, and per trigger and step: a trigger's own template wins, the fallback covers the rest. */
const stepTemplates = <T extends z.ZodMiniType>(template: T) =>
  z.strictObject({ fallback: z.record(StepDay, template), triggers: z.record(TriggerKey, z.record(StepDay, template)) });

/** Where "Draft email" opens: any mail client (mailto:), or a web mailer's compose page. */
const MailerSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("mailto") }),
  z.strictObject({ kind: z.literal("gmail") }),
  /** Outlook on the web: outlook.office.com (work accounts), outlook.office365.com, or outlook.live.com (personal). */
  z.strictObject({ kind: z.literal("outlook"), host: z.enum(["outlook.office.com", "outlook.office365.com", "outlook.live.com"]) }),
]);

export const TemplatesSchema = z.strictObject({
  mailer: MailerSchema,
  /** What {Signature} stands for; an AE's own signature, when the panel has one, replaces it. */
  signature: templateText(["AeName"], 1_000),
  email: z.extend(stepTemplates(EmailTemplateSchema), {
    /** Subject of the Task of an email logged without its details (sent from elsewhere). */
    loggedSubject: templateText(["CadenceDay"], 200),
  }),
  call: z.extend(stepTemplates(CallTemplateSchema), {
    /** Subject of the Task of a call logged without its outcome. */
    loggedSubject: templateText(["CadenceDay"], 200),
    /** Subject of the open Task a "no answer" call schedules for the next business day. */
    retrySubject: templateText(["CaseNumber"], 200),
  }),
});

/** RFC 3966 phone-context of numbers typed without a country code: a global number prefix ("+1") or a domain name. */
const PhoneContextSchema = z.string().check(z.regex(/^\+[\d\-.()]*\d[\d\-.()]*$|^(?=.*[A-Za-z])[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*$/, "a country prefix such as +1, or a domain name"));

export const OutreachPolicySchema = z.strictObject({
  /**
   * When a case is claimed late, cadence steps can fall after the resolution target.
   * compress: spread the steps still to do over the days left before the target.
   * keep-and-flag: keep their dates and mark the case as past target.
   */
  whenPastTarget: z.enum(["compress", "keep-and-flag"]),
  /** Task Status values (TaskStatus ApiNames): a logged email or call, and a scheduled retry. */
  taskStatus: z.strictObject({ completed: z.string().check(z.trim(), z.minLength(1)), open: z.string().check(z.trim(), z.minLength(1)) }),
  /** What each call outcome writes to Task.CallDisposition ("Call Result", 255 characters). */
  callOutcomes: z.strictObject(Object.fromEntries(CALL_OUTCOMES.map((outcome) => [outcome, z.string().check(z.trim(), z.minLength(1), z.maxLength(255))])) as Record<(typeof CALL_OUTCOMES)[number], z.ZodMiniString<string>>),
  /** Per pool key: the phone-context of a contact's number typed without "+" (none: the number is dialled as typed). */
  phoneContexts: z.record(z.string(), PhoneContextSchema),
});

/** OAuth where the org refuses the browser session on the API. */
const ConnectionSchema = z.strictObject({
  /** session: use the browser's session; oauth: always the connected app; auto: the session, OAuth when refused. */
  mode: z.enum(["auto", "session", "oauth"]),
  /** Consumer key of the org's External Client App (or connected app); null when none is set up. */
  consumerKey: z.nullable(z.string().check(z.trim(), z.minLength(1))),
  /** Keep a refresh token (the org's app policy must allow it); else reconnect when the access token expires. */
  allowRefreshToken: z.boolean(),
});

const OrgProfileBase = z.strictObject({
  /** Bumped when the shape changes incompatibly. */
  schemaVersion: z.literal(1),
  /** Who this profile is for, shown on the options page. */
  label: z.string().check(z.minLength(1)),
  case: z.strictObject({
    /** DeveloperName of the Case record type of pooled cases. */
    recordType: ApiNameSchema,
    /** CaseStatus ApiName a claim sets. */
    inProgressStatus: z.string().check(z.minLength(1)),
    /** The Case Priority value picked up first ("High Priority cases must be picked up first"). */
    highPriority: z.string().check(z.minLength(1)),
    /** CaseStatus ApiNames offered when closing; null offers every closed status of the org. */
    closedStatuses: z.nullable(z.array(z.string().check(z.minLength(1))).check(z.minLength(1))),
    fields: z.strictObject({
      notes: OptionalField,
      resolutionAction: OptionalField,
      webFormDetails: OptionalField,
      firstResponded: OptionalField,
      timeToFirstResponse: OptionalField,
    }),
    opportunity: CaseOpportunitySchema,
    /** What the handbook fixes on a referral case. */
    referral: z.strictObject({ origin: z.string().check(z.minLength(1)), subject: z.string().check(z.minLength(1)) }),
  }),
  account: z.strictObject({ fields: z.strictObject({ carr: OptionalField, region: OptionalField }) }),
  pools: z.array(PoolSchema).check(z.minLength(1), z.refine((pools) => new Set(pools.map((pool) => pool.key)).size === pools.length, "pool keys must be unique"), z.refine((pools) => new Set(pools.map((pool) => pool.queue.toLowerCase())).size === pools.length, "each pool has its own queue")),
  /** The system user(s) that own pooled accounts by default (AMER's Pooled Sales User): owning is not working. */
  pooledOwner: z.strictObject({ names: z.array(z.string().check(z.minLength(1))), nicknames: z.array(z.string().check(z.minLength(1))) }),
  people: z.strictObject({ region: RegionSourceSchema, manager: ManagerSourceSchema }),
  policy: z.strictObject({
    triggers: TriggerRuleSetSchema,
    cadence: CadenceSchema,
    sla: z.strictObject({
      /** Picked up and answered within this many business hours of entering the queue. */
      businessHours: z.number().check(z.positive(), z.lte(200)),
      /** "At risk" when this little business time is left. */
      atRiskHours: z.number().check(z.gte(0), z.lte(200)),
    }),
    /** Resolve within this many calendar days of opening. */
    resolutionDays: z.int().check(z.gte(1), z.lte(90)),
    pooledAccount: PooledAccountPolicySchema,
    upgrade: UpgradePolicySchema,
  }),
  connection: ConnectionSchema,
  templates: TemplatesSchema,
  outreach: OutreachPolicySchema,
});

export const OrgProfileSchema = OrgProfileBase.check(z.check(templatesFitProfile));

/**
 * The templates must fit the cadence and triggers they serve: a fallback for every
 * step, nothing for a step or trigger that does not exist (a typo would otherwise
 * be a template nobody ever sees). Checked once the cadence itself is sound.
 */
function templatesFitProfile(payload: z.core.ParsePayload<z.infer<typeof OrgProfileBase>>): void {
  const profile = payload.value;
  const steps = profile.policy.cadence.steps;
  if (new Set(steps.map((step) => step.day)).size !== steps.length) return;
  const triggers = new Set(profile.policy.triggers.rules.map((rule) => rule.trigger));
  const pools = new Set(profile.pools.map((pool) => pool.key));
  const problem = (path: (string | number)[], message: string) => payload.issues.push({ code: "custom", path, message, input: profile });

  for (const channel of ["email", "call"] as const) {
    const days = new Set(steps.filter((step) => step.channel === channel).map((step) => String(step.day)));
    const section = profile.templates[channel];
    for (const day of days) {
      if (!section.fallback[day]) problem(["templates", channel, "fallback"], `needs a template for the Day ${day} ${channel}`);
    }
    const unknownDays = (path: (string | number)[], templates: Record<string, unknown>) => {
      for (const day of Object.keys(templates)) {
        if (!days.has(day)) problem([...path, day], `the cadence has no ${channel} step on Day ${day}`);
      }
    };
    unknownDays(["templates", channel, "fallback"], section.fallback);
    for (const [trigger, templates] of Object.entries(section.triggers)) {
      if (!triggers.has(trigger)) problem(["templates", channel, "triggers", trigger], `is not a trigger of policy.triggers`);
      unknownDays(["templates", channel, "triggers", trigger], templates);
    }
  }
  for (const key of Object.keys(profile.outreach.phoneContexts)) {
    if (!pools.has(key)) problem(["outreach", "phoneContexts", key], "is not a pool key");
  }
}

export type OrgProfile = z.infer<typeof OrgProfileSchema>;
export type OrgProfileInput = z.input<typeof OrgProfileSchema>;
export type Pool = z.infer<typeof PoolSchema>;
export type FallbackHours = z.infer<typeof FallbackHoursSchema>;
export type Cadence = z.infer<typeof CadenceSchema>;
export type CadenceStepPlan = z.infer<typeof CadenceStepSchema>;
export type PooledAccountPolicy = z.infer<typeof PooledAccountPolicySchema>;
export type UpgradePolicy = z.infer<typeof UpgradePolicySchema>;
export type Templates = z.infer<typeof TemplatesSchema>;
export type EmailTemplate = z.infer<typeof EmailTemplateSchema>;
export type CallTemplate = z.infer<typeof CallTemplateSchema>;
export type Mailer = z.infer<typeof MailerSchema>;
export type OutreachPolicy = z.infer<typeof OutreachPolicySchema>;
export type CaseOpportunitySource = z.infer<typeof CaseOpportunitySchema>;
export type RegionSource = z.infer<typeof RegionSourceSchema>;
export type ManagerSource = z.infer<typeof ManagerSourceSchema>;
