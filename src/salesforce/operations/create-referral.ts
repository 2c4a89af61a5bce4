/**
 * Creates the handbook's referral case in one Composite (all or none): the POST
 * with the fields the handbook fixes (the profile's pooled record type, Origin and
 * Subject) and the ones the person chose, sent with `Sforce-Auto-Assign: TRUE` so
 * the org's active assignment rule puts it in the pool's queue; then the new
 * case's number and owner (the queue it landed in) by `@{newCase.id}`, and the
 * account's open pooled cases for the banner.
 */
import type { Connection } from "jsforce";
import type { OrgProfile } from "../../domain/org-profile";
import { referralCase, RUN_ASSIGNMENT_RULE } from "../../domain/pooled-account";
import { toId18 } from "../../domain/salesforce-id";
import type { CreateReferralRequest, ReferralCreated, ReferralMetadata } from "../../messaging/pooled-account";
import { compositeBodies, dataPath, queryUrl, queryUrlWithReference, SalesforceError, type Subrequest } from "../composite";
import { soqlId } from "../query/soql";
import type { SessionStorageArea } from "../session-cache";
import { queryResult } from "./case-records";
import {
  cachedReferralMetadata,
  describeSubrequest,
  OPEN_POOLED_CASE_FIELDS,
  openPooledCasesWhere,
  PooledCaseRecord,
  referralMetadataKey,
  rememberReferralMetadata,
  toPooledCase,
  toReferralMetadata,
} from "./get-pooled-account";

const NEW_CASE_REF = "@{newCase.id}";

function createReferralSubrequests(input: Omit<CreateReferralRequest, "type">, recordTypeId: string, profile: OrgProfile): Subrequest[] {
  const accountId = toId18(input.accountId);
  const fixed = referralCase(profile);
  return [
    {
      referenceId: "newCase",
      method: "POST",
      url: dataPath("/sobjects/Case"),
      httpHeaders: { ...RUN_ASSIGNMENT_RULE },
      body: {
        RecordTypeId: recordTypeId,
        Origin: fixed.origin,
        Subject: fixed.subject,
        AccountId: accountId,
        ContactId: toId18(input.contactId),
        Description: input.description,
        ...(input.reason ? { Reason: input.reason } : {}),
      },
    },
    { referenceId: "created", method: "GET", url: queryUrlWithReference(`SELECT ${OPEN_POOLED_CASE_FIELDS} FROM Case WHERE Id = '${NEW_CASE_REF}'`, NEW_CASE_REF) },
    {
      referenceId: "openCases",
      method: "GET",
      url: queryUrl(`SELECT ${OPEN_POOLED_CASE_FIELDS} FROM Case WHERE AccountId = ${soqlId(accountId)} AND ${openPooledCasesWhere(profile)} ORDER BY CreatedDate ASC`),
    },
  ];
}

export class NoPooledRecordType extends SalesforceError {
  constructor(recordType: string) {
    super("NO_POOLED_RECORD_TYPE", `This org has no active record type "${recordType}" available to you, so the referral case cannot be created.`);
  }
}

/** The record type comes from the session's cached describe (the banner read it); a cold cache costs one describe. */
async function referralMetadata(connection: Connection, session: { instanceUrl: string; accessToken: string }, profile: OrgProfile, storage?: SessionStorageArea): Promise<ReferralMetadata> {
  const key = await referralMetadataKey(session, profile);
  const cached = await cachedReferralMetadata(key, storage);
  if (cached) return cached;
  const bodies = await compositeBodies(connection, [describeSubrequest]);
  const metadata = toReferralMetadata(bodies.get(describeSubrequest.referenceId), profile);
  await rememberReferralMetadata(key, metadata, storage);
  return metadata;
}

export async function createReferral(
  connection: Connection,
  input: Omit<CreateReferralRequest, "type">,
  options: { session: { instanceUrl: string; accessToken: string }; profile: OrgProfile; storage?: SessionStorageArea },
): Promise<ReferralCreated> {
  const metadata = await referralMetadata(connection, options.session, options.profile, options.storage);
  if (!metadata.recordTypeId) throw new NoPooledRecordType(options.profile.case.recordType);
  const bodies = await compositeBodies(connection, createReferralSubrequests(input, metadata.recordTypeId, options.profile), true);
  const created = queryResult(PooledCaseRecord).parse(bodies.get("created")).records[0];
  if (!created) throw new SalesforceError("NOT_FOUND", "The case was created but could not be read back.");
  return {
    case: toPooledCase(created),
    openPooledCases: queryResult(PooledCaseRecord).parse(bodies.get("openCases")).records.map(toPooledCase),
  };
}

