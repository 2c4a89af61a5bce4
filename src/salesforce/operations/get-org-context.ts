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

/** The handbook's pooled owner; support sees the nickname. A later issue makes this configurable. */
export const POOLED_OWNER_NAME = "Pooled Sales User";
export const POOLED_OWNER_NICKNAME = "POOLED USER [ DO NOT CHATTER ]";

const UserInfoSchema = z.object({ user_id: z.string(), name: z.string().optional(), zoneinfo: z.string().optional() });

const records = <T extends z.ZodTypeAny>(record: T) => z.object({ totalSize: z.number(), records: z.array(record) });

const UserRecord = z.object({ Id: z.string(), Name: z.string().nullable(), TimeZoneSidKey: z.string().nullable().optional(), Pooled_Region__c: z.string().nullable().optional() });
// Case.Status holds the CaseStatus ApiName; MasterLabel is only what people read.
const StatusRecord = z.object({ ApiName: z.string().nullable().optional(), MasterLabel: z.string(), IsClosed: z.boolean(), IsDefault: z.boolean() });
const nullableTime = z.string().nullable().optional().transform((v) => v ?? null);
const BusinessHoursRecord = z.object({
  TimeZoneSidKey: z.string(),
  ...Object.fromEntries(
    ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"].flatMap((day) => [
      [`${day}StartTime`, nullableTime],
      [`${day}EndTime`, nullableTime],
    ]),
  ),
});
const optionalNull = <T extends z.ZodTypeAny>(schema: T) => schema.nullable().optional().transform((v: z.infer<T> | null | undefined) => v ?? null);
const HolidayRecord = z.object({
  Name: optionalNull(z.string()),
  ActivityDate: optionalNull(z.string()),
  IsAllDay: z.boolean(),
  StartTimeInMinutes: optionalNull(z.number()),
  EndTimeInMinutes: optionalNull(z.number()),
  IsRecurrence: optionalNull(z.boolean()),
  RecurrenceType: optionalNull(z.string()),
  RecurrenceStartDate: optionalNull(z.string()),
  RecurrenceEndDateOnly: optionalNull(z.string()),
  RecurrenceDayOfMonth: optionalNull(z.number()),
  RecurrenceMonthOfYear: optionalNull(z.string()),
  RecurrenceInstance: optionalNull(z.string()),
  RecurrenceDayOfWeekMask: optionalNull(z.number()),
});
const HOLIDAY_FIELDS = Object.keys(HolidayRecord.shape).join(", ");

const DAY_FIELDS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"].flatMap((d) => [`${d}StartTime`, `${d}EndTime`]);

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
    { referenceId: "hours", method: "GET", url: queryUrl(`SELECT TimeZoneSidKey, ${DAY_FIELDS.join(", ")} FROM BusinessHours WHERE IsDefault = true AND IsActive = true LIMIT 1`) },
    { referenceId: "holidays", method: "GET", url: queryUrl(`SELECT ${HOLIDAY_FIELDS} FROM Holiday`) },
  ]);
  const users = records(UserRecord).parse(bodies.get("users")).records;
  const me = users.find((user) => toId18(user.Id) === meId);
  const hours = records(BusinessHoursRecord).parse(bodies.get("hours")).records[0] ?? null;
  return OrgContextSchema.parse({
    me: { id: meId, name: me?.Name ?? userInfo.name ?? null, timeZone: me?.TimeZoneSidKey ?? userInfo.zoneinfo ?? null, region: me?.Pooled_Region__c ?? null },
    pooledOwnerUserIds: users.filter((user) => toId18(user.Id) !== meId).map((user) => toId18(user.Id)),
    statuses: records(StatusRecord)
      .parse(bodies.get("statuses"))
      .records.map((status) => ({ value: status.ApiName ?? status.MasterLabel, label: status.MasterLabel, isClosed: status.IsClosed, isDefault: status.IsDefault })),
    businessHours: hours,
    holidays: records(HolidayRecord).parse(bodies.get("holidays")).records,
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
