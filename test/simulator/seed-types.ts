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
import type { OrgSchema } from "./schema";

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
  GroupMember: "011",
  PermissionSet: "0PS",
  PermissionSetAssignment: "0Pa",
  Task: "00T",
  Holiday: "0C0",
  Case: "500",
  CaseHistory: "017",
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

/**
 * The org's own automation, by name: its active Case assignment rule and its
 * first-response stamping. IsClosed/ClosedDate and CaseHistory on Owner and Status
 * work the same in every org.
 */
export interface OrgAutomation {
  /**
   * Cases of this record type go to the queue of their account's region; the rule runs
   * on create and update unless Sforce-Auto-Assign is FALSE.
   */
  caseAssignment?: {
    recordType: string;
    accountRegionField: string;
    /** Region value -> queue DeveloperName. */
    queueByRegion: Record<string, string>;
    /** Queue DeveloperName for any other region (or none). */
    otherwise: string;
  };
  /** The first time Status becomes `status`: `respondedField` = now, `hoursField` = hours since creation. */
  firstResponse?: { status: string; respondedField: string; hoursField: string };
}

/**
 * An External Client App (or connected app) of the org, as its OAuth settings say.
 * Callback URLs match exactly, as Salesforce's do.
 */
export interface OAuthApp {
  name: string;
  consumerKey: string;
  consumerSecret: string;
  callbackUrls: string[];
  /** The app's selected OAuth scopes ("api", "refresh_token", "id", ...). */
  scopes: string[];
  /** Refresh token policy: issue one when the request asks for refresh_token (or offline_access). */
  allowRefreshToken: boolean;
  /** "Require Proof Key for Code Exchange (PKCE)". */
  requirePkce: boolean;
  /** "Require Secret for Web Server Flow" / "Require Secret for Refresh Token Flow". */
  requireSecret: boolean;
  /** Permitted users "Admin approved users are pre-authorized": no "Allow access?" page. */
  preAuthorized: boolean;
}

export interface OrgOAuth {
  /**
   * API Access Control: the REST API accepts only tokens issued to these apps; the
   * browser's session (login form, frontdoor) is refused.
   */
  apiAccessControl: boolean;
  apps: OAuthApp[];
}

export interface OrgSeed {
  /** The org's metadata: objects, fields, picklists (standard objects + its custom fields). */
  schema: OrgSchema;
  /** Records by SObject API name (Case, Account, Contact, User, Group, Opportunity, Task, ...). */
  records: Partial<Record<SObjectName, SeedRecord[]>>;
  credentials: SeedCredential[];
  automation?: OrgAutomation;
  /**
   * The org's OAuth apps. Without it the org knows every client_id (the simulator's old,
   * lenient behaviour, kept for the demo and its tests) and has no API Access Control.
   */
  oauth?: OrgOAuth;
  /** Record type id of the pooled cases, for tests and the demo to find the right cases. */
  pooledCaseRecordTypeId?: string;
}
