/**
 * From what the org answered (describes and a few queries) to the org check's
 * items: each name the profile gives, found, missing or without access, with the
 * org's closest candidates for a missing one. Pure, so every verdict is tested
 * without an org; the worker only fetches the answers (check-org.ts).
 */
import { FIELD_ROLES, profileField, type FieldRole } from "./field-roles";
import { fieldCheckId, type OrgCheck, type OrgCheckItem } from "./org-check";
import { closestFields, closestNames, type Candidate, type DescribedField } from "./label-candidates";
import type { OrgProfile } from "./schema";

/** What Salesforce said to one part of the check, or its refusal (INVALID_TYPE, INSUFFICIENT_ACCESS…). */
export type Answer<T> = { ok: true; value: T } | { ok: false; errorCode: string; message: string };

export interface ObjectDescribe {
  queryable: boolean;
  updateable: boolean;
  fields: Array<DescribedField & { updateable: boolean }>;
  recordTypeInfos: Array<{ developerName: string; name: string; available: boolean; active: boolean }>;
}

export type DescribedObject = "Case" | "Account" | "User";

export interface OrgCheckAnswers {
  checkedAt: string;
  orgId: string;
  userId: string;
  /** Whether the REST API took this session at all; when not, nothing else was asked. */
  api: { ok: true } | { ok: false; message: string };
  describes: Partial<Record<DescribedObject, Answer<ObjectDescribe>>>;
  /** Every queue of the org, and the manager's public group when the profile names one. */
  groups: Answer<Array<{ id: string; developerName: string; name: string; type: string }>>;
  /** GroupMember rows of the pools' queues and of the groups the user is directly in. */
  memberships: Answer<Array<{ groupId: string; userOrGroupId: string }>>;
  statuses: Answer<Array<{ apiName: string; label: string; isClosed: boolean; isDefault?: boolean }>>;
  businessHours: Answer<Array<{ name: string; isDefault: boolean; isActive: boolean }>>;
  /** The manager's permission set, when the profile recognises the manager by one. */
  permissionSets?: Answer<Array<{ name: string; label: string }>>;
  /** The user's own values of the profile's User fields, when it names any. */
  me?: Answer<Record<string, unknown>>;
}

/** The objects whose describe the check needs: Case always, Account and User for the roles the profile gives them. */
export function objectsToDescribe(profile: OrgProfile): DescribedObject[] {
  const objects = new Set<DescribedObject>(["Case"]);
  for (const role of Object.keys(FIELD_ROLES) as FieldRole[]) if (profileField(profile, role)) objects.add(FIELD_ROLES[role].object);
  return [...objects];
}

/** The User fields the check reads for the user (the region and manager fields, when the profile uses them). */
export function userFieldsToRead(profile: OrgProfile): string[] {
  return (["user.region", "user.manager"] as const).map((role) => profileField(profile, role)).filter((name): name is string => name !== null);
}

type Item = OrgCheckItem;

/** Roles whose field is a lookup to a standard object: any lookup to it is a candidate. */
const REFERENCES: Partial<Record<FieldRole, string>> = { "case.opportunity": "Opportunity" };

const item = (fields: Partial<Item> & Pick<Item, "id" | "kind" | "label" | "status">): Item => ({
  detail: null,
  withoutIt: null,
  role: null,
  candidates: [],
  profilePath: null,
  ...fields,
});

/** Salesforce's refusal in a line: a SOQL error's last line says what is wrong, the lines before it repeat the query. */
const refused = (answer: { errorCode: string; message: string }) => {
  const said = answer.message.split("\n").map((line) => line.trim()).filter(Boolean).pop();
  return said ? `Salesforce answered ${answer.errorCode}: ${said}` : `Salesforce answered ${answer.errorCode}`;
};
const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

function objectItem(describe: Answer<ObjectDescribe> | undefined): Item {
  const base = { id: "object:Case", kind: "object" as const, label: "Case: read and edit", withoutIt: "cases cannot be claimed, closed or noted" };
  if (!describe || !describe.ok) return item({ ...base, status: "no-access", detail: describe ? refused(describe) : "not asked" });
  if (!describe.value.queryable) return item({ ...base, status: "no-access", detail: "you cannot read Cases", withoutIt: "the panel shows no case" });
  if (!describe.value.updateable) return item({ ...base, status: "no-access", detail: "you can read Cases but not edit them" });
  return item({ ...base, status: "found" });
}

function fieldItem(role: FieldRole, apiName: string, describe: Answer<ObjectDescribe> | undefined): Item {
  const info = FIELD_ROLES[role];
  const base = {
    id: fieldCheckId(role),
    kind: "field" as const,
    label: `${info.object} field ${info.label} (${apiName})`,
    withoutIt: info.withoutIt,
    role,
    profilePath: [...info.profilePath],
  };
  if (!describe || !describe.ok) return item({ ...base, status: "no-access", detail: describe ? refused(describe) : "not asked" });
  const fields = describe.value.fields;
  const field = fields.find((candidate) => same(candidate.name, apiName));
  const candidates = () => closestFields({ label: info.label, apiName, types: info.types, ...(REFERENCES[role] ? { referenceTo: REFERENCES[role] } : {}) }, fields);
  if (!field) return item({ ...base, status: "missing", detail: `${info.object} has no field ${apiName}`, candidates: candidates() });
  if (!info.types.includes(field.type)) {
    return item({ ...base, status: "missing", detail: `${apiName} is a ${field.type} field; this role needs ${info.types.join(" or ")}`, candidates: candidates() });
  }
  if (info.writes && !field.updateable) return item({ ...base, status: "no-access", detail: `${apiName} is readable but you cannot edit it` });
  return item({ ...base, status: "found", detail: field.label === info.label ? null : `labelled "${field.label}"` });
}

function recordTypeItem(profile: OrgProfile, describe: Answer<ObjectDescribe> | undefined): Item {
  const name = profile.case.recordType;
  const base = { id: `record-type:${name}`, kind: "record-type" as const, label: `Case record type ${name}`, withoutIt: "pooled cases are not recognised and referrals cannot be created", profilePath: ["case", "recordType"] };
  if (!describe || !describe.ok) return item({ ...base, status: "no-access", detail: describe ? refused(describe) : "not asked" });
  const infos = describe.value.recordTypeInfos.filter((info) => info.developerName !== "Master");
  const found = infos.find((info) => same(info.developerName, name));
  if (!found) {
    const candidates = closestNames(name, infos.filter((info) => info.active).map((info) => ({ apiName: info.developerName, label: info.name })));
    return item({ ...base, status: "missing", detail: "no Case record type has this DeveloperName", candidates });
  }
  if (!found.active || !found.available) return item({ ...base, status: "no-access", detail: found.active ? "not available to your profile" : "inactive" });
  return item({ ...base, status: "found" });
}

function queueItems(profile: OrgProfile, groups: OrgCheckAnswers["groups"]): Item[] {
  return profile.pools.map((pool, index) => {
    const base = { id: `queue:${pool.key}`, kind: "queue" as const, label: `Queue of ${pool.label} (${pool.queue})`, withoutIt: `the ${pool.label} is not shown`, profilePath: ["pools", String(index), "queue"] };
    if (!groups.ok) return item({ ...base, status: "no-access", detail: refused(groups) });
    const queues = groups.value.filter((group) => group.type === "Queue");
    if (queues.some((queue) => same(queue.developerName, pool.queue))) return item({ ...base, status: "found" });
    const candidates = closestNames(pool.queue, queues.map((queue) => ({ apiName: queue.developerName, label: queue.name })));
    return item({ ...base, status: "missing", detail: "no queue has this DeveloperName", candidates });
  });
}

function statusItems(profile: OrgProfile, statuses: OrgCheckAnswers["statuses"]): Item[] {
  // A claim must move a case on, so the default (new-case) status is never the one to offer for In Progress.
  const isDefault = (apiName: string) => statuses.ok && statuses.value.some((status) => status.isDefault && same(status.apiName, apiName));
  const wanted = [
    { value: profile.case.inProgressStatus, closed: false, path: ["case", "inProgressStatus"], withoutIt: "claiming cannot set the status" },
    ...(profile.case.closedStatuses ?? []).map((value, index) => ({ value, closed: true, path: ["case", "closedStatuses", String(index)], withoutIt: `closing does not offer ${value}` })),
  ];
  const items = wanted.map(({ value, closed, path, withoutIt }) => {
    const base = { id: `status:${value}`, kind: "status" as const, label: `Case status ${value}${closed ? " (closed)" : ""}`, withoutIt, profilePath: path };
    if (!statuses.ok) return item({ ...base, status: "no-access", detail: refused(statuses) });
    const found = statuses.value.find((status) => same(status.apiName, value) || same(status.label, value));
    const ofKind = statuses.value.filter((status) => status.isClosed === closed).map((status) => ({ apiName: status.apiName, label: status.label }));
    // An org has few statuses: when none reads alike ("Working" for "In Progress"), offer those of the right kind.
    const candidates = () => {
      const alike = closestNames(value, ofKind);
      return alike.length > 0 ? alike : ofKind.filter((status) => !same(status.apiName, value) && (closed || !isDefault(status.apiName))).slice(0, 3);
    };
    if (!found) return item({ ...base, status: "missing", detail: "the org has no such Case status", candidates: candidates() });
    if (found.isClosed !== closed) return item({ ...base, status: "missing", detail: closed ? "this status does not close a case" : "this status closes the case", candidates: candidates() });
    return item({ ...base, status: "found" });
  });
  if (profile.case.closedStatuses === null) {
    const base = { id: "status:closed", kind: "status" as const, label: "A closed Case status", withoutIt: "cases cannot be closed from the panel" };
    if (!statuses.ok) items.push(item({ ...base, status: "no-access", detail: refused(statuses) }));
    else items.push(item({ ...base, status: statuses.value.some((status) => status.isClosed) ? "found" : "missing" }));
  }
  return items;
}

function businessHoursItems(profile: OrgProfile, hours: OrgCheckAnswers["businessHours"]): Item[] {
  const items: Item[] = [];
  profile.pools.forEach((pool, index) => {
    if (pool.businessHours === null) return;
    const name = pool.businessHours;
    const base = {
      id: `business-hours:${pool.key}`,
      kind: "business-hours" as const,
      label: `Business hours ${name} of ${pool.label}`,
      withoutIt: `the ${pool.label}'s SLA uses the profile's fallback hours, without holidays`,
      profilePath: ["pools", String(index), "businessHours"],
    };
    if (!hours.ok) return items.push(item({ ...base, status: "no-access", detail: refused(hours) }));
    const active = hours.value.filter((record) => record.isActive);
    if (active.some((record) => same(record.name, name))) return items.push(item({ ...base, status: "found" }));
    const candidates = closestNames(name, active.map((record) => ({ apiName: record.name, label: record.name })));
    items.push(item({ ...base, status: "missing", detail: "no active BusinessHours record has this name", candidates }));
  });
  const onDefault = profile.pools.filter((pool) => pool.businessHours === null);
  if (onDefault.length > 0) {
    const base = {
      id: "business-hours:default",
      kind: "business-hours" as const,
      label: "The org's default business hours",
      withoutIt: `the SLA of ${onDefault.map((pool) => pool.label).join(" and ")} uses the profile's fallback hours, without holidays`,
    };
    if (!hours.ok) items.push(item({ ...base, status: "no-access", detail: refused(hours) }));
    else items.push(item({ ...base, status: hours.value.some((record) => record.isActive && record.isDefault) ? "found" : "missing" }));
  }
  return items;
}

function managerItem(profile: OrgProfile, answers: OrgCheckAnswers): Item | null {
  const manager = profile.people.manager;
  const withoutIt = "the Pooled ASM is not recognised";
  if (manager.kind === "public-group") {
    const base = { id: `group:${manager.group}`, kind: "group" as const, label: `Public group ${manager.group} (the Pooled ASMs)`, withoutIt, profilePath: ["people", "manager", "group"] };
    if (!answers.groups.ok) return item({ ...base, status: "no-access", detail: refused(answers.groups) });
    if (answers.groups.value.some((group) => group.type === "Regular" && same(group.developerName, manager.group))) return item({ ...base, status: "found" });
    return item({ ...base, status: "missing", detail: "no public group has this DeveloperName" });
  }
  if (manager.kind === "permission-set") {
    const base = { id: `permission-set:${manager.permissionSet}`, kind: "permission-set" as const, label: `Permission set ${manager.permissionSet} (the Pooled ASMs)`, withoutIt, profilePath: ["people", "manager", "permissionSet"] };
    const sets = answers.permissionSets;
    if (!sets || !sets.ok) return item({ ...base, status: "no-access", detail: sets ? refused(sets) : "not asked" });
    if (sets.value.some((set) => same(set.name, manager.permissionSet))) return item({ ...base, status: "found" });
    return item({ ...base, status: "missing", detail: "no permission set has this API name" });
  }
  return null; // a User field: its field item says whether the org has it
}

/** Whether the user works in a pool: a member of its queue (directly or through a public group in it), or by the User field. */
function membershipItem(profile: OrgProfile, answers: OrgCheckAnswers): Item {
  const base = { id: "membership", kind: "membership" as const, label: "You are in a pool", withoutIt: "your pool is not known: the first pool is used" };
  const region = profile.people.region;
  if (region.kind === "user-field") {
    const me = answers.me;
    if (!me || !me.ok) return item({ ...base, status: "no-access", detail: me ? refused(me) : "not asked" });
    const value = me.value[region.field];
    const pool = typeof value === "string" ? profile.pools.find((candidate) => same(candidate.region, value)) : undefined;
    if (pool) return item({ ...base, status: "found", detail: `${region.field} is ${String(value)}: ${pool.label}` });
    return item({ ...base, status: "missing", detail: `your ${region.field} is ${value === null || value === undefined ? "empty" : `"${String(value)}"`}, no pool's region` });
  }
  if (!answers.groups.ok) return item({ ...base, status: "no-access", detail: refused(answers.groups) });
  if (!answers.memberships.ok) return item({ ...base, status: "no-access", detail: refused(answers.memberships) });
  const rows = answers.memberships.value;
  // Ids compare on their 15 case-sensitive characters (GroupMember may answer either form).
  const id15 = (id: string) => id.slice(0, 15);
  const mine = new Set([id15(answers.userId), ...rows.filter((row) => id15(row.userOrGroupId) === id15(answers.userId)).map((row) => id15(row.groupId))]);
  const pools = profile.pools.filter((pool) => {
    const queue = answers.groups.ok ? answers.groups.value.find((group) => group.type === "Queue" && same(group.developerName, pool.queue)) : undefined;
    return queue !== undefined && rows.some((row) => id15(row.groupId) === id15(queue.id) && mine.has(id15(row.userOrGroupId)));
  });
  if (pools.length > 0) return item({ ...base, status: "found", detail: `member of ${pools.map((pool) => pool.label).join(" and ")}` });
  return item({ ...base, status: "missing", detail: "you are in none of the pools' queues, directly or through a public group" });
}

export function evaluateOrgCheck(profile: OrgProfile, answers: OrgCheckAnswers): OrgCheck {
  const apiItem = item({
    id: "api",
    kind: "api-access",
    label: "REST API with this session",
    status: answers.api.ok ? "found" : "no-access",
    detail: answers.api.ok ? null : answers.api.message,
    withoutIt: "the panel cannot read Salesforce: connect to Salesforce (OAuth)",
  });
  const head = { checkedAt: answers.checkedAt, orgId: answers.orgId, userId: answers.userId };
  if (!answers.api.ok) return { ...head, items: [apiItem] };
  const caseDescribe = answers.describes.Case;
  const fieldItems = (Object.keys(FIELD_ROLES) as FieldRole[]).flatMap((role) => {
    const apiName = profileField(profile, role);
    return apiName ? [fieldItem(role, apiName, answers.describes[FIELD_ROLES[role].object])] : [];
  });
  const manager = managerItem(profile, answers);
  return {
    ...head,
    items: [
      apiItem,
      objectItem(caseDescribe),
      // Asked without a user (the panel's check runs before userinfo answers): the org context says which pool I am in.
      ...(answers.userId ? [membershipItem(profile, answers)] : []),
      recordTypeItem(profile, caseDescribe),
      ...fieldItems,
      ...queueItems(profile, answers.groups),
      ...statusItems(profile, answers.statuses),
      ...businessHoursItems(profile, answers.businessHours),
      ...(manager ? [manager] : []),
    ],
  };
}

export type { Candidate };
