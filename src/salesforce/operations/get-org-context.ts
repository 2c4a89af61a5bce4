/**
 * The org context every panel, the popup and the badge share, read once per
 * session: who I am (OAuth userinfo) side by side with the org's facts the profile
 * names (statuses, business hours and holidays, the pooled owner users, each
 * pool's members, the manager). Nothing in the queries needs "me" before it comes
 * back, so the first panel of a session waits for one round trip, not two.
 *
 * A pool's members are its queue's members, a public group in the queue counting
 * with its own members (one level, as Salesforce's queue sharing does for groups of
 * users); or, where the profile says so, the users whose region field names the
 * pool's region.
 */
import type { Connection } from "jsforce";
import * as z from "zod/v4-mini";

import { ALL_FIELD_ROLES, type OrgProfile } from "../../domain/org-profile";
import { poolOfUser } from "../../domain/pools";
import { sameId, toId18 } from "../../domain/salesforce-id";
import { BusinessHoursRecordSchema, HolidayRecordSchema, OrgContextSchema, type OrgContext } from "../../messaging/org-context";
import { PANEL_CACHE_KEY } from "../../messaging/storage-keys";
import { independentBodies, queryUrl, SalesforceError, type Subrequest } from "../composite";
import type { OrgNames } from "../query/org-names";
import { soqlList, soqlString, selectList } from "../query/soql";
import { cachedForSession, knownForSession, profileFingerprint, sessionCacheKey } from "../session-cache";
import { childRecords, nullable, queryResult } from "./case-records";

const UserInfoSchema = z.object({ user_id: z.string(), name: z.optional(z.string()), zoneinfo: z.optional(z.string()), organization_id: z.optional(z.string()) });

// Case.Status holds the CaseStatus ApiName; MasterLabel is only what people read.
const StatusRecord = z.object({ ApiName: z.optional(z.nullable(z.string())), MasterLabel: z.string(), IsClosed: z.boolean(), IsDefault: z.boolean() });
const HOURS_FIELDS = Object.keys(BusinessHoursRecordSchema.shape).join(", ");
const HoursRecord = z.looseObject({ Name: nullable, IsDefault: z.boolean() });
const optionalNull = <T extends z.ZodMiniType>(schema: T) => z.pipe(z.optional(z.nullable(schema)), z.transform((v: z.infer<T> | null | undefined) => v ?? null));
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
const HOLIDAY_FIELDS = Object.keys(HolidayRecordSchema.shape).join(", ");
const UserRecord = z.looseObject({ Id: z.string(), Name: nullable, CommunityNickname: nullable });
const GroupRecord = z.object({ Id: z.string(), DeveloperName: nullable, GroupMembers: childRecords(z.object({ UserOrGroupId: z.string() })) });
const Assignment = z.object({ AssigneeId: z.string() });

/**
 * OAuth userinfo answers a bad or expired token with 403 "Bad_OAuth_Token" (not the
 * REST API's 401 INVALID_SESSION_ID); both mean the AE must log in again.
 */
async function readUserInfo(connection: Connection): Promise<z.infer<typeof UserInfoSchema>> {
  try {
    return UserInfoSchema.parse(await connection.request("/services/oauth2/userinfo"));
  } catch (cause) {
    const error = cause as { errorCode?: unknown; name?: unknown; message?: unknown };
    const said = `${String(error.errorCode)} ${String(error.name)} ${String(error.message)}`;
    if (/Bad_OAuth_Token|INVALID_SESSION_ID|ERROR_HTTP_40[13]/i.test(said)) throw new SalesforceError("INVALID_SESSION_ID", "Session expired or invalid");
    throw cause;
  }
}

/** The groups to read: the pools' queues (their ids always; their members by queue membership) and the manager's public group. */
function groupNames(profile: OrgProfile): string[] {
  const manager = profile.people.manager.kind === "public-group" ? [profile.people.manager.group] : [];
  return [...profile.pools.map((pool) => pool.queue), ...manager];
}

/** Whose membership is read from groups: the pools' (by queue membership) or the manager's public group. */
const readsMembers = (profile: OrgProfile) => profile.people.region.kind === "queue-membership" || profile.people.manager.kind === "public-group";

function usersWhere(profile: OrgProfile): string | null {
  const { pooledOwner, people, pools } = profile;
  const clauses = [
    pooledOwner.names.length ? `Name IN ${soqlList(pooledOwner.names)}` : null,
    pooledOwner.nicknames.length ? `CommunityNickname IN ${soqlList(pooledOwner.nicknames)}` : null,
    people.region.kind === "user-field" ? `${people.region.field} IN ${soqlList(pools.map((pool) => pool.region))}` : null,
    people.manager.kind === "user-field" ? `${people.manager.field} = ${soqlString(people.manager.value)}` : null,
  ].filter((clause): clause is string => clause !== null);
  return clauses.length ? clauses.join(" OR ") : null;
}

export function orgContextSubrequests(profile: OrgProfile): Subrequest[] {
  const get = (referenceId: string, soql: string): Subrequest => ({ referenceId, method: "GET", url: queryUrl(soql) });
  const subrequests = [
    get("statuses", "SELECT ApiName, MasterLabel, IsClosed, IsDefault, SortOrder FROM CaseStatus ORDER BY SortOrder"),
    get("hours", `SELECT Name, IsDefault, ${HOURS_FIELDS} FROM BusinessHours WHERE IsActive = true`),
    get("holidays", `SELECT ${HOLIDAY_FIELDS} FROM Holiday`),
  ];
  const where = usersWhere(profile);
  const { region, manager } = profile.people;
  const userFields = selectList(["Id", "Name", "CommunityNickname", region.kind === "user-field" && region.field, manager.kind === "user-field" && manager.field]);
  if (where) subrequests.push(get("users", `SELECT ${userFields} FROM User WHERE ${where}`));
  const groups = groupNames(profile);
  subrequests.push(get("groups", `SELECT Id, DeveloperName, (SELECT UserOrGroupId FROM GroupMembers) FROM Group WHERE DeveloperName IN ${soqlList(groups)}`));
  if (readsMembers(profile)) {
    subrequests.push(
      get("nestedGroups", `SELECT Id, DeveloperName, (SELECT UserOrGroupId FROM GroupMembers) FROM Group WHERE Id IN (SELECT UserOrGroupId FROM GroupMember WHERE Group.DeveloperName IN ${soqlList(groups)})`),
    );
  }
  if (manager.kind === "permission-set") subrequests.push(get("managers", `SELECT AssigneeId FROM PermissionSetAssignment WHERE PermissionSet.Name = ${soqlString(manager.permissionSet)}`));
  return subrequests;
}

const isUserId = (id: string) => id.startsWith("005");

/** Users of each named group: its user members, and the user members of the groups in it. */
function groupUsers(groups: z.infer<typeof GroupRecord>[], nested: z.infer<typeof GroupRecord>[]): Map<string, string[]> {
  const nestedUsers = new Map(nested.map((group) => [toId18(group.Id), group.GroupMembers.map((member) => member.UserOrGroupId).filter(isUserId).map(toId18)]));
  return new Map(
    groups.map((group) => [
      (group.DeveloperName ?? "").toLowerCase(),
      [...new Set(group.GroupMembers.flatMap((member) => (isUserId(member.UserOrGroupId) ? [toId18(member.UserOrGroupId)] : (nestedUsers.get(toId18(member.UserOrGroupId)) ?? []))))],
    ]),
  );
}

const same = (a: unknown, b: string) => typeof a === "string" && a.trim().toLowerCase() === b.trim().toLowerCase();

export function toOrgContext(bodies: Map<string, unknown>, userInfo: z.infer<typeof UserInfoSchema>, names: OrgNames, orgHost: string, switchedOff: string[] = []): OrgContext {
  const { profile } = names;
  const meId = toId18(userInfo.user_id);
  const users = bodies.has("users") ? queryResult(UserRecord).parse(bodies.get("users")).records : [];
  const groups = queryResult(GroupRecord).parse(bodies.get("groups")).records;
  const members = bodies.has("nestedGroups") ? groupUsers(groups, queryResult(GroupRecord).parse(bodies.get("nestedGroups")).records) : new Map<string, string[]>();
  const poolQueues = Object.fromEntries(profile.pools.map((pool) => [pool.key, groups.find((group) => same(group.DeveloperName, pool.queue))?.Id ?? null]));
  const { region, manager } = profile.people;
  const poolMembers = Object.fromEntries(
    profile.pools.map((pool) => [
      pool.key,
      region.kind === "user-field" ? users.filter((user) => same(user[region.field], pool.region)).map((user) => toId18(user.Id)) : (members.get(pool.queue.toLowerCase()) ?? []),
    ]),
  );
  const managers =
    manager.kind === "public-group"
      ? (members.get(manager.group.toLowerCase()) ?? [])
      : manager.kind === "permission-set"
        ? queryResult(Assignment).parse(bodies.get("managers")).records.map((row) => toId18(row.AssigneeId))
        : users.filter((user) => same(user[manager.field], manager.value)).map((user) => toId18(user.Id));
  const pooledOwnerUserIds = users
    .filter((user) => profile.pooledOwner.names.some((name) => same(user.Name, name)) || profile.pooledOwner.nicknames.some((nickname) => same(user.CommunityNickname, nickname)))
    .map((user) => toId18(user.Id));

  const hours = queryResult(HoursRecord).parse(bodies.get("hours")).records;
  const hoursOf = (name: string | null) => {
    // A named record the org lacks falls back to the pool's policy hours (the org check says so), not to another pool's default.
    const record = name ? hours.find((row) => same(row.Name, name)) : hours.find((row) => row.IsDefault);
    const parsed = record ? BusinessHoursRecordSchema.safeParse({ ...Object.fromEntries(Object.keys(BusinessHoursRecordSchema.shape).map((key) => [key, null])), ...record }) : null;
    return parsed?.success ? parsed.data : null;
  };
  const businessHours = Object.fromEntries(profile.pools.map((pool) => [pool.key, hoursOf(pool.businessHours)]));
  const myPool = poolOfUser({ profile, poolMembers, poolQueues }, meId);
  const fallbackZone = businessHours[myPool?.key ?? profile.pools[0]!.key]?.TimeZoneSidKey ?? (myPool ?? profile.pools[0]!).fallbackHours.timeZone;

  return OrgContextSchema.parse({
    orgHost,
    orgId: userInfo.organization_id ?? null,
    me: { id: meId, name: userInfo.name ?? null, timeZone: userInfo.zoneinfo || fallbackZone, poolKey: myPool?.key ?? null, isManager: managers.some((id) => sameId(id, meId)) },
    pooledOwnerUserIds,
    poolQueues: Object.fromEntries(Object.entries(poolQueues).map(([key, id]) => [key, id ? toId18(id) : null])),
    poolMembers,
    statuses: queryResult(StatusRecord)
      .parse(bodies.get("statuses"))
      .records.map((status) => ({ value: status.ApiName ?? status.MasterLabel, label: status.MasterLabel, isClosed: status.IsClosed, isDefault: status.IsDefault })),
    businessHours,
    holidays: queryResult(HolidayRecord).parse(bodies.get("holidays")).records,
    profile,
    fields: Object.fromEntries(ALL_FIELD_ROLES.map((role) => [role, names.field(role)])),
    switchedOff,
  });
}

export async function loadOrgContext(connection: Connection, names: OrgNames, orgHost: string): Promise<OrgContext> {
  const [userInfo, bodies] = await Promise.all([readUserInfo(connection), independentBodies(connection, orgContextSubrequests(names.profile))]);
  return toOrgContext(bodies, userInfo, names, orgHost);
}

/** A short fingerprint of the profile: a changed profile is a new context. */
const profileKey = async (profile: OrgProfile): Promise<string> => (await profileFingerprint(profile)).slice(0, 12);

export interface ContextSource {
  connection: Connection;
  session: { instanceUrl: string; accessToken: string };
  apiHost: string;
  names: OrgNames;
}

const contextKey = async ({ session, names }: Pick<ContextSource, "session" | "names">) =>
  sessionCacheKey(`org-context:${await profileKey(names.profile)}`, session.instanceUrl, session.accessToken);

/** The session's org context when this worker holds it already; null (and nothing read) otherwise. */
export async function knownOrgContext(source: Pick<ContextSource, "session" | "names">): Promise<OrgContext | null> {
  return knownForSession<OrgContext>(await contextKey(source));
}

export async function getOrgContext({ connection, session, apiHost, names }: ContextSource): Promise<OrgContext> {
  const key = await contextKey({ session, names });
  const loadForNewSession = async () => {
    // A new session may be another user of this browser: what the panel cached for the last one goes (beside the reads, not before them).
    const [context] = await Promise.all([loadOrgContext(connection, names, apiHost), globalThis.chrome?.storage?.session?.remove(PANEL_CACHE_KEY)]);
    return context;
  };
  return cachedForSession(key, loadForNewSession, (value) => OrgContextSchema.parse(value));
}
