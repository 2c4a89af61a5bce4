/**
 * Everything the case panel derives from the worker's data and the clock: the
 * trigger, cadence steps, SLA and resolution clocks, and the cheat sheet of the
 * step the case is in, each by the org profile's policy. Pure (no React, no
 * chrome), so it is tested on its own.
 */
import type { BusinessCalendar } from "../../domain/business-hours";
import { cadencePlanOf } from "../../domain/cadence";
import { caseClocks } from "../../domain/case-clocks";
import { caseStep, cheatSheet } from "../../domain/cheat-sheet";
import { closedStatusesOf } from "../../domain/close-readiness";
import type { Pool } from "../../domain/org-profile";
import { calendarOfPool, poolOfQueue, poolOfUser, workingPool } from "../../domain/pools";
import { poolQueueTest, queueEntry, slaClock, slaResponse, type QueueEntry } from "../../domain/sla";
import { sameId } from "../../domain/salesforce-id";
import { classifyTrigger } from "../../domain/trigger/classify-trigger";
import type { CasePanelData } from "../../messaging/case-panel-data";
import { ownershipOf } from "../../shared/case-panel/case-version";

/** The pool whose clocks the case runs on: the pool of the queue or AE that holds it, else mine. */
export function poolOfCase(data: CasePanelData): Pool {
  const owner = data.case.owner;
  return (owner.isQueue ? poolOfQueue(data.org, owner.id) : poolOfUser(data.org, owner.id)) ?? workingPool(data.org);
}

/** The pool's business hours; when the org has none for it (or they don't parse), the pool's policy hours. */
export function businessCalendar(data: CasePanelData, now: Date): { calendar: BusinessCalendar; source: "org" | "policy" } {
  return calendarOfPool(data.org, poolOfCase(data), now);
}

/**
 * When the case's SLA clock started (its latest entry into a pool queue, from the
 * owner history the panel read) and the response that answers that clock.
 */
export function slaStartOf(data: CasePanelData): { entry: QueueEntry; respondedAt: Date | null } {
  const detail = data.case;
  const changes = detail.ownerHistory.changes.map((change) => ({ at: new Date(change.at), from: change.from, to: change.to }));
  const entry = queueEntry({
    createdAt: new Date(detail.createdDate),
    changes,
    truncated: detail.ownerHistory.truncated,
    currentOwnerId: detail.owner.id,
    isPoolQueue: poolQueueTest(Object.values(data.org.poolQueues)),
  });
  const respondedAt = slaResponse({
    entry,
    firstRespondedAt: detail.firstRespondedDate ? new Date(detail.firstRespondedDate) : null,
    hasFirstResponded: data.org.fields["case.firstResponded"] !== null,
    isPooledOwner: (id) => data.org.pooledOwnerUserIds.some((pooled) => sameId(pooled, id)),
  });
  return { entry, respondedAt };
}

export function deriveCaseView(data: CasePanelData, now: Date) {
  const detail = data.case;
  const { profile } = data.org;
  const policy = profile.policy;
  const timeZone = data.org.me.timeZone;
  const { calendar, source: calendarSource } = businessCalendar(data, now);
  const { mine, ownerIsPooledUser, inPool } = ownershipOf(data);
  const claimed = !inPool;
  // A queue-to-Pooled-Sales-User move (or a First Responded stamp) is not a claim: no AE
  // owns the case yet, so its cadence stays a preview, as the checklist and cheat sheet say.
  const claimedAt = claimed && detail.claimedAt ? new Date(detail.claimedAt) : null;
  const slaStart = slaStartOf(data);

  const { cadence, nextStep, resolution, target } = caseClocks({
    claimedAt,
    openedAt: new Date(detail.createdDate),
    closedAt: detail.isClosed && detail.closedDate ? new Date(detail.closedDate) : null,
    activities: data.activities,
    now,
    timeZone,
    plan: cadencePlanOf(policy.cadence),
    resolutionDays: policy.resolutionDays,
    calendar,
    whenPastTarget: profile.outreach.whenPastTarget,
  });
  const step = caseStep({ isClosed: detail.isClosed, ownerIsQueue: detail.owner.isQueue, ownerIsPooledUser, resolutionAction: detail.resolutionAction });
  const inProgress = data.org.statuses.find((status) => status.value === profile.case.inProgressStatus) ?? { value: profile.case.inProgressStatus, label: profile.case.inProgressStatus };
  const fields = data.org.fields;

  return {
    trigger: classifyTrigger({ subject: detail.subject, origin: detail.origin }, policy.triggers),
    timeZone,
    calendar,
    calendarSource,
    isMine: mine,
    claimed,
    cadence,
    nextStep,
    cadenceTarget: target,
    sla: slaClock({ enteredQueueAt: slaStart.entry.at, respondedAt: slaStart.respondedAt, now, calendar, policy: policy.sla }),
    slaStart: slaStart.entry,
    slaPolicy: policy.sla,
    resolutionDays: policy.resolutionDays,
    resolution,
    step,
    cheatSheet: cheatSheet(step, {
      ownerId: detail.owner.id,
      currentUserId: data.org.me.id,
      status: detail.status,
      inProgress: { value: inProgress.value, label: inProgress.label },
      reason: detail.reason,
      contactId: detail.contact?.id ?? null,
      notes: detail.notes,
      activityCount: data.activities.length,
      resolutionAction: detail.resolutionAction,
      closedStatuses: closedStatusesOf(data.org.statuses, profile.case.closedStatuses),
      relatedOpportunity: detail.relatedOpportunity ? { isClosed: detail.relatedOpportunity.isClosed } : null,
      fieldsOff: [...(fields["case.notes"] ? [] : ["notes" as const]), ...(fields["case.resolutionAction"] ? [] : ["resolution-action" as const])],
    }),
  };
}

export type CaseView = ReturnType<typeof deriveCaseView>;
