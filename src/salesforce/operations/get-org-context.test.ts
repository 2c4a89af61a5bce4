import type { Connection } from "jsforce";

import { orgContextFixture } from "../../../test/support/org-context-fixture";
import { DEFAULT_PROFILE } from "../../domain/org-profile";
import { toId18 } from "../../domain/salesforce-id";
import { OrgContextSchema } from "../../messaging/org-context";
import { PANEL_CACHE_KEY } from "../../messaging/storage-keys";
import { orgNames } from "../query/org-names";
import { cachedForSession, clearMemoryCache, sessionCacheKey } from "../session-cache";
import { toAppError } from "../salesforce-error";
import { getOrgContext, loadOrgContext } from "./get-org-context";
import { memoryStorageArea, type MemoryStorageArea } from "../../../test/support/memory-storage-area";

const ME_ID = toId18("0058X00000AvErY");
const SIOBHAN_ID = toId18("0058X00000SiObH");
const DANA_ID = toId18("0058X00000DaNaW");
const POOLED_USER_ID = toId18("0058X00000F1YFq");
const AMER_QUEUE = toId18("00G8X0000000001");
const EMEA_QUEUE = toId18("00G8X0000000002");
const EMEA_GROUP = toId18("00G8X0000000003");
const MANAGERS = toId18("00G8X0000000004");
const TOKEN = "00D8X000000AbCd!AQ0AQFakeSessionTokenDoNotStore";
const SESSION = { instanceUrl: "https://acme.my.salesforce.com", accessToken: TOKEN };
const NAMES = orgNames(DEFAULT_PROFILE, null);
const source = (connection: Connection, session = SESSION) => ({ connection, session, apiHost: "acme.my.salesforce.com", names: NAMES });

const records = (...rows: unknown[]) => ({ totalSize: rows.length, done: true, records: rows });
const ok = (referenceId: string, body: unknown) => ({ referenceId, httpStatusCode: 200, body, httpHeaders: {} });
const members = (...ids: string[]) => records(...ids.map((id) => ({ UserOrGroupId: id })));

const BUSINESS_HOURS = { attributes: { type: "BusinessHours" }, Name: "Default", IsDefault: true, ...orgContextFixture().businessHours.amer };

/** A jsforce Connection answering OAuth userinfo and the org-context Composites; records what it was asked. */
function fakeConnection({ hours = [BUSINESS_HOURS] as unknown[], zoneinfo = "America/Chicago" } = {}) {
  const calls: unknown[] = [];
  const connection = {
    request: async (request: string | { url: string; body: string }) => {
      calls.push(request);
      if (typeof request === "string") {
        return { user_id: ME_ID, name: "Avery Chen", zoneinfo, organization_id: "00D8X000000AbCdUAK" };
      }
      const body = JSON.parse(request.body) as { compositeRequest: Array<{ referenceId: string }> };
      const bodies: Record<string, unknown> = {
        users: records({ attributes: { type: "User" }, Id: POOLED_USER_ID, Name: "Pooled Sales User", CommunityNickname: "POOLED USER [ DO NOT CHATTER ]" }),
        statuses: records(
          { attributes: { type: "CaseStatus" }, ApiName: "New", MasterLabel: "New", IsClosed: false, IsDefault: true, SortOrder: 1 },
          // Relabeled: Case.Status holds the ApiName, not the label.
          { attributes: { type: "CaseStatus" }, ApiName: "Closed_Resolved", MasterLabel: "Closed - Resolved", IsClosed: true, IsDefault: false, SortOrder: 2 },
        ),
        hours: records(...hours),
        holidays: records({ attributes: { type: "Holiday" }, Name: "Thanksgiving", ActivityDate: "2026-11-26", IsAllDay: true, StartTimeInMinutes: null, EndTimeInMinutes: null }),
        groups: records(
          { Id: AMER_QUEUE, DeveloperName: "Pooled_Sales_Queue", GroupMembers: members(ME_ID) },
          // EMEA's queue holds a public group of its AEs, not the AEs themselves.
          { Id: EMEA_QUEUE, DeveloperName: "EMEA_Pooled_Sales_Queue", GroupMembers: members(EMEA_GROUP) },
          { Id: MANAGERS, DeveloperName: "Pooled_Sales_Managers", GroupMembers: members(DANA_ID) },
        ),
        nestedGroups: records({ Id: EMEA_GROUP, DeveloperName: "EMEA_Pooled_AEs", GroupMembers: members(SIOBHAN_ID) }),
        managers: records({ AssigneeId: DANA_ID }),
      };
      return { compositeResponse: body.compositeRequest.map((sub) => ok(sub.referenceId, bodies[sub.referenceId])) };
    },
  } as unknown as Connection;
  return { connection, calls };
}

let storage: MemoryStorageArea;

beforeEach(() => {
  clearMemoryCache();
  storage = memoryStorageArea();
  vi.stubGlobal("chrome", { storage: { session: storage } });
});

afterEach(() => {
  vi.unstubAllGlobals();
});

const composites = (calls: unknown[]) => calls.filter((call): call is { body: string } => typeof call === "object");
const soqlOf = (calls: unknown[]) =>
  Object.fromEntries(
    composites(calls).flatMap((call) =>
      (JSON.parse(call.body) as { compositeRequest: Array<{ referenceId: string; url: string }> }).compositeRequest.map((sub) => [sub.referenceId, decodeURIComponent(sub.url.split("?q=")[1] ?? "")]),
    ),
  );

describe("getOrgContext", () => {
  it("reads who I am side by side with the org's facts: userinfo and the Composites leave together", async () => {
    const { connection, calls } = fakeConnection();
    const org = await getOrgContext(source(connection));

    expect(calls[0]).toBe("/services/oauth2/userinfo");
    // Five queries a Composite at most: seven go out as two, sent side by side.
    expect(composites(calls)).toHaveLength(2);
    const soql = soqlOf(calls);
    expect(soql.statuses).toContain("SELECT ApiName, MasterLabel, IsClosed, IsDefault");
    expect(soql.users).toContain("Name IN ('Pooled Sales User') OR CommunityNickname IN ('POOLED USER [ DO NOT CHATTER ]')");
    expect(soql.groups).toContain("WHERE DeveloperName IN ('Pooled_Sales_Queue', 'EMEA_Pooled_Sales_Queue', 'Pooled_Sales_Managers')");
    expect(soql.nestedGroups).toContain("WHERE Id IN (SELECT UserOrGroupId FROM GroupMember WHERE Group.DeveloperName IN (");
    // No custom User field is read by default.
    expect(Object.values(soql).join(" ")).not.toMatch(/Pooled_Region__c|Pooled_Role__c/);

    expect(org).toMatchObject({
      orgHost: "acme.my.salesforce.com",
      orgId: "00D8X000000AbCdUAK",
      me: { id: ME_ID, name: "Avery Chen", timeZone: "America/Chicago", poolKey: "amer", isManager: false },
      pooledOwnerUserIds: [POOLED_USER_ID],
      poolQueues: { amer: AMER_QUEUE, emea: EMEA_QUEUE },
      // A public group in the queue counts with its members.
      poolMembers: { amer: [ME_ID], emea: [SIOBHAN_ID] },
      statuses: [
        { value: "New", label: "New", isClosed: false, isDefault: true },
        { value: "Closed_Resolved", label: "Closed - Resolved", isClosed: true, isDefault: false },
      ],
      profile: DEFAULT_PROFILE,
      fields: { "case.notes": "Notes__c", "account.carr": "CARR__c", "user.region": null },
      switchedOff: [],
    });
    expect(org.businessHours.amer).toEqual(Object.fromEntries(Object.entries(BUSINESS_HOURS).filter(([key]) => !["attributes", "Name", "IsDefault"].includes(key))));
    expect(org.holidays).toEqual([
      {
        Name: "Thanksgiving",
        ActivityDate: "2026-11-26",
        IsAllDay: true,
        StartTimeInMinutes: null,
        EndTimeInMinutes: null,
        // Absent recurrence fields (a one-off holiday) read as null.
        ...Object.fromEntries(
          ["IsRecurrence", "RecurrenceType", "RecurrenceStartDate", "RecurrenceEndDateOnly", "RecurrenceDayOfMonth", "RecurrenceMonthOfYear", "RecurrenceInstance", "RecurrenceDayOfWeekMask"].map((field) => [field, null]),
        ),
      },
    ]);
  });

  it("takes each pool's named BusinessHours, the default when it names none, and none when the named one is missing", async () => {
    const profile = structuredClone(DEFAULT_PROFILE);
    profile.pools[1]!.businessHours = "EMEA Hours";
    const { connection } = fakeConnection({ hours: [BUSINESS_HOURS, { ...BUSINESS_HOURS, Name: "EMEA Hours", IsDefault: false, TimeZoneSidKey: "Europe/Dublin" }] });
    const org = await getOrgContext({ ...source(connection), names: orgNames(profile, null) });
    expect(org.businessHours.amer?.TimeZoneSidKey).toBe("America/New_York");
    expect(org.businessHours.emea?.TimeZoneSidKey).toBe("Europe/Dublin");

    clearMemoryCache();
    const missing = fakeConnection({ hours: [BUSINESS_HOURS] });
    const again = await getOrgContext({ ...source(missing.connection, { ...SESSION, accessToken: `${TOKEN}2` }), names: orgNames(profile, null) });
    expect(again.businessHours.emea).toBeNull();
  });

  it("answers null business hours when the org has no default, and takes the pool's zone for me when userinfo has none", async () => {
    const { connection } = fakeConnection({ hours: [], zoneinfo: "" });
    const org = await getOrgContext(source(connection));
    expect(org.businessHours).toEqual({ amer: null, emea: null });
    expect(org.me.timeZone).toBe("America/New_York");
  });

  it("knows the manager by the profile's public group, or by a permission set", async () => {
    const profile = structuredClone(DEFAULT_PROFILE);
    profile.people.manager = { kind: "permission-set", permissionSet: "Pooled_ASM" };
    const { connection, calls } = fakeConnection();
    const org = await getOrgContext({ ...source(connection), names: orgNames(profile, null) });
    expect(soqlOf(calls).managers).toBe("SELECT AssigneeId FROM PermissionSetAssignment WHERE PermissionSet.Name = 'Pooled_ASM'");
    expect(org.me.isManager).toBe(false);
  });

  it("finds pools by a custom User field where the profile says so", async () => {
    const profile = structuredClone(DEFAULT_PROFILE);
    profile.people.region = { kind: "user-field", field: "Sales_Region__c" };
    const connection = {
      request: async (request: string | { body: string }) => {
        if (typeof request === "string") return { user_id: ME_ID, name: "Avery Chen", zoneinfo: "America/Chicago" };
        const body = JSON.parse(request.body) as { compositeRequest: Array<{ referenceId: string }> };
        const answer: Record<string, unknown> = {
          users: records({ Id: ME_ID, Name: "Avery Chen", CommunityNickname: "achen", Sales_Region__c: "emea" }, { Id: POOLED_USER_ID, Name: "Pooled Sales User", CommunityNickname: null, Sales_Region__c: null }),
          groups: records({ Id: AMER_QUEUE, DeveloperName: "Pooled_Sales_Queue", GroupMembers: null }, { Id: MANAGERS, DeveloperName: "Pooled_Sales_Managers", GroupMembers: members(ME_ID) }),
          nestedGroups: records(),
        };
        return { compositeResponse: body.compositeRequest.map((sub) => ok(sub.referenceId, answer[sub.referenceId] ?? records())) };
      },
    } as unknown as Connection;
    const org = await getOrgContext({ ...source(connection), names: orgNames(profile, null) });
    expect(org.poolMembers).toEqual({ amer: [], emea: [ME_ID] });
    expect(org.me).toMatchObject({ poolKey: "emea", isManager: true });
    expect(org.poolQueues).toEqual({ amer: AMER_QUEUE, emea: null });
  });

  it("loads once per session: a second call asks Salesforce nothing", async () => {
    const { connection, calls } = fakeConnection();
    const first = await getOrgContext(source(connection));
    const second = await getOrgContext(source(connection));

    expect(calls).toHaveLength(3);
    expect(second).toEqual(first);
  });

  it("a changed profile is a new context", async () => {
    const { connection, calls } = fakeConnection();
    await getOrgContext(source(connection));
    const profile = structuredClone(DEFAULT_PROFILE);
    profile.label = "Changed by the admin";
    expect((await getOrgContext({ ...source(connection), names: orgNames(profile, null) })).profile.label).toBe("Changed by the admin");
    expect(calls).toHaveLength(6);
  });

  it("drops the panel's cached cases when a new session starts, and only then", async () => {
    const { connection } = fakeConnection();
    storage.items.set(PANEL_CACHE_KEY, [{ caseId: "x" }]);
    await getOrgContext(source(connection));
    expect(storage.items.has(PANEL_CACHE_KEY)).toBe(false);

    storage.items.set(PANEL_CACHE_KEY, [{ caseId: "y" }]);
    await getOrgContext(source(connection));
    expect(storage.items.has(PANEL_CACHE_KEY)).toBe(true);
  });

  it("a worker Chrome restarted reads the stored copy instead of Salesforce", async () => {
    const { connection, calls } = fakeConnection();
    const first = await getOrgContext(source(connection));
    clearMemoryCache();
    const again = await getOrgContext(source(connection));

    expect(calls).toHaveLength(3);
    expect(again).toEqual(first);
  });

  it("a new token (a new login) loads again", async () => {
    const { connection, calls } = fakeConnection();
    await getOrgContext(source(connection));
    await getOrgContext(source(connection, { ...SESSION, accessToken: `${TOKEN}2` }));

    expect(calls).toHaveLength(6);
    expect(storage.items.size).toBe(2);
  });

  it("another org loads again", async () => {
    const { connection, calls } = fakeConnection();
    await getOrgContext(source(connection));
    await getOrgContext(source(connection, { ...SESSION, instanceUrl: "https://globex.my.salesforce.com" }));
    expect(calls).toHaveLength(6);
  });

  it("never stores the token, in a key or in a value", async () => {
    const { connection } = fakeConnection();
    await getOrgContext(source(connection));

    expect(storage.items.size).toBe(1);
    const [key] = [...storage.items.keys()];
    expect(key).toMatch(/^org-context:[0-9a-f]{12}:https:\/\/acme\.my\.salesforce\.com:[0-9a-f]{16}$/);
    expect(JSON.stringify([...storage.items])).not.toContain(TOKEN);
    expect(JSON.stringify([...storage.items])).not.toContain("AQ0AQFakeSessionToken");
  });
});

describe("sessionCacheKey", () => {
  it("holds a hash of the token, never the token", async () => {
    const key = await sessionCacheKey("org-context", SESSION.instanceUrl, TOKEN);
    expect(key).not.toContain(TOKEN);
    expect(key).toBe(await sessionCacheKey("org-context", SESSION.instanceUrl, TOKEN));
    expect(key).not.toBe(await sessionCacheKey("org-context", SESSION.instanceUrl, `${TOKEN}2`));
  });
});

describe("cachedForSession", () => {
  const parse = (value: unknown) => OrgContextSchema.shape.statuses.parse(value);

  it("works without chrome.storage (in memory only)", async () => {
    vi.unstubAllGlobals();
    expect(globalThis.chrome).toBeUndefined();
    let loads = 0;
    const load = async () => {
      loads += 1;
      return [{ value: "New", label: "New", isClosed: false, isDefault: true }];
    };
    await cachedForSession("k", load, parse, undefined);
    await cachedForSession("k", load, parse, undefined);
    expect(loads).toBe(1);
  });

  it("shares one load between callers that ask at the same time", async () => {
    vi.unstubAllGlobals();
    let loads = 0;
    let finish: () => void = () => undefined;
    const load = () => {
      loads += 1;
      return new Promise<{ value: string; label: string; isClosed: boolean; isDefault: boolean }[]>((resolve) => {
        finish = () => resolve([{ value: "New", label: "New", isClosed: false, isDefault: true }]);
      });
    };
    const first = cachedForSession("concurrent", load, parse, undefined);
    const second = cachedForSession("concurrent", load, parse, undefined);
    await Promise.resolve();
    finish();
    expect(await second).toEqual(await first);
    expect(loads).toBe(1);
  });

  it("reads again when the stored copy no longer parses (written by an older version)", async () => {
    const area = memoryStorageArea();
    area.items.set("k", [{ label: "New" }]);
    let loads = 0;
    const value = await cachedForSession(
      "k",
      async () => {
        loads += 1;
        return [{ value: "New", label: "New", isClosed: false, isDefault: true }];
      },
      parse,
      area,
    );
    expect(loads).toBe(1);
    expect(value).toEqual([{ value: "New", label: "New", isClosed: false, isDefault: true }]);
    expect(area.items.get("k")).toEqual(value);
  });
});

describe("loadOrgContext with an expired token", () => {
  it("treats OAuth userinfo's 403 Bad_OAuth_Token as an expired session, so the AE gets a way to log in", async () => {
    const connection = {
      request: async () => {
        throw Object.assign(new Error("Bad_OAuth_Token"), { name: "ERROR_HTTP_403", errorCode: "ERROR_HTTP_403" });
      },
    } as unknown as Connection;
    const failure = await loadOrgContext(connection, NAMES, "acme.my.salesforce.com").catch((error: unknown) => error);
    expect(toAppError(failure, "https://acme.my.salesforce.com/")).toMatchObject({ kind: "session", errorCode: "INVALID_SESSION_ID" });
  });

  it("lets other userinfo failures through as they are", async () => {
    const connection = {
      request: async () => {
        throw Object.assign(new Error("Service Unavailable"), { errorCode: "ERROR_HTTP_503" });
      },
    } as unknown as Connection;
    await expect(loadOrgContext(connection, NAMES, "acme.my.salesforce.com")).rejects.toMatchObject({ errorCode: "ERROR_HTTP_503" });
  });
});
