/**
 * Is this account pooled? Ownership decides, as in the handbook: AMER pooled
 * accounts are owned by the pooled owner user, EMEA ones
 * by a Pooled AE of a regional pool (an "own-accounts" pool of the profile). The
 * CARR is then read against the profile's threshold for the account's type; a
 * pooled account above it is still pooled (its cases still go to the pool), but
 * the banner says so.
 */
import type { OrgProfile, Pool, PooledAccountPolicy } from "../org-profile";
import { sameId } from "../salesforce-id";

type CarrThreshold = PooledAccountPolicy["carrThresholds"][number];

export interface AccountOwnerFacts {
  id: string;
  name: string | null;
  /** User.CommunityNickname, which the profile may name the pooled owner user by. */
  nickname: string | null;
}

export interface AccountFacts {
  /** Account.Type: "Customer" (existing) or "Prospect" (new). */
  type: string | null;
  carr: number | null;
  owner: AccountOwnerFacts;
}

/** Who is who in this org: the pooled owner users found by the profile's names, and each user's pool. */
export interface PoolPeople {
  pooledOwnerUserIds: readonly string[];
  poolOf(userId: string): Pool | null;
}

export type CarrCheck =
  | { status: "within" | "above"; carr: number; threshold: CarrThreshold }
  | { status: "unknown-carr"; carr: null; threshold: CarrThreshold | null }
  | { status: "no-threshold"; carr: number | null; threshold: null };

export type PooledVerdict =
  | { pooled: false }
  | { pooled: true; region: string; ownedBy: "pooled-sales-user" | "regional-pooled-ae"; carr: CarrCheck };

const same = (a: string | null, b: string) => a !== null && a.trim().toLowerCase() === b.trim().toLowerCase();

export function checkCarr(type: string | null, carr: number | null, policy: PooledAccountPolicy): CarrCheck {
  const threshold = policy.carrThresholds.find((t) => same(type, t.accountType)) ?? null;
  if (carr === null || !Number.isFinite(carr)) return { status: "unknown-carr", carr: null, threshold };
  if (!threshold) return { status: "no-threshold", carr, threshold: null };
  return { status: carr < threshold.below ? "within" : "above", carr, threshold };
}

function isPooledOwner(owner: AccountOwnerFacts, profile: Pick<OrgProfile, "pooledOwner">, people: PoolPeople): boolean {
  return (
    people.pooledOwnerUserIds.some((id) => sameId(id, owner.id)) ||
    profile.pooledOwner.names.some((name) => same(owner.name, name)) ||
    profile.pooledOwner.nicknames.some((nickname) => same(owner.nickname, nickname))
  );
}

export function classifyPooledAccount(account: AccountFacts, profile: Pick<OrgProfile, "pooledOwner" | "pools" | "policy">, people: PoolPeople): PooledVerdict {
  const carr = checkCarr(account.type, account.carr, profile.policy.pooledAccount);
  if (isPooledOwner(account.owner, profile, people)) {
    const shared = profile.pools.find((pool) => pool.scope === "shared-queue") ?? profile.pools[0];
    return { pooled: true, region: shared?.region ?? "", ownedBy: "pooled-sales-user", carr };
  }
  const pool = people.poolOf(account.owner.id);
  if (pool?.scope === "own-accounts") return { pooled: true, region: pool.region, ownedBy: "regional-pooled-ae", carr };
  return { pooled: false };
}

/** Building a formatter is far slower than using one: one per currency. */
const moneyFormats = new Map<string, Intl.NumberFormat>();

function money(amount: number, currency: string): string {
  let format = moneyFormats.get(currency);
  if (!format) {
    format = new Intl.NumberFormat("en-US", { style: "currency", currency, maximumFractionDigits: 0 });
    moneyFormats.set(currency, format);
  }
  return format.format(amount);
}

/** One line for the banner: the CARR against the threshold that applies. */
export function describeCarr(check: CarrCheck, policy: Pick<PooledAccountPolicy, "currency">): string {
  const limit = check.threshold ? `the ${money(check.threshold.below, policy.currency)} pooled threshold for ${check.threshold.segment}` : null;
  switch (check.status) {
    case "within":
      return `CARR ${money(check.carr, policy.currency)}: under ${limit}`;
    case "above":
      return `CARR ${money(check.carr, policy.currency)}: at or above ${limit}; the account may be due for re-alignment`;
    case "unknown-carr":
      return limit ? `CARR not set (pooled threshold for ${check.threshold?.segment}: under ${money(check.threshold!.below, policy.currency)})` : "CARR not set";
    case "no-threshold":
      return `${check.carr === null ? "CARR not set" : `CARR ${money(check.carr, policy.currency)}`}: no pooled threshold for this account type`;
  }
}
