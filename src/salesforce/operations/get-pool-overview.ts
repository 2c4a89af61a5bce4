/**
 * Everything the toolbar popup shows, in ONE Composite (one API call, 5 queries,
 * the most a Composite allows):
 *
 *   queue           the open cases of my pool's queue (get-queue.ts)
 *   queueAccounts   their accounts' open cases and upgrade opportunities: conflicts
 *   myCases         my open cases with activities and owner history (get-my-cases.ts)
 *   myContacts      their contacts' recent activities
 *   upgrades        active upgrade opportunities: mine, or (the ASM) my pool's AEs'
 *
 * The org context (me, my pool and its members, business hours) comes from the
 * session cache the panel fills, so a popup opened after the panel costs one call.
 */
import type { Connection } from "jsforce";

import type { OrgContext } from "../../messaging/org-context";
import type { PoolOverview } from "../../messaging/pool";
import { bodiesOrThrow, composite, type CompositeResults } from "../composite";
import type { OrgNames } from "../query/org-names";
import { myCasesSubrequests, toMyCaseRows } from "./get-my-cases";
import { queueSubrequests, toQueueRows } from "./get-queue";
import { toUpgrades, upgradesSubrequest } from "./get-upgrade-opportunities";
import { poolClock, type PoolClock } from "./pool-sla";

function poolOverviewSubrequests(org: OrgContext, clock: PoolClock, names: OrgNames) {
  const team = org.me.isManager ? (org.poolMembers[clock.pool.key] ?? []) : [];
  return [...queueSubrequests(clock.pool, org.me.id, names), ...myCasesSubrequests(org.me.id, names), upgradesSubrequest("upgrades", org.me.id, org.profile.policy.upgrade, team)];
}

function bodiesOf(results: CompositeResults): Map<string, unknown> {
  const queueEmpty = results.get("queue")?.status === 200 && (results.get("queue")?.body as { totalSize?: number } | undefined)?.totalSize === 0;
  // An empty queue leaves the accounts subrequest's reference unresolved: that is "no conflicts", not an error.
  if (queueEmpty) results.delete("queueAccounts");
  return bodiesOrThrow(results);
}

function toPoolOverview(results: CompositeResults, org: OrgContext, clock: PoolClock, names: OrgNames, now: Date): PoolOverview {
  const bodies = bodiesOf(results);
  const queue = toQueueRows({ queue: bodies.get("queue"), accounts: bodies.get("queueAccounts") }, { pooledOwnerUserIds: org.pooledOwnerUserIds, clock, names, now });
  const upgrades = toUpgrades(bodies.get("upgrades"), org.me.id, org.profile.policy.upgrade);
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
      team: org.me.isManager ? upgrades.all.filter((opp) => opp.owner.id !== org.me.id) : null,
    },
  };
}

export async function getPoolOverview(connection: Connection, org: OrgContext, names: OrgNames, now = new Date()): Promise<PoolOverview> {
  const clock = poolClock(org, now);
  const results = await composite(connection, poolOverviewSubrequests(org, clock, names), false);
  return toPoolOverview(results, org, clock, names, now);
}
