/**
 * The pooled-account banner's data in one Composite: the account (of an Account
 * page, or of a Contact page's contact) with its owner's pooled role and region,
 * its open Pooled Sales Cases and who works them, and its contacts for the
 * referral form's contact search. Case metadata for the form (the Pooled Sales
 * Case record type and the Case Reason picklist) comes from `describe`, read in
 * the same Composite the first time and then cached for the session.
 */
import type { Connection } from "jsforce";
import * as z from "zod";

import { REFERRAL_CASE } from "../../domain/pooled-account";
import { toId18 } from "../../domain/salesforce-id";
import { ReferralMetadataSchema, type PooledAccountData, type PooledCase, type ReferralMetadata } from "../../messaging/pooled-account";
import { composite, dataPath, firstError, queryUrl, type Subrequest } from "../composite";
import { cachedForSession, sessionCacheKey, type SessionStorageArea } from "../session-cache";
import { childRecords, nullable, queryResult } from "./case-records";

/** How many contacts the form's search covers; an SMB account rarely has more. (A child subquery's totalSize counts only the rows it returns, so one more is read to tell.) */
export const CONTACT_LIMIT = 500;

const OwnerSchema = z.object({ Name: nullable, Type: nullable.optional() }).nullable().optional();

export const OpenPooledCaseFields = "Id, CaseNumber, Subject, Status, CreatedDate, OwnerId, Owner.Name, Owner.Type";
export const openPooledCasesWhere = `IsClosed = false AND RecordType.DeveloperName = '${REFERRAL_CASE.recordTypeDeveloperName}'`;

export const PooledCaseRecord = z.object({
  Id: z.string(),
  CaseNumber: z.string(),
  Subject: nullable,
  Status: nullable,
  CreatedDate: z.string(),
  OwnerId: z.string(),
  Owner: OwnerSchema,
});

const AccountRecord = z.object({
  Id: z.string(),
  Name: nullable,
  Type: nullable,
  CARR__c: z.number().nullable().optional(),
  Pooled_Region__c: nullable,
  OwnerId: z.string(),
  Owner: z.object({ Name: nullable, CommunityNickname: nullable, Pooled_Role__c: nullable, Pooled_Region__c: nullable }).nullable().optional(),
  Cases: childRecords(PooledCaseRecord),
  Contacts: childRecords(z.object({ Id: z.string(), Name: nullable, Email: nullable, Title: nullable })),
});

const DescribeSchema = z.object({
  recordTypeInfos: z.array(z.object({ developerName: z.string(), recordTypeId: z.string(), active: z.boolean(), available: z.boolean() })).optional().default([]),
  fields: z.array(z.object({ name: z.string(), picklistValues: z.array(z.object({ value: z.string(), label: z.string().nullable(), active: z.boolean() })).optional().default([]) })),
});

export function toPooledCase(record: z.infer<typeof PooledCaseRecord>): PooledCase {
  return {
    id: toId18(record.Id),
    caseNumber: record.CaseNumber,
    subject: record.Subject,
    status: record.Status,
    createdDate: record.CreatedDate,
    owner: { id: toId18(record.OwnerId), name: record.Owner?.Name ?? null, isQueue: record.Owner?.Type === "Queue" || record.OwnerId.startsWith("00G") },
  };
}

export function accountSubrequest(object: "Account" | "Contact", recordId: string): Subrequest {
  const id = toId18(recordId);
  const where = object === "Account" ? `Id = '${id}'` : `Id IN (SELECT AccountId FROM Contact WHERE Id = '${id}')`;
  return {
    referenceId: "account",
    method: "GET",
    url: queryUrl(
      `SELECT Id, Name, Type, CARR__c, Pooled_Region__c, OwnerId, Owner.Name, Owner.CommunityNickname, Owner.Pooled_Role__c, Owner.Pooled_Region__c, ` +
        `(SELECT ${OpenPooledCaseFields} FROM Cases WHERE ${openPooledCasesWhere} ORDER BY CreatedDate ASC), ` +
        `(SELECT Id, Name, Email, Title FROM Contacts ORDER BY LastName ASC, FirstName ASC LIMIT ${CONTACT_LIMIT + 1}) ` +
        `FROM Account WHERE ${where} LIMIT 1`,
    ),
  };
}

export const describeSubrequest: Subrequest = { referenceId: "describeCase", method: "GET", url: dataPath("/sobjects/Case/describe") };

export function toReferralMetadata(describe: unknown): ReferralMetadata {
  const parsed = DescribeSchema.parse(describe);
  const recordType = parsed.recordTypeInfos.find((info) => info.developerName === REFERRAL_CASE.recordTypeDeveloperName && info.active && info.available);
  const reason = parsed.fields.find((field) => field.name === "Reason");
  return {
    recordTypeId: recordType ? toId18(recordType.recordTypeId) : null,
    reasons: (reason?.picklistValues ?? []).filter((value) => value.active).map((value) => ({ value: value.value, label: value.label ?? value.value })),
  };
}

class NotCached extends Error {}

export const referralMetadataKey = (session: { instanceUrl: string; accessToken: string }) => sessionCacheKey("case-referral-metadata", session.instanceUrl, session.accessToken);

/** The session's cached metadata, or null: never a request of its own. */
export async function cachedReferralMetadata(key: string, storage?: SessionStorageArea): Promise<ReferralMetadata | null> {
  try {
    return await cachedForSession(key, () => Promise.reject(new NotCached()), (value) => ReferralMetadataSchema.parse(value), storage);
  } catch (error) {
    if (error instanceof NotCached) return null;
    throw error;
  }
}

export async function rememberReferralMetadata(key: string, metadata: ReferralMetadata, storage?: SessionStorageArea): Promise<void> {
  await cachedForSession(key, async () => metadata, (value) => ReferralMetadataSchema.parse(value), storage);
}

export interface BannerOptions {
  session: { instanceUrl: string; accessToken: string };
  apiHost: string;
  storage?: SessionStorageArea;
}

export async function getPooledAccount(connection: Connection, object: "Account" | "Contact", recordId: string, options: BannerOptions): Promise<PooledAccountData> {
  const key = await referralMetadataKey(options.session);
  const cached = await cachedReferralMetadata(key, options.storage);
  const subrequests = cached ? [accountSubrequest(object, recordId)] : [accountSubrequest(object, recordId), describeSubrequest];
  const results = await composite(connection, subrequests, false);
  const error = firstError(results);
  if (error) throw error;

  let metadata = cached;
  if (!metadata) {
    metadata = toReferralMetadata(results.get(describeSubrequest.referenceId)?.body);
    await rememberReferralMetadata(key, metadata, options.storage);
  }
  const account = queryResult(AccountRecord).parse(results.get("account")?.body).records[0];
  return {
    orgHost: options.apiHost,
    account: account
      ? {
          id: toId18(account.Id),
          name: account.Name,
          type: account.Type,
          carr: account.CARR__c ?? null,
          region: account.Pooled_Region__c,
          owner: {
            id: toId18(account.OwnerId),
            name: account.Owner?.Name ?? null,
            nickname: account.Owner?.CommunityNickname ?? null,
            role: account.Owner?.Pooled_Role__c ?? null,
            region: account.Owner?.Pooled_Region__c ?? null,
          },
        }
      : null,
    openPooledCases: (account?.Cases ?? []).map(toPooledCase),
    contacts: (account?.Contacts ?? []).slice(0, CONTACT_LIMIT).map((contact) => ({ id: toId18(contact.Id), name: contact.Name, email: contact.Email, title: contact.Title })),
    // One row more than the limit is read: its presence says there are more.
    contactsTruncated: (account?.Contacts.length ?? 0) > CONTACT_LIMIT,
    metadata,
  };
}
