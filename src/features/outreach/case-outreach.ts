/**
 * What the outreach controls of one case need, from the panel's data and the
 * profile: who to write to and call, the merge values, each step's template and
 * call guidance, the retry a call nobody answered schedules, and today's date for
 * the Task. Pure, so the panel derives it once per render of the case.
 */
import { formatLocalDate, localDateOf, type BusinessCalendar } from "../../domain/business-hours";
import type { CadenceStep } from "../../domain/cadence";
import type { Mailer } from "../../domain/org-profile/schema";
import { nextBusinessDay } from "../../domain/outreach/business-days";
import type { CallOutcome } from "../../domain/outreach/call-outcome";
import type { EmailTemplateText } from "../../domain/outreach/email-draft";
import { mergeTemplate, mergeValuesOf, type MergeValues } from "../../domain/outreach/merge";
import { callTemplateFor, emailTemplateFor } from "../../domain/outreach/step-templates";
import type { TriggerMatch } from "../../domain/trigger/classify-trigger";
import type { Activity, CasePanelData } from "../../messaging/case-panel-data";
import type { OutreachStep } from "./use-log-outreach";

export interface CaseOutreach {
  caseId: string;
  contactId: string | null;
  /** The contact's email and phone as Salesforce holds them. */
  email: string | null;
  phone: string | null;
  /** The pool's phone-context for numbers typed without "+". */
  phoneContext: string | null;
  mailer: Mailer;
  signature: string;
  /** What the trigger calls its detail ("Survey score"), to ask for it by that name. */
  detailLabel: string | null;
  callOutcomes: Record<CallOutcome, string>;
  /** The open Task a call nobody answered offers: the next business day, the profile's subject. */
  retry: { activityDate: string; subject: string };
  /** The AE's local date: the logged Task's ActivityDate. */
  today: string;
  timeZone: string;
  /** The activities the panel loaded, for each step's timeline. */
  activities: readonly Activity[];
  emailTemplate(day: number): EmailTemplateText | null;
  callGuidance(day: number): string | null;
  /** The merge values of a step's email: the case's, and the step's day. */
  valuesFor(day: number): MergeValues;
  /** The step as the log request names it. */
  stepOf(step: Pick<CadenceStep, "day">): OutreachStep;
}

export interface CaseOutreachContext {
  trigger: TriggerMatch;
  /** The calendar of the case's pool: the retry falls on its next business day. */
  calendar: BusinessCalendar;
  /** The AE's zone. */
  timeZone: string;
  /** The case's pool, for its phone-context. */
  poolKey: string;
  now: Date;
}

export function caseOutreachOf(data: CasePanelData, { trigger, calendar, timeZone, poolKey, now }: CaseOutreachContext): CaseOutreach {
  const { templates, outreach } = data.org.profile;
  const detail = data.case;
  const contact = detail.contact;
  const today = formatLocalDate(localDateOf(now, timeZone));
  const values = mergeValuesOf({
    contactFirstName: contact?.firstName ?? null,
    accountName: data.account?.name ?? detail.account?.name ?? null,
    caseNumber: detail.caseNumber,
    caseSubject: detail.subject,
    trigger,
    webFormDetails: detail.webFormDetails,
    description: detail.description,
    aeName: data.org.me.name,
  });
  return {
    caseId: detail.id,
    contactId: contact?.id ?? null,
    email: contact?.email ?? null,
    phone: contact?.phone ?? null,
    phoneContext: outreach.phoneContexts[poolKey] ?? null,
    mailer: templates.mailer,
    signature: templates.signature,
    detailLabel: trigger.kind === "classified" ? (trigger.detail?.label ?? null) : null,
    callOutcomes: outreach.callOutcomes,
    retry: { activityDate: nextBusinessDay(calendar, now), subject: mergeTemplate(templates.call.retrySubject, { CaseNumber: detail.caseNumber }, { oneLine: true }).text },
    today,
    timeZone,
    activities: data.activities,
    emailTemplate: (day) => emailTemplateFor(templates, trigger, day)?.template ?? null,
    callGuidance: (day) => callTemplateFor(templates, trigger, day)?.template.guidance ?? null,
    valuesFor: (day) => ({ ...values, CadenceDay: String(day) }),
    stepOf: ({ day }) => ({ caseId: detail.id, contactId: contact?.id ?? null, day, activityDate: today }),
  };
}
