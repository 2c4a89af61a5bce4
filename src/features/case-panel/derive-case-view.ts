/**
 * Everything the case panel derives from the worker's data and the clock: the
 * trigger, cadence steps, SLA and resolution clocks, and the cheat sheet of the
 * step the case is in. Pure (no React, no chrome), so it is tested on its own.
 */
import {
  calendarFor,
  calendarFromBusinessHoursRecord,
  type BusinessCalendar,
} from "../../domain/business-hours";
import { cadenceChecklist, nextCadenceStep } from "../../domain/cadence";
import { caseStep, cheatSheet } from "../../domain/cheat-sheet";
import { resolutionClock } from "../../domain/resolution";
import { slaClock } from "../../domain/sla";
import { classifyTrigger } from "../../domain/trigger/classify-trigger";
import type { CasePanelData } from "../../messaging/case-panel-data";

const FALLBACK_TIME_ZONE = "America/New_York";

/** The org's default business hours; when the org has none (or they don't parse), the region's policy. */
export function businessCalendar(data: CasePanelData, now: Date): { calendar: BusinessCalendar; source: "org" | "region" } {
  const region = (data.account?.region ?? data.org.me.region) === "EMEA" ? "EMEA" : "AMER";
  let orgCalendar: BusinessCalendar | null = null;
  try {
    orgCalendar = data.org.businessHours ? calendarFromBusinessHoursRecord(data.org.businessHours, data.org.holidays, now) : null;
  } catch {
    orgCalendar = null;
  }
  return { calendar: calendarFor(orgCalendar, region), source: orgCalendar ? "org" : "region" };
}

export function deriveCaseView(data: CasePanelData, now: Date) {
  const detail = data.case;
  const timeZone = data.org.me.timeZone ?? data.org.businessHours?.TimeZoneSidKey ?? FALLBACK_TIME_ZONE;
  const { calendar, source: calendarSource } = businessCalendar(data, now);
  const ownerIsPooledUser = data.org.pooledOwnerUserIds.includes(detail.owner.id);
  const claimed = !detail.owner.isQueue && !ownerIsPooledUser;
  // A queue-to-Pooled-Sales-User move (or a First Responded stamp) is not a claim: no AE
  // owns the case yet, so its cadence stays a preview, as the checklist and cheat sheet say.
  const claimedAt = claimed && detail.claimedAt ? new Date(detail.claimedAt) : null;

  const cadence = cadenceChecklist({
    claimedAt,
    activities: data.activities.map((activity) => ({ id: activity.id, kind: activity.kind, at: new Date(activity.at) })),
    now,
    timeZone,
  });
  const step = caseStep({ isClosed: detail.isClosed, ownerIsQueue: detail.owner.isQueue, ownerIsPooledUser, resolutionAction: detail.resolutionAction });
  const closedStatuses = data.org.statuses.filter((status) => status.isClosed).map(({ value, label }) => ({ value, label }));

  return {
    trigger: classifyTrigger({ subject: detail.subject, origin: detail.origin }),
    timeZone,
    calendarSource,
    isMine: detail.owner.id === data.org.me.id,
    claimed,
    cadence,
    nextStep: nextCadenceStep(cadence),
    sla: slaClock({
      enteredQueueAt: new Date(detail.createdDate),
      respondedAt: detail.firstRespondedDate ? new Date(detail.firstRespondedDate) : null,
      now,
      calendar,
    }),
    resolution: resolutionClock({
      openedAt: new Date(detail.createdDate),
      closedAt: detail.isClosed && detail.closedDate ? new Date(detail.closedDate) : null,
      now,
      timeZone,
    }),
    step,
    cheatSheet: cheatSheet(step, {
      ownerId: detail.owner.id,
      currentUserId: data.org.me.id,
      status: detail.status,
      reason: detail.reason,
      contactId: detail.contact?.id ?? null,
      notes: detail.notes,
      activityCount: data.activities.length,
      resolutionAction: detail.resolutionAction,
      closedStatuses,
      relatedOpportunity: detail.relatedOpportunity ? { isClosed: detail.relatedOpportunity.isClosed } : null,
    }),
  };
}

export type CaseView = ReturnType<typeof deriveCaseView>;
