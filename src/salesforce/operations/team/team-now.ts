/**
 * The team view "right now", in ONE Composite (one API call, at most 5 queries):
 *
 *   waiting        aggregate: the queue's waiting cases by priority and local day opened (COUNT, MIN)
 *   slaWatch       the waiting cases old enough (wall clock) to be at risk, or already answered:
 *                  a superset the panel's SLA clock then decides case by case
 *   teamCases      the open pooled cases of the pool's AEs, with activities and owner history
 *   teamContacts   their contacts' recent activities (the cadence ticks on those too)
 *   upgrades       the AEs' active upgrade opportunities (LIKE pre-filters, the domain decides)
 *   member-N       each AE's name (sObject reads: not queries), so an AE with nothing open is listed too
 *
 * Business time is spent only in open hours, so a case whose wall-clock age is
 * below the at-risk threshold cannot be at risk: the slaWatch bound loses nothing.
 */
import type { Connection } from "jsforce";
import * as z from "zod/v4-mini";

import { HOUR_MS, localDateOf } from "../../../domain/business-hours";
import { cadencePlanOf } from "../../../domain/cadence";
import { calendarOfPool } from "../../../domain/pools";
import { toId18 } from "../../../domain/salesforce-id";
import { slaWatch, teamLoad, waitingMatrix } from "../../../domain/team";
import type { OrgContext } from "../../../messaging/org-context";
import type { TeamNow } from "../../../messaging/team";
import { bodiesOrThrow, composite, dataPath, queryUrl, type Subrequest } from "../../composite";
import { textOf, type OrgNames } from "../../query/org-names";
import { upgradeLike } from "../../query/pooled-soql";
import { selectList, soqlId, soqlList } from "../../query/soql";
import { CASE_REF_FIELDS, casesOfPool, localDay, soqlDateTime, waitingInPool } from "../../query/team-soql";
import { childRecords, nullable, queryResult, TaskRecordSchema } from "../case-records";
import { CASE_ACTIVITY_SUBQUERIES, claimedAt, contactActivitiesSoql, ContactTasks, HistoryRecord, mergedActivities } from "../get-case-panel";
import { toUpgrades, UPGRADE_FIELDS } from "../get-upgrade-opportunities";
import { CaseRefRecord, poolRef, teamScope, toCaseRef, type TeamScope } from "./team-scope";

const ROWS = 2000;
/** Composite's limit is 25 subrequests; 5 are queries. */
const MAX_NAMED_MEMBERS = 20;

const WaitingGroupRecord = z.looseObject({ Priority: nullable, openedOn: z.string(), cases: z.number(), oldest: z.nullable(z.string()) });
const SlaRecord = CaseRefRecord;
const TeamCaseRecord = z.extend(CaseRefRecord, { OwnerId: z.string(), ContactId: nullable, Tasks: childRecords(TaskRecordSchema), Histories: childRecords(HistoryRecord) });
const UserName = z.looseObject({ Id: z.string(), Name: nullable });

function openTeamCases(org: OrgContext, scope: TeamScope): string | null {
  const owners = casesOfPool(org.profile, scope.members);
  return owners ? `IsClosed = false AND ${owners}` : null;
}

function teamNowSubrequests(org: OrgContext, scope: TeamScope, names: OrgNames, now: Date): Subrequest[] {
  const get = (referenceId: string, soql: string): Subrequest => ({ referenceId, method: "GET", url: queryUrl(soql) });
  const firstResponded = names.field("case.firstResponded");
  const { sla } = org.profile.policy;
  const atRiskAfter = new Date(now.getTime() - Math.max(0, sla.businessHours - sla.atRiskHours) * HOUR_MS);
  const waiting = waitingInPool(scope.pool);
  const subrequests = [
    get(
      "waiting",
      `SELECT Priority, ${localDay("CreatedDate")} openedOn, COUNT(Id) cases, MIN(CreatedDate) oldest FROM Case WHERE ${waiting} ` +
        `GROUP BY Priority, ${localDay("CreatedDate")} ORDER BY Priority LIMIT ${ROWS}`,
    ),
    get(
      "slaWatch",
      `SELECT ${selectList([CASE_REF_FIELDS, firstResponded])} FROM Case WHERE ${waiting} ` +
        `AND (CreatedDate <= ${soqlDateTime(atRiskAfter, "up")}${firstResponded ? ` OR ${firstResponded} != null` : ""}) ORDER BY CreatedDate ASC LIMIT ${ROWS}`,
    ),
  ];
  const open = openTeamCases(org, scope);
  if (!open) return subrequests;
  const members = soqlList(scope.members, soqlId);
  return [
    ...subrequests,
    get("teamCases", `SELECT ${selectList([CASE_REF_FIELDS, "OwnerId", "ContactId", firstResponded])}, ${CASE_ACTIVITY_SUBQUERIES} FROM Case WHERE ${open} ORDER BY CreatedDate ASC LIMIT ${ROWS}`),
    get("teamContacts", contactActivitiesSoql(open)),
    get("upgrades", `SELECT ${UPGRADE_FIELDS} FROM Opportunity WHERE IsClosed = false AND ${upgradeLike(org.profile.policy.upgrade)} AND OwnerId IN ${members} ORDER BY CreatedDate ASC LIMIT ${ROWS}`),
    ...scope.members.slice(0, MAX_NAMED_MEMBERS).map((id, index): Subrequest => ({ referenceId: `member${index}`, method: "GET", url: dataPath(`/sobjects/User/${id}?fields=Id,Name`) })),
  ];
}

function toTeamNow(bodies: Map<string, unknown>, org: OrgContext, scope: TeamScope, names: OrgNames, now: Date): TeamNow {
  const { pool } = scope;
  const calendar = calendarOfPool(org, pool, now).calendar;
  const firstRespondedField = names.field("case.firstResponded");
  const waitingGroups = queryResult(WaitingGroupRecord).parse(bodies.get("waiting")).records;
  const matrix = waitingMatrix(
    waitingGroups.map((group) => ({ priority: group.Priority, openedOn: group.openedOn, cases: group.cases })),
    localDateOf(now, org.me.timeZone),
    org.profile.case.highPriority,
  );
  const oldest = waitingGroups.map((group) => group.oldest).filter((value): value is string => value !== null).sort()[0] ?? null;

  const slaRows = queryResult(SlaRecord).parse(bodies.get("slaWatch")).records;
  const watch = slaWatch(
    slaRows.map((record) => ({ ref: toCaseRef(record), createdDate: record.CreatedDate, firstResponded: textOf(record, firstRespondedField) })),
    { calendar, policy: org.profile.policy.sla },
    now,
  );

  const hasTeam = bodies.has("teamCases");
  const teamRows = hasTeam ? queryResult(TeamCaseRecord).parse(bodies.get("teamCases")).records : [];
  const contacts = hasTeam ? new Map(queryResult(ContactTasks).parse(bodies.get("teamContacts")).records.map((contact) => [toId18(contact.Id), contact.Tasks])) : new Map();
  const teamCases = teamRows.map((record) => ({
    ref: toCaseRef(record),
    ownerId: toId18(record.OwnerId),
    claimedAt: claimedAt(record.Histories, textOf(record, firstRespondedField), false),
    activities: mergedActivities(record.Tasks, record.ContactId ? (contacts.get(toId18(record.ContactId)) ?? []) : []).map(({ kind, at }) => ({ kind, at })),
  }));
  const load = teamLoad(scope.members, teamCases, { plan: cadencePlanOf(org.profile.policy.cadence), calendar, timeZone: org.me.timeZone, now });
  const upgrades = hasTeam ? toUpgrades(bodies.get("upgrades"), org.me.id, org.profile.policy.upgrade).all : [];
  const nameOf = new Map<string, string | null>();
  for (const [referenceId, body] of bodies) {
    if (!referenceId.startsWith("member")) continue;
    const user = UserName.parse(body);
    nameOf.set(toId18(user.Id), user.Name);
  }
  const truncated = [waitingGroups, slaRows, teamRows].some((rows) => rows.length >= ROWS);

  return {
    orgHost: org.orgHost,
    readAt: now.toISOString(),
    viewer: { name: org.me.name, timeZone: org.me.timeZone, isManager: org.me.isManager, pools: scope.viewerPools.map(poolRef) },
    pool: poolRef(pool),
    waiting: { total: matrix.total, oldest, priorities: matrix.priorities, bands: matrix.bands },
    sla: { atRisk: watch.atRisk.map((entry) => entry.ref), breached: watch.breached.map((entry) => entry.ref), policyHours: org.profile.policy.sla.businessHours, atRiskHours: org.profile.policy.sla.atRiskHours },
    members: load.map((member) => {
      const id = toId18(member.memberId);
      return {
        person: { id, name: nameOf.get(id) ?? member.openCases[0]?.ref.owner ?? null },
        openCases: member.openCases.map((open) => open.ref),
        overdueSteps: member.overdueSteps.map((step) => ({ case: step.case.ref, day: step.day, kind: step.kind, date: step.date })),
        upgrades: upgrades.filter((opp) => opp.owner.id === id).map((opp) => ({ id: opp.id, name: opp.name, createdDate: opp.createdDate })),
      };
    }),
    upgradeCap: pool.upgradeCap,
    truncated,
    notes: [
      ...(org.poolQueues[pool.key] ? [] : [`The org has no queue ${pool.queue}: nothing waits in ${pool.label}.`]),
      ...(scope.members.length ? [] : [`Nobody is a member of ${pool.label} yet.`]),
      ...(scope.members.length > MAX_NAMED_MEMBERS ? [`Only the first ${MAX_NAMED_MEMBERS} AEs are named.`] : []),
      ...(firstRespondedField ? [] : ["No first-response field: a waiting case answered and put back counts by its wait alone."]),
    ],
  };
}

export async function getTeamNow(connection: Connection, org: OrgContext, names: OrgNames, poolKey: string | null, now = new Date()): Promise<TeamNow> {
  const scope = teamScope(org, poolKey);
  const results = await composite(connection, teamNowSubrequests(org, scope, names, now), false);
  return toTeamNow(bodiesOrThrow(results), org, scope, names, now);
}
