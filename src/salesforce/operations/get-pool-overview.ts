/**
 * Everything the toolbar popup shows, in ONE Composite (one API call, 5 queries,
 * the most a Composite allows):
 *
 *   queue           a page of my pool's queue in the handbook's order (get-queue.ts)
 *   teamCases       the open pooled cases the pools' AEs own: conflicts on the rows' accounts
 *   myCases         my open cases with activities and owner history (get-my-cases.ts)
 *   myContacts      their contacts' recent activities
 *   upgrades        the active upgrade opportunities the pools' AEs own: mine, the
 *                   ASM's team view, and the other conflict on the rows' accounts
 *
 * Each is bounded by what is shown or by what the team owns, never by the queue's
 * size. The org context (me, my pool and its members, business hours) comes from
 * the session cache the panel fills, so a popup opened after the panel costs one call.
 */
import type { Connection } from "jsforce";

import type { OrgContext } from "../../messaging/org-context";
import type { PoolOverview } from "../../messaging/pool";
import { bodiesOrThrow, composite, type CompositeResults } from "../composite";
import type { OrgNames } from "../query/org-names";
import { toId18 } from "../../domain/salesforce-id";
import { myCasesSubrequests, toMyCaseRows } from "./get-my-cases";
import { queueSubrequests, teamOwnerFilter, toQueueRows } from "./get-queue";
import { toUpgrades, upgradesOfSubrequest } from "./get-upgrade-opportunities";
import { poolClock, type PoolClock } from "./pool-sla";

/** Every pool's members (and me): whose open cases and upgrade opportunities the popup reads. */
const everyMember = (org: OrgContext) => [...new Set([org.me.id, ...Object.values(org.poolMembers).flat()].map(toId18))];

function poolOverviewSubrequests(org: OrgContext, clock: PoolClock, names: OrgNames, rows: number | undefined) {
  const members = everyMember(org);
  return [
    ...queueSubrequests({ pool: clock.pool, meId: org.me.id, members, pooledOwnerUserIds: org.pooledOwnerUserIds, names, rows }),
    ...myCasesSubrequests(org.me.id, names),
    upgradesOfSubrequest("upgrades", teamOwnerFilter(members, org.pooledOwnerUserIds), org.profile.policy.upgrade),
  ];
}

function toPoolOverview(results: CompositeResults, org: OrgContext, clock: PoolClock, names: OrgNames, now: Date, rows: number | undefined): PoolOverview {
  const bodies = bodiesOrThrow(results);
  const upgrades = toUpgrades(bodies.get("upgrades"), org.me.id, org.profile.policy.upgrade);
  const opportunities = upgrades.all.map((opp) => ({ id: opp.id, name: opp.name, nextStep: opp.nextStep, accountId: opp.account?.id ?? null, owner: opp.owner }));
  const queue = toQueueRows({ queue: bodies.get("queue"), teamCases: bodies.get("teamCases"), opportunities }, { pooledOwnerUserIds: org.pooledOwnerUserIds, meId: org.me.id, clock, names, now, rows });
  const myTeam = new Set((org.poolMembers[clock.pool.key] ?? []).map(toId18));
  const { pool } = clock;
  return {
    orgHost: org.orgHost,
    readAt: now.toISOString(),
    me: { id: org.me.id, name: org.me.name, timeZone: org.me.timeZone, isManager: org.me.isManager },
    pool: { key: pool.key, label: pool.label, region: pool.region, scope: pool.scope, member: org.me.poolKey === pool.key },
    queue: queue.rows,
    queueTruncated: queue.truncated,
    myCases: toMyCaseRows({ cases: bodies.get("myCases"), contacts: bodies.get("myContacts") }, clock, names, now),
    upgrades: {
      cap: pool.upgradeCap,
      mark: org.profile.policy.upgrade.mark,
      mine: upgrades.mine,
      team: org.me.isManager ? upgrades.all.filter((opp) => opp.owner.id !== org.me.id && myTeam.has(opp.owner.id)) : null,
    },
  };
}

/** The popup's data; `rows` is how many queue rows the AE asked to see (default a page). */
export async function getPoolOverview(connection: Connection, org: OrgContext, names: OrgNames, now = new Date(), rows?: number): Promise<PoolOverview> {
  const clock = poolClock(org, now);
  const results = await composite(connection, poolOverviewSubrequests(org, clock, names, rows), false);
  return toPoolOverview(results, org, clock, names, now, rows);
}
