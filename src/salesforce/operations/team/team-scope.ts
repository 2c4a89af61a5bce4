/**
 * Which pool a team view is about, and who may see it: the Pooled ASM picks any
 * of the profile's pools (theirs first), an AE sees their own pool only (read-only:
 * the same figures, nothing to act on). The owners of a pool's cases: its queue
 * and its members.
 */
import * as z from "zod/v4-mini";

import type { Pool } from "../../../domain/org-profile";
import { workingPool } from "../../../domain/pools";
import { toId18 } from "../../../domain/salesforce-id";
import type { OrgContext } from "../../../messaging/org-context";
import type { CaseRef } from "../../../messaging/team";
import { nullable } from "../case-records";

export class PoolNotVisible extends Error {
  constructor(poolKey: string) {
    super(`Only the Pooled ASM sees the team view of another pool (${poolKey}).`);
    this.name = "PoolNotVisible";
  }
}

export interface TeamScope {
  pool: Pool;
  viewerPools: Pool[];
  queueId: string | null;
  members: string[];
}

export function teamScope(org: OrgContext, poolKey: string | null): TeamScope {
  const own = workingPool({ ...org, profile: org.profile });
  const viewerPools = org.me.isManager ? [own, ...org.profile.pools.filter((pool) => pool.key !== own.key)] : [own];
  const pool = poolKey === null ? own : viewerPools.find((candidate) => candidate.key === poolKey);
  if (!pool) throw new PoolNotVisible(poolKey ?? "");
  return { pool, viewerPools, queueId: org.poolQueues[pool.key] ?? null, members: org.poolMembers[pool.key] ?? [] };
}

export const poolRef = (pool: Pool) => ({ key: pool.key, label: pool.label, region: pool.region });

/** A case row as the team view lists it. */
export const CaseRefRecord = z.looseObject({ Id: z.string(), CaseNumber: z.string(), Subject: nullable, Priority: nullable, CreatedDate: z.string(), Owner: z.optional(z.nullable(z.object({ Name: nullable }))) });

export function toCaseRef(record: z.infer<typeof CaseRefRecord>): CaseRef {
  return { id: toId18(record.Id), caseNumber: record.CaseNumber, subject: record.Subject, priority: record.Priority, createdDate: record.CreatedDate, owner: record.Owner?.Name ?? null };
}
