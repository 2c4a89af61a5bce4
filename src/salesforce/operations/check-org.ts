/**
 * The org check: one Composite (describes, at most 5 queries, the user's own
 * row) asks the org about every name the profile gives and what an AE needs to
 * work; evaluateOrgCheck (domain) turns the answers into found / missing / no
 * access. Cached for the session (and this profile): the first panel pays one
 * call, later ones none; "Check again" forces a new one.
 */
import type { Connection } from "jsforce";
import * as z from "zod/v4-mini";

import { evaluateOrgCheck, objectsToDescribe, userFieldsToRead, type Answer, type ObjectDescribe, type OrgCheckAnswers } from "../../domain/org-profile/evaluate-org-check";
import { OrgCheckSchema, type OrgCheck } from "../../domain/org-profile/org-check";
import type { OrgProfile } from "../../domain/org-profile/schema";
import { composite, dataPath, queryUrl, type CompositeResults, type Subrequest } from "../composite";
import { isSessionRefusedByApi } from "../session";
import { profileFingerprint, sha256, type SessionStorageArea } from "../session-cache";

const Id = z.string().check(z.regex(/^[a-zA-Z0-9]{15,18}$/));

const DescribeSchema = z.object({
  queryable: z.boolean(),
  updateable: z.boolean(),
  fields: z.array(z.object({ name: z.string(), label: z.string(), type: z.string(), updateable: z.boolean(), referenceTo: z.optional(z.array(z.string())) })),
  recordTypeInfos: z._default(z.array(z.object({ developerName: z.string(), name: z.string(), available: z.boolean(), active: z.boolean() })), []),
});
const rows = <T extends z.ZodMiniType>(row: T) => z.pipe(z.object({ records: z.array(row) }), z.transform((result) => result.records));
const GroupRows = z.pipe(rows(z.object({ Id, DeveloperName: z.string(), Name: z.string(), Type: z.string() })), z.transform((records) =>
  records.map((g) => ({ id: g.Id, developerName: g.DeveloperName, name: g.Name, type: g.Type }))));
const MemberRows = z.pipe(rows(z.object({ GroupId: Id, UserOrGroupId: Id })), z.transform((records) => records.map((m) => ({ groupId: m.GroupId, userOrGroupId: m.UserOrGroupId }))));
const StatusRows = z.pipe(rows(z.object({ ApiName: z.optional(z.nullable(z.string())), MasterLabel: z.string(), IsClosed: z.boolean(), IsDefault: z.optional(z.boolean()) })), z.transform((records) =>
  records.map((s) => ({ apiName: s.ApiName ?? s.MasterLabel, label: s.MasterLabel, isClosed: s.IsClosed, isDefault: s.IsDefault ?? false }))));
const HoursRows = z.pipe(rows(z.object({ Name: z.string(), IsDefault: z.boolean(), IsActive: z.boolean() })), z.transform((records) =>
  records.map((h) => ({ name: h.Name, isDefault: h.IsDefault, isActive: h.IsActive }))));
const PermissionSetRows = z.pipe(rows(z.object({ Name: z.string(), Label: z.string() })), z.transform((records) => records.map((p) => ({ name: p.Name, label: p.Label }))));

const quoted = (values: readonly string[]) => values.map((value) => `'${value.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}'`).join(", ");

/** The Composite's subrequests for this profile: describes, then at most five queries. */
export function orgCheckSubrequests(profile: OrgProfile, meId: string | null): Subrequest[] {
  const get = (referenceId: string, url: string): Subrequest => ({ referenceId, method: "GET", url });
  const manager = profile.people.manager;
  const queues = profile.pools.map((pool) => pool.queue);
  const requests = objectsToDescribe(profile).map((object) => get(`describe${object}`, dataPath(`/sobjects/${object}/describe`)));
  const managerGroup = manager.kind === "public-group" ? ` OR (Type = 'Regular' AND DeveloperName = ${quoted([manager.group])})` : "";
  requests.push(get("groups", queryUrl(`SELECT Id, DeveloperName, Name, Type FROM Group WHERE Type = 'Queue'${managerGroup}`)));
  if (profile.people.region.kind === "queue-membership" && meId) {
    requests.push(get("memberships", queryUrl(`SELECT GroupId, UserOrGroupId FROM GroupMember WHERE UserOrGroupId = '${meId}' OR Group.DeveloperName IN (${quoted(queues)})`)));
  }
  requests.push(get("statuses", queryUrl("SELECT ApiName, MasterLabel, IsClosed, IsDefault FROM CaseStatus")));
  requests.push(get("hours", queryUrl("SELECT Name, IsDefault, IsActive FROM BusinessHours")));
  if (manager.kind === "permission-set") requests.push(get("permissionSets", queryUrl(`SELECT Name, Label FROM PermissionSet WHERE Name = ${quoted([manager.permissionSet])}`)));
  const userFields = userFieldsToRead(profile);
  if (userFields.length > 0 && meId) requests.push(get("me", dataPath(`/sobjects/User/${meId}?fields=${userFields.join(",")}`)));
  return requests;
}

function answerOf<T>(results: CompositeResults, referenceId: string, schema: z.ZodMiniType<T, unknown>): Answer<T> {
  const result = results.get(referenceId);
  if (!result) return { ok: false, errorCode: "NOT_ASKED", message: "not asked (who you are is not known)" };
  if (result.status >= 400) {
    const first = z.array(z.object({ errorCode: z.string(), message: z.string() })).safeParse(result.body);
    return { ok: false, errorCode: first.success ? (first.data[0]?.errorCode ?? `HTTP_${result.status}`) : `HTTP_${result.status}`, message: first.success ? (first.data[0]?.message ?? "") : "" };
  }
  const parsed = schema.safeParse(result.body);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, errorCode: "UNEXPECTED_ANSWER", message: "Salesforce answered in a shape this extension does not understand." };
}

export async function loadOrgCheck(connection: Connection, profile: OrgProfile, meId: string | null, now = () => new Date()): Promise<OrgCheck> {
  // A session id and an OAuth access token start with the org's id ("00D…!…").
  const orgId = /^(00D[a-zA-Z0-9]{12,15})!/.exec(connection.accessToken ?? "")?.[1] ?? "";
  const head = { checkedAt: now().toISOString(), orgId, userId: meId ?? "" };
  let results: CompositeResults;
  try {
    results = await composite(connection, orgCheckSubrequests(profile, meId), false);
  } catch (cause) {
    if (!isSessionRefusedByApi(cause)) throw cause;
    const refused: Answer<never> = { ok: false, errorCode: "INVALID_SESSION_ID", message: "not asked" };
    return evaluateOrgCheck(profile, {
      ...head,
      api: { ok: false, message: "Salesforce refuses this browser session on the REST API (This session is not valid for use with the REST API)." },
      describes: {},
      groups: refused,
      memberships: refused,
      statuses: refused,
      businessHours: refused,
    });
  }
  const describes: OrgCheckAnswers["describes"] = {};
  for (const object of objectsToDescribe(profile)) describes[object] = answerOf(results, `describe${object}`, DescribeSchema) as Answer<ObjectDescribe>;
  return evaluateOrgCheck(profile, {
    ...head,
    api: { ok: true },
    describes,
    groups: answerOf(results, "groups", GroupRows),
    memberships: answerOf(results, "memberships", MemberRows),
    statuses: answerOf(results, "statuses", StatusRows),
    businessHours: answerOf(results, "hours", HoursRows),
    ...(results.has("permissionSets") ? { permissionSets: answerOf(results, "permissionSets", PermissionSetRows) } : {}),
    ...(userFieldsToRead(profile).length > 0 ? { me: answerOf(results, "me", z.record(z.string(), z.unknown())) } : {}),
  });
}

/**
 * Per session, per profile and per "who": a changed profile is checked afresh, and a
 * check made for a user (membership included) is not the panel's check made before
 * userinfo answered. Keys hash the token, never hold it.
 */
async function checkKey(session: { instanceUrl: string; accessToken: string }, profile: OrgProfile, meId: string | null): Promise<string> {
  return `org-check:${session.instanceUrl}:${(await sha256(session.accessToken)).slice(0, 16)}:${(await profileFingerprint(profile)).slice(0, 16)}:${meId ?? "anyone"}`;
}

const memory = new Map<string, OrgCheck>();
const pending = new Map<string, Promise<OrgCheck>>();

const defaultStorage = (): SessionStorageArea | undefined => globalThis.chrome?.storage?.session;

/** The check this session already made for this profile (and user), without asking the org; null when there is none yet. */
export async function peekOrgCheck(session: { instanceUrl: string; accessToken: string }, profile: OrgProfile, meId: string | null = null, storage = defaultStorage()): Promise<OrgCheck | null> {
  const key = await checkKey(session, profile, meId);
  const known = memory.get(key);
  if (known) return known;
  const stored = OrgCheckSchema.safeParse(storage ? (await storage.get(key))[key] : undefined);
  if (!stored.success) return null;
  memory.set(key, stored.data);
  return stored.data;
}

/**
 * The org check for this session and profile: cached (memory, then
 * chrome.storage.session), else one Composite. force: ask the org again.
 * meId: the user (null when not known: membership is then not checked).
 */
export async function getOrgCheck(
  connection: Connection,
  session: { instanceUrl: string; accessToken: string },
  profile: OrgProfile,
  meId: string | null,
  options: { force?: boolean; storage?: SessionStorageArea } = {},
): Promise<OrgCheck> {
  const storage = options.storage ?? defaultStorage();
  const key = await checkKey(session, profile, meId);
  if (!options.force) {
    const known = await peekOrgCheck(session, profile, meId, storage);
    if (known) return known;
  }
  let inFlight = pending.get(key);
  if (!inFlight) {
    inFlight = loadOrgCheck(connection, profile, meId)
      .then(async (check) => {
        memory.set(key, check);
        await storage?.set({ [key]: check });
        return check;
      })
      .finally(() => pending.delete(key));
    pending.set(key, inFlight);
  }
  return inFlight;
}

/** For tests: forget what this worker remembers. */
export function clearOrgCheckMemory(): void {
  memory.clear();
}
