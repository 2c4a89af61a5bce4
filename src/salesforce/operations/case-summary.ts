/** Maps a Case record to the panel's CaseSummary; the case panel's composite reads the record. */
import { toId18 } from "../../domain/salesforce-id";
import type { CaseSummary } from "../../messaging/case-summary";
import { isQueueOwner, type CaseRecord } from "./case-records";

export function toCaseSummary(record: CaseRecord): CaseSummary {
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
    owner: { id: toId18(record.OwnerId), name: record.Owner?.Name ?? null, isQueue: isQueueOwner(record.OwnerId, record.Owner) },
    account: record.Account ? { id: toId18(record.Account.Id), name: record.Account.Name } : null,
    contact: record.Contact
      ? { id: toId18(record.Contact.Id), name: record.Contact.Name, firstName: record.Contact.FirstName, email: record.Contact.Email, phone: record.Contact.Phone }
      : null,
  };
}

export class CaseNotFound extends Error {
  readonly errorCode = "NOT_FOUND";
  constructor(caseId: string) {
    super(`Case ${caseId} was not found, or you do not have access to it.`);
  }
}
