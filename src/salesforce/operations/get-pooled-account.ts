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
import { bodiesOrThrow, composite, queryUrl, type Subrequest } from "../composite";
import { cachedForSession, sessionCacheKey, type SessionStorageArea } from "../session-cache";
import { activePicklist, CASE_DESCRIBE_URL, DescribeSchema } from "./case-describe";
import { childRecords, isQueueOwner, nullable, OwnerRecord, queryResult } from "./case-records";

/** How many contacts the form's search covers; an SMB account rarely has more. (A child subquery's totalSize counts only the rows it returns, so one more is read to tell.) */
const CONTACT_LIMIT = 500;

export const OpenPooledCaseFields = "Id, CaseNumber, Subject, Status, CreatedDate, OwnerId, Owner.Name, Owner.Type";
export const openPooledCasesWhere = `IsClosed = false AND RecordType.DeveloperName = '${REFERRAL_CASE.recordTypeDeveloperName}'`;

export const PooledCaseRecord = z.object({
  Id: z.string(),
  CaseNumber: z.string(),
  Subject: nullable,
  Status: nullable,
  CreatedDate: z.string(),
  OwnerId: z.string(),
  Owner: OwnerRecord,
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

export function toPooledCase(record: z.infer<typeof PooledCaseRecord>): PooledCase {
  return {
    id: toId18(record.Id),
    caseNumber: record.CaseNumber,
    subject: record.Subject,
    status: record.Status,
    createdDate: record.CreatedDate,
    owner: { id: toId18(record.OwnerId), name: record.Owner?.Name ?? null, isQueue: isQueueOwner(record.OwnerId, record.Owner) },
  };
}

function accountSubrequest(object: "Account" | "Contact", recordId: string): Subrequest {
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

export const describeSubrequest: Subrequest = { referenceId: "describeCase", method: "GET", url: CASE_DESCRIBE_URL };

export function toReferralMetadata(describe: unknown): ReferralMetadata {
  const parsed = DescribeSchema.parse(describe);
  const recordType = parsed.recordTypeInfos.find((info) => info.developerName === REFERRAL_CASE.recordTypeDeveloperName && info.active && info.available);
  return { recordTypeId: recordType ? toId18(recordType.recordTypeId) : null, reasons: activePicklist(parsed, "Reason") };
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
  const bodies = bodiesOrThrow(await composite(connection, subrequests, false));

  let metadata = cached;
  if (!metadata) {
    metadata = toReferralMetadata(bodies.get(describeSubrequest.referenceId));
    await rememberReferralMetadata(key, metadata, options.storage);
  }
  const account = queryResult(AccountRecord).parse(bodies.get("account")).records[0];
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
