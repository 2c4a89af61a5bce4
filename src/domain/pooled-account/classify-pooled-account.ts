/**
 * Is this account pooled? Ownership decides, as in the handbook: AMER pooled
 * accounts are owned by the Pooled Sales User, EMEA ones by the region's Pooled
 * AE. The CARR is then read against the model's threshold for the account's type;
 * a pooled account above it is still pooled (its cases still go to the pool),
 * but the banner says so.
 */
import type { CarrThreshold, PooledModel } from "./pooled-model";
import { DEFAULT_POOLED_MODEL } from "./pooled-model";

export interface AccountOwnerFacts {
  name: string | null;
  /** User.CommunityNickname: the Pooled Sales User's is "POOLED USER [ DO NOT CHATTER ]". */
  nickname: string | null;
  /** User.Pooled_Role__c ("AE", "Pooled Owner", ...). */
  role: string | null;
  /** User.Pooled_Region__c. */
  region: string | null;
}

export interface AccountFacts {
  /** Account.Type: "Customer" (existing) or "Prospect" (new). */
  type: string | null;
  carr: number | null;
  owner: AccountOwnerFacts;
}

export type CarrCheck =
  | { status: "within" | "above"; carr: number; threshold: CarrThreshold }
  | { status: "unknown-carr"; carr: null; threshold: CarrThreshold | null }
  | { status: "no-threshold"; carr: number | null; threshold: null };

export type PooledVerdict =
  | { pooled: false }
  | { pooled: true; region: string; ownedBy: "pooled-sales-user" | "regional-pooled-ae"; carr: CarrCheck };

const same = (a: string | null, b: string) => a !== null && a.trim().toLowerCase() === b.toLowerCase();

export function checkCarr(type: string | null, carr: number | null, model: PooledModel = DEFAULT_POOLED_MODEL): CarrCheck {
  const threshold = model.carrThresholds.find((t) => same(type, t.accountType)) ?? null;
  if (carr === null || !Number.isFinite(carr)) return { status: "unknown-carr", carr: null, threshold };
  if (!threshold) return { status: "no-threshold", carr, threshold: null };
  return { status: carr < threshold.below ? "within" : "above", carr, threshold };
}

export function classifyPooledAccount(account: AccountFacts, model: PooledModel = DEFAULT_POOLED_MODEL): PooledVerdict {
  const { pooledSalesUser, regionalPooledAe } = model.owners;
  const { owner } = account;
  const carr = checkCarr(account.type, account.carr, model);
  const isPooledSalesUser =
    pooledSalesUser.names.some((n) => same(owner.name, n)) ||
    pooledSalesUser.nicknames.some((n) => same(owner.nickname, n)) ||
    pooledSalesUser.roles.some((r) => same(owner.role, r));
  if (isPooledSalesUser) return { pooled: true, region: pooledSalesUser.region, ownedBy: "pooled-sales-user", carr };
  const aeRegion = regionalPooledAe.regions.find((r) => same(owner.region, r));
  if (aeRegion && same(owner.role, regionalPooledAe.role)) return { pooled: true, region: aeRegion, ownedBy: "regional-pooled-ae", carr };
  return { pooled: false };
}

const money = (amount: number, currency: string) =>
  new Intl.NumberFormat("en-US", { style: "currency", currency, maximumFractionDigits: 0 }).format(amount);

/** One line for the banner: the CARR against the threshold that applies. */
export function describeCarr(check: CarrCheck, model: PooledModel = DEFAULT_POOLED_MODEL): string {
  const limit = check.threshold ? `the ${money(check.threshold.below, model.currency)} pooled threshold for ${check.threshold.segment}` : null;
  switch (check.status) {
    case "within":
      return `CARR ${money(check.carr, model.currency)}: under ${limit}`;
    case "above":
      return `CARR ${money(check.carr, model.currency)}: at or above ${limit}; the account may be due for re-alignment`;
    case "unknown-carr":
      return limit ? `CARR not set (pooled threshold for ${check.threshold?.segment}: under ${money(check.threshold!.below, model.currency)})` : "CARR not set";
    case "no-threshold":
      return `${check.carr === null ? "CARR not set" : `CARR ${money(check.carr, model.currency)}`}: no pooled threshold for this account type`;
  }
}
