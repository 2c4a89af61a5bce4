/** Reads one case for the panel header: its SOQL, the zod schema of Salesforce's answer, and the mapping. */
import type { Connection } from "jsforce";
import * as z from "zod";

import { toId18 } from "../../domain/salesforce-id";
import type { CaseSummary } from "../../messaging/case-summary";

const Id = z.string().regex(/^[a-zA-Z0-9]{15,18}$/);
const nullableString = z.string().nullable().optional().transform((value) => value ?? null);

const CaseRecordSchema = z.object({
  Id,
  CaseNumber: z.string(),
  Subject: nullableString,
  Description: nullableString,
  Status: nullableString,
  IsClosed: z.boolean(),
  Priority: nullableString,
  Origin: nullableString,
  CreatedDate: z.string(),
  LastModifiedDate: z.string(),
  OwnerId: Id,
  Owner: z.object({ Name: nullableString, Type: nullableString }).nullable().optional(),
  Account: z.object({ Id, Name: nullableString }).nullable().optional(),
  Contact: z.object({ Id, Name: nullableString, Email: nullableString, Phone: nullableString }).nullable().optional(),
  RecordType: z.object({ DeveloperName: nullableString }).nullable().optional(),
});

const QueryResultSchema = z.object({ totalSize: z.number(), records: z.array(CaseRecordSchema) });

export function caseSoql(caseId: string): string {
  return [
    "SELECT Id, CaseNumber, Subject, Description, Status, IsClosed, Priority, Origin, CreatedDate, LastModifiedDate,",
    "OwnerId, Owner.Name, Owner.Type, Account.Id, Account.Name, Contact.Id, Contact.Name, Contact.Email, Contact.Phone,",
    "RecordType.DeveloperName",
    `FROM Case WHERE Id = '${toId18(caseId)}' LIMIT 1`,
  ].join(" ");
}

export function toCaseSummary(record: z.infer<typeof CaseRecordSchema>): CaseSummary {
  return {
    id: toId18(record.Id),
    caseNumber: record.CaseNumber,
    subject: record.Subject,
    description: record.Description,
    status: record.Status,
    isClosed: record.IsClosed,
    priority: record.Priority,
    origin: record.Origin,
    createdDate: record.CreatedDate,
    lastModifiedDate: record.LastModifiedDate,
    recordType: record.RecordType?.DeveloperName ?? null,
    // Owner.Type is "Queue" for a queue-owned case; the 00G prefix is the fallback when Type is not readable.
    owner: { id: toId18(record.OwnerId), name: record.Owner?.Name ?? null, isQueue: record.Owner?.Type === "Queue" || record.OwnerId.startsWith("00G") },
    account: record.Account ? { id: toId18(record.Account.Id), name: record.Account.Name } : null,
    contact: record.Contact
      ? { id: toId18(record.Contact.Id), name: record.Contact.Name, email: record.Contact.Email, phone: record.Contact.Phone }
      : null,
  };
}

export class CaseNotFound extends Error {
  readonly errorCode = "NOT_FOUND";
  constructor(caseId: string) {
    super(`Case ${caseId} was not found, or you do not have access to it.`);
  }
}

export async function getCase(connection: Connection, caseId: string): Promise<CaseSummary> {
  const raw = await connection.query(caseSoql(caseId));
  const result = QueryResultSchema.parse(raw);
  const record = result.records[0];
  if (!record) throw new CaseNotFound(caseId);
  return toCaseSummary(record);
}
