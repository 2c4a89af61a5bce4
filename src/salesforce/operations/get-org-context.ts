/**
 * The org context every panel needs and that changes rarely: who I am (from
 * OAuth userinfo), the Pooled Sales User, case statuses, the default business
 * hours and holidays. One userinfo call and one Composite, once per session.
 */
import type { Connection } from "jsforce";
import * as z from "zod";

import { toId18 } from "../../domain/salesforce-id";
import { OrgContextSchema, type OrgContext } from "../../messaging/case-panel-data";
import { PANEL_CACHE_KEY } from "../../messaging/storage-keys";
import { compositeBodies, queryUrl, SalesforceError } from "../composite";
import { cachedForSession, sessionCacheKey } from "../session-cache";
import { nullable, queryResult } from "./case-records";

/** The handbook's pooled owner; support sees the nickname. A later issue makes this configurable. */
const POOLED_OWNER_NAME = "Pooled Sales User";
const POOLED_OWNER_NICKNAME = "POOLED USER [ DO NOT CHATTER ]";

const UserInfoSchema = z.object({ user_id: z.string(), name: z.string().optional(), zoneinfo: z.string().optional() });

const UserRecord = z.object({ Id: z.string(), Name: z.string().nullable(), TimeZoneSidKey: z.string().nullable().optional(), Pooled_Region__c: z.string().nullable().optional() });
// Case.Status holds the CaseStatus ApiName; MasterLabel is only what people read.
const StatusRecord = z.object({ ApiName: z.string().nullable().optional(), MasterLabel: z.string(), IsClosed: z.boolean(), IsDefault: z.boolean() });
const BusinessHoursRecord = z.object({
  TimeZoneSidKey: z.string(),
  ...Object.fromEntries(["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"].flatMap((day) => [[`${day}StartTime`, nullable], [`${day}EndTime`, nullable]])),
});
const HOURS_FIELDS = Object.keys(BusinessHoursRecord.shape).join(", ");
const optionalNull = <T extends z.ZodTypeAny>(schema: T) => schema.nullable().optional().transform((v: z.infer<T> | null | undefined) => v ?? null);
const HolidayRecord = z.object({
  Name: nullable,
  ActivityDate: nullable,
  IsAllDay: z.boolean(),
  StartTimeInMinutes: optionalNull(z.number()),
  EndTimeInMinutes: optionalNull(z.number()),
  IsRecurrence: optionalNull(z.boolean()),
  RecurrenceType: nullable,
  RecurrenceStartDate: nullable,
  RecurrenceEndDateOnly: nullable,
  RecurrenceDayOfMonth: optionalNull(z.number()),
  RecurrenceMonthOfYear: nullable,
  RecurrenceInstance: nullable,
  RecurrenceDayOfWeekMask: optionalNull(z.number()),
});
const HOLIDAY_FIELDS = Object.keys(HolidayRecord.shape).join(", ");

/**
 * OAuth userinfo answers a bad or expired token with 403 "Bad_OAuth_Token" (not the
 * REST API's 401 INVALID_SESSION_ID); both mean the AE must log in again.
 */
async function readUserInfo(connection: Connection): Promise<unknown> {
  try {
    return await connection.request("/services/oauth2/userinfo");
  } catch (cause) {
    const error = cause as { errorCode?: unknown; name?: unknown; message?: unknown };
    const said = `${String(error.errorCode)} ${String(error.name)} ${String(error.message)}`;
    if (/Bad_OAuth_Token|INVALID_SESSION_ID|ERROR_HTTP_40[13]/i.test(said)) throw new SalesforceError("INVALID_SESSION_ID", "Session expired or invalid");
    throw cause;
  }
}

export async function loadOrgContext(connection: Connection): Promise<OrgContext> {
  const userInfo = UserInfoSchema.parse(await readUserInfo(connection));
  const meId = toId18(userInfo.user_id);
  const bodies = await compositeBodies(connection, [
    {
      referenceId: "users",
      method: "GET",
      url: queryUrl(
        `SELECT Id, Name, TimeZoneSidKey, Pooled_Region__c FROM User WHERE Id = '${meId}' OR Name = '${POOLED_OWNER_NAME}' OR CommunityNickname = '${POOLED_OWNER_NICKNAME}'`,
      ),
    },
    { referenceId: "statuses", method: "GET", url: queryUrl("SELECT ApiName, MasterLabel, IsClosed, IsDefault, SortOrder FROM CaseStatus ORDER BY SortOrder") },
    { referenceId: "hours", method: "GET", url: queryUrl(`SELECT ${HOURS_FIELDS} FROM BusinessHours WHERE IsDefault = true AND IsActive = true LIMIT 1`) },
    { referenceId: "holidays", method: "GET", url: queryUrl(`SELECT ${HOLIDAY_FIELDS} FROM Holiday`) },
  ]);
  const users = queryResult(UserRecord).parse(bodies.get("users")).records;
  const me = users.find((user) => toId18(user.Id) === meId);
  const hours = queryResult(BusinessHoursRecord).parse(bodies.get("hours")).records[0] ?? null;
  return OrgContextSchema.parse({
    me: { id: meId, name: me?.Name ?? userInfo.name ?? null, timeZone: me?.TimeZoneSidKey ?? userInfo.zoneinfo ?? null, region: me?.Pooled_Region__c ?? null },
    pooledOwnerUserIds: users.filter((user) => toId18(user.Id) !== meId).map((user) => toId18(user.Id)),
    statuses: queryResult(StatusRecord)
      .parse(bodies.get("statuses"))
      .records.map((status) => ({ value: status.ApiName ?? status.MasterLabel, label: status.MasterLabel, isClosed: status.IsClosed, isDefault: status.IsDefault })),
    businessHours: hours,
    holidays: queryResult(HolidayRecord).parse(bodies.get("holidays")).records,
  });
}

export async function getOrgContext(connection: Connection, session: { instanceUrl: string; accessToken: string }): Promise<OrgContext> {
  const key = await sessionCacheKey("org-context", session.instanceUrl, session.accessToken);
  const loadForNewSession = async () => {
    // A new session may be another user of this browser: what the panel cached for the last one goes.
    await globalThis.chrome?.storage?.session?.remove(PANEL_CACHE_KEY);
    return loadOrgContext(connection);
  };
  return cachedForSession(key, loadForNewSession, (value) => OrgContextSchema.parse(value));
}
