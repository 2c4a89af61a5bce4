/**
 * The org context every panel needs and that changes rarely: who I am (from
 * OAuth userinfo), the Pooled Sales User, case statuses, the default business
 * hours and holidays. One userinfo call and one Composite, once per session.
 */
import type { Connection } from "jsforce";
import * as z from "zod";

import { toId18 } from "../../domain/salesforce-id";
import { OrgContextSchema, type OrgContext } from "../../messaging/case-panel-data";
import { compositeBodies, queryUrl } from "../composite";
import { cachedForSession, sessionCacheKey } from "../session-cache";

/** The handbook's pooled owner; support sees the nickname. A later issue makes this configurable. */
export const POOLED_OWNER_NAME = "Pooled Sales User";
export const POOLED_OWNER_NICKNAME = "POOLED USER [ DO NOT CHATTER ]";

const UserInfoSchema = z.object({ user_id: z.string(), name: z.string().optional(), zoneinfo: z.string().optional() });

const records = <T extends z.ZodTypeAny>(record: T) => z.object({ totalSize: z.number(), records: z.array(record) });

const UserRecord = z.object({ Id: z.string(), Name: z.string().nullable(), TimeZoneSidKey: z.string().nullable().optional(), Pooled_Region__c: z.string().nullable().optional() });
const StatusRecord = z.object({ MasterLabel: z.string(), IsClosed: z.boolean(), IsDefault: z.boolean() });
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
const HolidayRecord = z.object({
  Name: z.string().nullable().optional().transform((v) => v ?? null),
  ActivityDate: z.string(),
  IsAllDay: z.boolean(),
  StartTimeInMinutes: z.number().nullable().optional().transform((v) => v ?? null),
  EndTimeInMinutes: z.number().nullable().optional().transform((v) => v ?? null),
});

const DAY_FIELDS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"].flatMap((d) => [`${d}StartTime`, `${d}EndTime`]);

export async function loadOrgContext(connection: Connection): Promise<OrgContext> {
  const userInfo = UserInfoSchema.parse(await connection.request("/services/oauth2/userinfo"));
  const meId = toId18(userInfo.user_id);
  const bodies = await compositeBodies(connection, [
    {
      referenceId: "users",
      method: "GET",
      url: queryUrl(
        `SELECT Id, Name, TimeZoneSidKey, Pooled_Region__c FROM User WHERE Id = '${meId}' OR Name = '${POOLED_OWNER_NAME}' OR CommunityNickname = '${POOLED_OWNER_NICKNAME}'`,
      ),
    },
    { referenceId: "statuses", method: "GET", url: queryUrl("SELECT MasterLabel, IsClosed, IsDefault, SortOrder FROM CaseStatus ORDER BY SortOrder") },
    { referenceId: "hours", method: "GET", url: queryUrl(`SELECT TimeZoneSidKey, ${DAY_FIELDS.join(", ")} FROM BusinessHours WHERE IsDefault = true AND IsActive = true LIMIT 1`) },
    { referenceId: "holidays", method: "GET", url: queryUrl("SELECT Name, ActivityDate, IsAllDay, StartTimeInMinutes, EndTimeInMinutes FROM Holiday") },
  ]);
  const users = records(UserRecord).parse(bodies.get("users")).records;
  const me = users.find((user) => toId18(user.Id) === meId);
  const hours = records(BusinessHoursRecord).parse(bodies.get("hours")).records[0] ?? null;
  return OrgContextSchema.parse({
    me: { id: meId, name: me?.Name ?? userInfo.name ?? null, timeZone: me?.TimeZoneSidKey ?? userInfo.zoneinfo ?? null, region: me?.Pooled_Region__c ?? null },
    pooledOwnerUserIds: users.filter((user) => toId18(user.Id) !== meId).map((user) => toId18(user.Id)),
    statuses: records(StatusRecord)
      .parse(bodies.get("statuses"))
      .records.map((status) => ({ label: status.MasterLabel, isClosed: status.IsClosed, isDefault: status.IsDefault })),
    businessHours: hours,
    holidays: records(HolidayRecord).parse(bodies.get("holidays")).records,
  });
}

export async function getOrgContext(connection: Connection, session: { instanceUrl: string; accessToken: string }): Promise<OrgContext> {
  const key = await sessionCacheKey("org-context", session.instanceUrl, session.accessToken);
  return cachedForSession(key, () => loadOrgContext(connection), (value) => OrgContextSchema.parse(value));
}
