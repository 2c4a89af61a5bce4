/**
 * Everything the case panel derives from the worker's data and the clock: the
 * trigger, cadence steps, SLA and resolution clocks, and the cheat sheet of the
 * step the case is in. Pure (no React, no chrome), so it is tested on its own.
 */
import { DEFAULT_PROFILE } from "../../domain/org-profile";
import { poolCalendar, type BusinessCalendar } from "../../domain/business-hours";
import { caseStep, cheatSheet } from "../../domain/cheat-sheet";
import { closedStatusesOf } from "../../domain/close-readiness";
import { caseClocks } from "../../domain/case-clocks";
import { sameId } from "../../domain/salesforce-id";
import { slaClock } from "../../domain/sla";
import { classifyTrigger } from "../../domain/trigger/classify-trigger";
import type { CasePanelData } from "../../messaging/case-panel-data";

const FALLBACK_TIME_ZONE = "America/New_York";

/** The org's default business hours; when the org has none (or they don't parse), the region's policy. */
export function businessCalendar(data: CasePanelData, now: Date): { calendar: BusinessCalendar; source: "org" | "region" } {
  return poolCalendar(data.org, data.account?.region ?? data.org.me.region, now);
}

/** Who holds the case: me, the pool (a queue or a Pooled Sales User), or another AE. */
export function ownershipOf(data: CasePanelData): { mine: boolean; ownerIsPooledUser: boolean; inPool: boolean } {
  const owner = data.case.owner;
  const ownerIsPooledUser = data.org.pooledOwnerUserIds.some((id) => sameId(id, owner.id));
  return { mine: sameId(owner.id, data.org.me.id), ownerIsPooledUser, inPool: owner.isQueue || ownerIsPooledUser };
}

export function deriveCaseView(data: CasePanelData, now: Date) {
  const detail = data.case;
  const timeZone = data.org.me.timeZone ?? data.org.businessHours?.TimeZoneSidKey ?? FALLBACK_TIME_ZONE;
  const { calendar, source: calendarSource } = businessCalendar(data, now);
  const { mine, ownerIsPooledUser, inPool } = ownershipOf(data);
  const claimed = !inPool;
  // A queue-to-Pooled-Sales-User move (or a First Responded stamp) is not a claim: no AE
  // owns the case yet, so its cadence stays a preview, as the checklist and cheat sheet say.
  const claimedAt = claimed && detail.claimedAt ? new Date(detail.claimedAt) : null;

  const { cadence, nextStep, resolution } = caseClocks({
    claimedAt,
    openedAt: new Date(detail.createdDate),
    closedAt: detail.isClosed && detail.closedDate ? new Date(detail.closedDate) : null,
    activities: data.activities,
    now,
    timeZone,
  });
  const step = caseStep({ isClosed: detail.isClosed, ownerIsQueue: detail.owner.isQueue, ownerIsPooledUser, resolutionAction: detail.resolutionAction });

  return {
    trigger: classifyTrigger({ subject: detail.subject, origin: detail.origin }, DEFAULT_PROFILE.policy.triggers),
    timeZone,
    calendarSource,
    isMine: mine,
    claimed,
    cadence,
    nextStep,
    sla: slaClock({
      enteredQueueAt: new Date(detail.createdDate),
      respondedAt: detail.firstRespondedDate ? new Date(detail.firstRespondedDate) : null,
      now,
      calendar,
    }),
    resolution,
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
      closedStatuses: closedStatusesOf(data.org.statuses),
      relatedOpportunity: detail.relatedOpportunity ? { isClosed: detail.relatedOpportunity.isClosed } : null,
    }),
  };
}

export type CaseView = ReturnType<typeof deriveCaseView>;
