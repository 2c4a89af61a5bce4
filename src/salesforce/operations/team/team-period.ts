/**
 * The team view over a period (this week, this month, the last 30 days), in ONE
 * Composite of at most 5 queries over the pool's cases (its queue's and its AEs'):
 *
 *   opened      aggregate: cases that entered the pool, per local day (COUNT, DAY_ONLY)
 *   subjects    aggregate: the same cases per Subject and Origin, for cases per trigger
 *   closed      aggregate: cases closed, per Resolution Action and local day
 *   responses   the cases that entered in the period, with their first response: SLA met %
 *               and median time to first response need the business-hours clock per case
 *   resolved    the cases closed in the period: resolved within the target (calendar days, DST-safe)
 */
import type { Connection } from "jsforce";
import * as z from "zod/v4-mini";

import { calendarOfPool } from "../../../domain/pools";
import { countsBy, medianBusinessResponse, perDay, percentOf, resolutionOutcomes, slaOutcomes, teamPeriod, triggerCounts, type PeriodKind, type TeamPeriod } from "../../../domain/team";
import type { OrgContext } from "../../../messaging/org-context";
import type { TeamPeriodAnswer } from "../../../messaging/team";
import { bodiesOrThrow, composite, queryUrl, type Subrequest } from "../../composite";
import { textOf, type OrgNames } from "../../query/org-names";
import { selectList } from "../../query/soql";
import { between, CASE_REF_FIELDS, casesOfPool, localDay } from "../../query/team-soql";
import { nullable, queryResult } from "../case-records";
import { CaseRefRecord, poolRef, teamScope, toCaseRef, type TeamScope } from "./team-scope";

const ROWS = 2000;

const DayGroup = z.looseObject({ day: z.string(), cases: z.number() });
const SubjectGroupRecord = z.looseObject({ Subject: nullable, Origin: nullable, cases: z.number() });
const ClosedGroup = z.looseObject({ action: nullable, day: z.string(), cases: z.number() });
const ResolvedRecord = z.extend(CaseRefRecord, { ClosedDate: z.string() });

/** The owners of the pool's cases: its queue and its AEs. */
export function poolOwners(scope: TeamScope): string[] {
  return [...(scope.queueId ? [scope.queueId] : []), ...scope.members];
}

function periodSubrequests(poolCases: string, period: TeamPeriod, names: OrgNames): Subrequest[] {
  const get = (referenceId: string, soql: string): Subrequest => ({ referenceId, method: "GET", url: queryUrl(soql) });
  const entered = `${poolCases}${between("CreatedDate", period.start, null)}`;
  const closed = `${poolCases} AND IsClosed = true${between("ClosedDate", period.start, null)}`;
  const action = names.field("case.resolutionAction");
  const firstResponded = names.field("case.firstResponded");
  return [
    get("opened", `SELECT ${localDay("CreatedDate")} day, COUNT(Id) cases FROM Case WHERE ${entered} GROUP BY ${localDay("CreatedDate")} LIMIT ${ROWS}`),
    get("subjects", `SELECT Subject, Origin, COUNT(Id) cases FROM Case WHERE ${entered} GROUP BY Subject, Origin LIMIT ${ROWS}`),
    get(
      "closed",
      `SELECT ${action ? `${action} action, ` : ""}${localDay("ClosedDate")} day, COUNT(Id) cases FROM Case WHERE ${closed} ` +
        `GROUP BY ${action ? `${action}, ` : ""}${localDay("ClosedDate")} LIMIT ${ROWS}`,
    ),
    ...(firstResponded ? [get("responses", `SELECT ${selectList([CASE_REF_FIELDS, firstResponded])} FROM Case WHERE ${entered} ORDER BY CreatedDate ASC LIMIT ${ROWS}`)] : []),
    get("resolved", `SELECT ${CASE_REF_FIELDS}, ClosedDate FROM Case WHERE ${closed} ORDER BY ClosedDate ASC LIMIT ${ROWS}`),
  ];
}

function toTeamPeriod(bodies: Map<string, unknown>, org: OrgContext, scope: TeamScope, period: TeamPeriod, names: OrgNames, now: Date): TeamPeriodAnswer {
  const calendar = calendarOfPool(org, scope.pool, now).calendar;
  const opened = queryResult(DayGroup).parse(bodies.get("opened")).records;
  const subjects = queryResult(SubjectGroupRecord).parse(bodies.get("subjects")).records;
  const closed = queryResult(ClosedGroup).parse(bodies.get("closed")).records;
  const resolvedRows = queryResult(ResolvedRecord).parse(bodies.get("resolved")).records;
  const firstRespondedField = names.field("case.firstResponded");
  const responseRows = bodies.has("responses") ? queryResult(CaseRefRecord).parse(bodies.get("responses")).records : null;

  const responses = responseRows?.map((record) => ({ ref: toCaseRef(record), createdDate: record.CreatedDate, firstResponded: textOf(record, firstRespondedField) })) ?? null;
  const sla = responses ? slaOutcomes(responses, { calendar, policy: org.profile.policy.sla }, now) : null;
  const resolution = resolutionOutcomes(
    resolvedRows.map((record) => ({ ref: toCaseRef(record), createdDate: record.CreatedDate, closedDate: record.ClosedDate })),
    org.me.timeZone,
    org.profile.policy.resolutionDays,
  );
  const sum = (groups: ReadonlyArray<{ cases: number }>) => groups.reduce((total, group) => total + group.cases, 0);

  return {
    orgHost: org.orgHost,
    readAt: now.toISOString(),
    pool: poolRef(scope.pool),
    timeZone: org.me.timeZone,
    period: { kind: period.kind, start: period.start.toISOString(), end: period.end.toISOString(), days: period.days },
    sla: sla ? { met: sla.met.map((entry) => entry.ref), missed: sla.missed.map((entry) => entry.ref), running: sla.running.length, percent: percentOf(sla.met.length, sla.met.length + sla.missed.length) } : null,
    firstResponse: responses ? (({ medianMs, answered }) => ({ medianBusinessMs: medianMs, answered }))(medianBusinessResponse(responses, calendar)) : null,
    resolution: {
      targetDays: org.profile.policy.resolutionDays,
      inTime: resolution.inTime.map((entry) => entry.ref),
      late: resolution.late.map((entry) => entry.ref),
      percent: percentOf(resolution.inTime.length, resolvedRows.length),
    },
    perDay: perDay(period.days, opened, closed),
    triggers: triggerCounts(subjects.map((group) => ({ subject: group.Subject, origin: group.Origin, cases: group.cases })), org.profile.policy.triggers),
    resolutionActions: names.field("case.resolutionAction") ? countsBy(closed.map((group) => ({ key: group.action, cases: group.cases }))).map(({ key, cases }) => ({ action: key, cases })) : null,
    totals: { opened: sum(opened), closed: sum(closed) },
    truncated: [opened, subjects, closed, resolvedRows, responseRows ?? []].some((rows) => rows.length >= ROWS),
    notes: [
      ...(firstRespondedField ? [] : ["No first-response field: SLA met % and time to first response are not counted."]),
      ...(names.field("case.resolutionAction") ? [] : ["No Resolution Action field: closed cases are not split by action."]),
    ],
  };
}

function emptyBodies(names: OrgNames): Map<string, unknown> {
  const none = { totalSize: 0, records: [] };
  const keys = ["opened", "subjects", "closed", "resolved", ...(names.field("case.firstResponded") ? ["responses"] : [])];
  return new Map(keys.map((key) => [key, none]));
}

export async function getTeamPeriod(connection: Connection, org: OrgContext, names: OrgNames, poolKey: string | null, kind: PeriodKind, now = new Date()): Promise<TeamPeriodAnswer> {
  const scope = teamScope(org, poolKey);
  const period = teamPeriod(kind, now, org.me.timeZone);
  const poolCases = casesOfPool(org.profile, poolOwners(scope));
  // A pool with no queue and no AEs has no cases: nothing to ask Salesforce.
  const bodies = poolCases ? bodiesOrThrow(await composite(connection, periodSubrequests(poolCases, period, names), false)) : emptyBodies(names);
  return toTeamPeriod(bodies, org, scope, period, names, now);
}
