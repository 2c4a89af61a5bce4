/**
 * The pooled-account banner's data in one Composite: the account (of an Account
 * page, or of a Contact page's contact) with its owner, its open pooled cases and
 * who works them, and its contacts for the referral form's contact search. Whether
 * the owner makes it pooled (the pooled owner user, or an AE of a regional pool)
 * is decided in the panel with the org context. Case metadata for the form (the
 * pooled record type and the Case Reason picklist) comes from `describe`, read in
 * the same Composite the first time and then cached for the session.
 */
import type { Connection } from "jsforce";
import * as z from "zod/v4-mini";

import type { OrgProfile } from "../../domain/org-profile";
import { toId18 } from "../../domain/salesforce-id";
import { ReferralMetadataSchema, type PooledAccountData, type PooledCase, type ReferralMetadata } from "../../messaging/pooled-account";
import { bodiesOrThrow, composite, queryUrl, type Subrequest } from "../composite";
import { numberOf, textOf, type OrgNames } from "../query/org-names";
import { pooledRecordType } from "../query/pooled-soql";
import { selectList, soqlId } from "../query/soql";
import { cachedForSession, sessionCacheKey, type SessionStorageArea } from "../session-cache";
import { activePicklist, CASE_DESCRIBE_URL, DescribeSchema } from "./case-describe";
import { childRecords, isQueueOwner, nullable, OwnerRecord, queryResult } from "./case-records";

/** How many contacts the form's search covers; an SMB account rarely has more. (A child subquery's totalSize counts only the rows it returns, so one more is read to tell.) */
const CONTACT_LIMIT = 500;

export const OPEN_POOLED_CASE_FIELDS = "Id, CaseNumber, Subject, Status, CreatedDate, OwnerId, Owner.Name, Owner.Type";
export const openPooledCasesWhere = (profile: OrgProfile) => `IsClosed = false AND ${pooledRecordType(profile)}`;

export const PooledCaseRecord = z.object({
  Id: z.string(),
  CaseNumber: z.string(),
  Subject: nullable,
  Status: nullable,
  CreatedDate: z.string(),
  OwnerId: z.string(),
  Owner: OwnerRecord,
});

const AccountRecord = z.looseObject({
  Id: z.string(),
  Name: nullable,
  Type: nullable,
  OwnerId: z.string(),
  Owner: z.optional(z.nullable(z.object({ Name: nullable, CommunityNickname: nullable }))),
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

function accountSubrequest(object: "Account" | "Contact", recordId: string, names: OrgNames): Subrequest {
  const id = soqlId(toId18(recordId));
  const where = object === "Account" ? `Id = ${id}` : `Id IN (SELECT AccountId FROM Contact WHERE Id = ${id})`;
  const fields = selectList(["Id", "Name", "Type", names.field("account.carr"), names.field("account.region"), "OwnerId", "Owner.Name", "Owner.CommunityNickname"]);
  return {
    referenceId: "account",
    method: "GET",
    url: queryUrl(
      `SELECT ${fields}, ` +
        `(SELECT ${OPEN_POOLED_CASE_FIELDS} FROM Cases WHERE ${openPooledCasesWhere(names.profile)} ORDER BY CreatedDate ASC), ` +
        `(SELECT Id, Name, Email, Title FROM Contacts ORDER BY LastName ASC, FirstName ASC LIMIT ${CONTACT_LIMIT + 1}) ` +
        `FROM Account WHERE ${where} LIMIT 1`,
    ),
  };
}

export const describeSubrequest: Subrequest = { referenceId: "describeCase", method: "GET", url: CASE_DESCRIBE_URL };

export function toReferralMetadata(describe: unknown, profile: OrgProfile): ReferralMetadata {
  const parsed = DescribeSchema.parse(describe);
  const recordType = parsed.recordTypeInfos.find((info) => info.developerName === profile.case.recordType && info.active && info.available);
  return { recordTypeId: recordType ? toId18(recordType.recordTypeId) : null, reasons: activePicklist(parsed, "Reason") };
}

class NotCached extends Error {}

export const referralMetadataKey = (session: { instanceUrl: string; accessToken: string }, profile: OrgProfile) =>
  sessionCacheKey(`case-referral-metadata:${profile.case.recordType}`, session.instanceUrl, session.accessToken);

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
  names: OrgNames;
  storage?: SessionStorageArea;
}

export async function getPooledAccount(connection: Connection, object: "Account" | "Contact", recordId: string, options: BannerOptions): Promise<PooledAccountData> {
  const { names } = options;
  const key = await referralMetadataKey(options.session, names.profile);
  const cached = await cachedReferralMetadata(key, options.storage);
  const account = accountSubrequest(object, recordId, names);
  const subrequests = cached ? [account] : [account, describeSubrequest];
  const bodies = bodiesOrThrow(await composite(connection, subrequests, false));

  let metadata = cached;
  if (!metadata) {
    metadata = toReferralMetadata(bodies.get(describeSubrequest.referenceId), names.profile);
    await rememberReferralMetadata(key, metadata, options.storage);
  }
  const record = queryResult(AccountRecord).parse(bodies.get("account")).records[0];
  return {
    orgHost: options.apiHost,
    account: record
      ? {
        id: toId18(record.Id),
        name: record.Name,
        type: record.Type,
        carr: numberOf(record, names.field("account.carr")),
        region: textOf(record, names.field("account.region")),
        owner: { id: toId18(record.OwnerId), name: record.Owner?.Name ?? null, nickname: record.Owner?.CommunityNickname ?? null },
      }
      : null,
    openPooledCases: (record?.Cases ?? []).map(toPooledCase),
    contacts: (record?.Contacts ?? []).slice(0, CONTACT_LIMIT).map((contact) => ({ id: toId18(contact.Id), name: contact.Name, email: contact.Email, title: contact.Title })),
    // One row more than the limit is read: its presence says there are more.
    contactsTruncated: (record?.Contacts.length ?? 0) > CONTACT_LIMIT,
    metadata,
  };
}
