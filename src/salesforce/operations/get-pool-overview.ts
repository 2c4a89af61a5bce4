/**
 * Everything the toolbar popup shows, in ONE Composite (one API call, 5 queries,
 * the most a Composite allows, and one sObject read):
 *
 *   me              my Pooled_Role__c (the ASM gets the team's upgrade opportunities)
 *   queue           the open cases of my pool's queue (get-queue.ts)
 *   queueAccounts   their accounts' open cases and upgrade opportunities: conflicts
 *   myCases         my open cases with activities and owner history (get-my-cases.ts)
 *   myContacts      their contacts' recent activities
 *   upgrades        active Ultimate Upgrade opportunities: mine, or the AMER team's
 *
 * The org context (me, business hours) comes from the session cache the panel
 * fills, so a popup opened after the panel costs exactly one API call.
 */
import type { Connection } from "jsforce";
import * as z from "zod";

import { ULTIMATE_UPGRADE_CAP } from "../../domain/upgrade-cap";
import type { OrgContext } from "../../messaging/case-panel-data";
import type { PoolOverview } from "../../messaging/pool";
import { bodiesOrThrow, composite, dataPath, type CompositeResults } from "../composite";
import { myCasesSubrequests, toMyCaseRows } from "./get-my-cases";
import { queueSubrequests, toQueueRows } from "./get-queue";
import { ASM_ROLE, toUpgrades, upgradesSubrequest } from "./get-upgrade-opportunities";
import { FALLBACK_TIME_ZONE } from "./local-date";
import { poolCalendar, poolOf } from "./pool-sla";

const MeRecord = z.object({ Pooled_Role__c: z.string().nullable().optional() });

function poolOverviewSubrequests(org: OrgContext) {
  const pool = poolOf(org.me.region);
  return [
    { referenceId: "me", method: "GET" as const, url: dataPath(`/sobjects/User/${org.me.id}?fields=Pooled_Role__c`) },
    ...queueSubrequests(pool, org.me.id),
    ...myCasesSubrequests(org.me.id),
    upgradesSubrequest("upgrades", org.me.id, pool.region === "AMER" ? { region: "AMER" } : null),
  ];
}

function bodiesOf(results: CompositeResults): Map<string, unknown> {
  const queueEmpty = results.get("queue")?.status === 200 && (results.get("queue")?.body as { totalSize?: number } | undefined)?.totalSize === 0;
  // An empty queue leaves the accounts subrequest's reference unresolved: that is "no conflicts", not an error.
  if (queueEmpty) results.delete("queueAccounts");
  return bodiesOrThrow(results);
}

function toPoolOverview(results: CompositeResults, org: OrgContext, apiHost: string, now: Date): PoolOverview {
  const bodies = bodiesOf(results);
  const pool = poolOf(org.me.region);
  const calendar = poolCalendar(org, pool.region, now);
  const role = MeRecord.parse(bodies.get("me")).Pooled_Role__c ?? null;
  const queue = toQueueRows({ queue: bodies.get("queue"), accounts: bodies.get("queueAccounts") }, { pooledOwnerUserIds: org.pooledOwnerUserIds, calendar, now });
  const upgrades = toUpgrades(bodies.get("upgrades"), org.me.id);
  return {
    orgHost: apiHost,
    readAt: now.toISOString(),
    me: { id: org.me.id, name: org.me.name, region: org.me.region, role, timeZone: org.me.timeZone ?? org.businessHours?.TimeZoneSidKey ?? FALLBACK_TIME_ZONE },
    pool: { region: pool.region, queueDeveloperName: pool.queueDeveloperName, scope: pool.ownAccountsOnly ? "my-region-pool" : "shared-queue" },
    queue: queue.rows,
    queueTruncated: queue.truncated,
    myCases: toMyCaseRows({ cases: bodies.get("myCases"), contacts: bodies.get("myContacts") }, calendar, now),
    upgrades: {
      cap: ULTIMATE_UPGRADE_CAP,
      capApplies: pool.region === "AMER",
      mine: upgrades.mine,
      team: role === ASM_ROLE ? upgrades.all.filter((opp) => opp.owner.id !== org.me.id) : null,
    },
  };
}

export async function getPoolOverview(connection: Connection, org: OrgContext, apiHost: string, now = new Date()): Promise<PoolOverview> {
  const results = await composite(connection, poolOverviewSubrequests(org), false);
  return toPoolOverview(results, org, apiHost, now);
}
