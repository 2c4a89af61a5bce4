/**
 * The contract between the simulator's store and the data it is seeded with.
 * THE ORG SCHEMA (objects, fields, automation, trigger subjects) IS IN ./ORG-SCHEMA.md: read it first.
 * Records use Salesforce API field names exactly; dates are ISO-8601 strings
 * with milliseconds and "Z" (the store re-formats them the way the REST API does:
 * "2026-11-23T04:33:21.000+0000"). Ids are 18-character ids built with `makeId`.
 * Fields the store computes itself (IsClosed from CaseStatus, CaseNumber,
 * LastModifiedDate, SystemModstamp, Name of Contact from First/LastName) may be left out.
 */
import { toId18 } from "../../src/domain/salesforce-id";

/** Key prefixes of the objects the simulated org holds. */
export const KEY_PREFIX = {
  Account: "001",
  Contact: "003",
  User: "005",
  Opportunity: "006",
  RecordType: "012",
  BusinessHours: "01m",
  CaseStatus: "01J",
  OpportunityStage: "01J",
  Group: "00G",
  Task: "00T",
  Holiday: "0C0",
  Case: "500",
} as const;

export type SObjectName = keyof typeof KEY_PREFIX;

/** Deterministic 18-character id: prefix + org pod "8X0" + zero-padded counter. */
export function makeId(prefix: string, n: number): string {
  const body = `${prefix}8X0${String(n).padStart(9, "0")}`;
  return toId18(body.slice(0, 15));
}

/** A seed datetime: ISO-8601 with milliseconds and "Z". */
export const iso = (ms: number): string => new Date(ms).toISOString();

export type SeedRecord = { Id: string } & Record<string, unknown>;

export interface SeedCredential {
  username: string;
  password: string;
  /** The User record this login acts as. */
  userId: string;
}

export interface OrgSeed {
  /** Records by SObject API name (Case, Account, Contact, User, Group, Opportunity, Task, ...). */
  records: Partial<Record<SObjectName, SeedRecord[]>>;
  credentials: SeedCredential[];
  /** Record type id of "Pooled Sales Case", for tests and the demo to find the right cases. */
  pooledCaseRecordTypeId?: string;
}
