/**
 * "My cases", ordered by what needs me first: an overdue cadence step or an
 * overdue 7-day target before anything due today, before the rest; within a tier
 * the earliest due first, then the high priority, then the oldest case. Each case
 * shows its next cadence step (Day 1 email, Day 3 call, ...) and when it is due,
 * the days left of the resolution target, and the SLA state, from the domain's
 * clocks with the profile's policy.
 */
import { cadencePlanOf, type CadenceStep } from "../../domain/cadence";
import { caseClocks } from "../../domain/case-clocks";
import { calendarOfPool, workingPool } from "../../domain/pools";
import { isHighPriority } from "../../domain/queue";
import type { ResolutionClock } from "../../domain/resolution";
import { classifyTrigger, type TriggerMatch } from "../../domain/trigger/classify-trigger";
import type { OrgContext } from "../../messaging/org-context";
import type { MyCaseRow } from "../../messaging/pool";
import { dayCount } from "../../shared/format";

export interface MyCaseItem {
  row: MyCaseRow;
  trigger: TriggerMatch;
  /** The first step not done yet; null when all are done. */
  next: CadenceStep | null;
  resolution: ResolutionClock;
  /** 0: something is overdue, 1: due today, 2: nothing due yet. */
  tier: 0 | 1 | 2;
}

function tierOf(next: CadenceStep | null, resolution: ResolutionClock): MyCaseItem["tier"] {
  if (next?.state === "overdue" || resolution.state === "overdue") return 0;
  if (next?.state === "due" || resolution.state === "due-today") return 1;
  return 2;
}

export function myCasesView(rows: readonly MyCaseRow[], org: OrgContext, now: Date): MyCaseItem[] {
  const { policy } = org.profile;
  const high = org.profile.case.highPriority;
  const calendar = calendarOfPool(org, workingPool(org), now).calendar;
  const itemOf = (row: MyCaseRow): MyCaseItem => {
    // Day 1 is the claim; a case that never sat in a queue starts when it was opened.
    const claimedAt = new Date(row.claimedAt ?? row.createdDate);
    const { nextStep: next, resolution } = caseClocks({
      claimedAt,
      openedAt: new Date(row.createdDate),
      closedAt: null,
      activities: row.activities,
      now,
      timeZone: org.me.timeZone,
      plan: cadencePlanOf(policy.cadence),
      resolutionDays: policy.resolutionDays,
      calendar,
      whenPastTarget: org.profile.outreach.whenPastTarget,
    });
    return { row, trigger: classifyTrigger({ subject: row.subject, origin: row.origin }, policy.triggers), next, resolution, tier: tierOf(next, resolution) };
  };
  const dueOf = (item: MyCaseItem) => item.next?.date ?? "9999-12-31";
  const compare = (a: MyCaseItem, b: MyCaseItem) =>
    a.tier - b.tier ||
    dueOf(a).localeCompare(dueOf(b)) ||
    a.resolution.dueAt.getTime() - b.resolution.dueAt.getTime() ||
    Number(isHighPriority(b.row.priority, high)) - Number(isHighPriority(a.row.priority, high)) ||
    a.row.createdDate.localeCompare(b.row.createdDate);
  return rows.map(itemOf).sort(compare);
}

const KIND = { email: "email", call: "call" } as const;

/** "Day 3 call: overdue since Mon, Nov 16" and the like, for the row. */
export function nextStepText(next: CadenceStep | null, formatDay: (date: string) => string): string {
  if (!next) return "Cadence complete: every touch done";
  const step = `Day ${next.day} ${KIND[next.kind]}`;
  if (next.state === "overdue") return `${step}: overdue (was due ${formatDay(next.date)})`;
  if (next.state === "due") return `${step}: due today`;
  return `${step}: due ${formatDay(next.date)}`;
}

export function resolutionText(clock: ResolutionClock, days: number): string {
  if (clock.state === "overdue") return `${days}-day target missed by ${dayCount(clock.overdueByDays)}`;
  if (clock.state === "due-today") return `${days}-day target: due today`;
  return `${dayCount(clock.daysLeft)} left of ${days}`;
}
