import type { Connection } from "jsforce";

import { casePanelFixture } from "../../../test/support/case-panel-fixture";
import { OrgContextSchema } from "../../messaging/case-panel-data";
import { cachedForSession, clearMemoryCache, sessionCacheKey } from "../session-cache";
import { toAppError } from "../salesforce-error";
import { getOrgContext, loadOrgContext } from "./get-org-context";
import { memoryStorageArea, type MemoryStorageArea } from "../../../test/support/memory-storage-area";

const ME_ID = "0058X00000AvErYQAV";
const POOLED_USER_ID = "0058X00000F1YFqQAN";
const TOKEN = "00D8X000000AbCd!AQ0AQFakeSessionTokenDoNotStore";
const SESSION = { instanceUrl: "https://acme.my.salesforce.com", accessToken: TOKEN };

const records = (...rows: unknown[]) => ({ totalSize: rows.length, done: true, records: rows });
const ok = (referenceId: string, body: unknown) => ({ referenceId, httpStatusCode: 200, body, httpHeaders: {} });

const BUSINESS_HOURS = { attributes: { type: "BusinessHours" }, ...casePanelFixture().org.businessHours };

/** A jsforce Connection answering OAuth userinfo and the org-context Composite; records what it was asked. */
function fakeConnection({ hours = [BUSINESS_HOURS] as unknown[] } = {}) {
  const calls: unknown[] = [];
  const connection = {
    request: async (request: string | { url: string; body: string }) => {
      calls.push(request);
      if (typeof request === "string") {
        return { user_id: ME_ID, name: "Avery Chen", zoneinfo: "America/Chicago", organization_id: "00D8X000000AbCdUAK" };
      }
      const body = JSON.parse(request.body) as { compositeRequest: Array<{ referenceId: string }> };
      const bodies: Record<string, unknown> = {
        users: records(
          { attributes: { type: "User" }, Id: ME_ID, Name: "Avery Chen", TimeZoneSidKey: "America/New_York", Pooled_Region__c: "AMER" },
          { attributes: { type: "User" }, Id: POOLED_USER_ID, Name: "Pooled Sales User", TimeZoneSidKey: "America/Los_Angeles", Pooled_Region__c: null },
        ),
        statuses: records(
          { attributes: { type: "CaseStatus" }, ApiName: "New", MasterLabel: "New", IsClosed: false, IsDefault: true, SortOrder: 1 },
          // Relabeled: Case.Status holds the ApiName, not the label.
          { attributes: { type: "CaseStatus" }, ApiName: "Closed_Resolved", MasterLabel: "Closed - Resolved", IsClosed: true, IsDefault: false, SortOrder: 2 },
        ),
        hours: records(...hours),
        holidays: records({ attributes: { type: "Holiday" }, Name: "Thanksgiving", ActivityDate: "2026-11-26", IsAllDay: true, StartTimeInMinutes: null, EndTimeInMinutes: null }),
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

describe("getOrgContext", () => {
  it("reads who I am, the Pooled Sales User, statuses, business hours and holidays: userinfo plus one Composite", async () => {
    const { connection, calls } = fakeConnection();
    const org = await getOrgContext(connection, SESSION);

    expect(calls).toHaveLength(2);
    expect(calls[0]).toBe("/services/oauth2/userinfo");
    expect(calls[1]).toMatchObject({ method: "POST", url: "/services/data/v62.0/composite" });
    const statusQuery = (JSON.parse((calls[1] as { body: string }).body) as { compositeRequest: Array<{ referenceId: string; url: string }> }).compositeRequest.find((sub) => sub.referenceId === "statuses");
    expect(decodeURIComponent(statusQuery?.url ?? "").replace(/\+/g, " ")).toContain("SELECT ApiName, MasterLabel, IsClosed, IsDefault");
    expect(org).toEqual({
      me: { id: ME_ID, name: "Avery Chen", timeZone: "America/New_York", region: "AMER" },
      pooledOwnerUserIds: [POOLED_USER_ID],
      statuses: [
        { value: "New", label: "New", isClosed: false, isDefault: true },
        { value: "Closed_Resolved", label: "Closed - Resolved", isClosed: true, isDefault: false },
      ],
      businessHours: Object.fromEntries(Object.entries(BUSINESS_HOURS).filter(([key]) => key !== "attributes")),
      holidays: [
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
      ],
    });
  });

  it("answers null business hours when the org has no default", async () => {
    const { connection } = fakeConnection({ hours: [] });
    expect((await getOrgContext(connection, SESSION)).businessHours).toBeNull();
  });

  it("loads once per session: a second call asks Salesforce nothing", async () => {
    const { connection, calls } = fakeConnection();
    const first = await getOrgContext(connection, SESSION);
    const second = await getOrgContext(connection, SESSION);

    expect(calls).toHaveLength(2);
    expect(second).toEqual(first);
  });

  it("drops the panel's cached cases when a new session starts, and only then", async () => {
    const { connection } = fakeConnection();
    storage.items.set("panel-cache:v1", [{ caseId: "x" }]);
    await getOrgContext(connection, SESSION);
    expect(storage.items.has("panel-cache:v1")).toBe(false);

    storage.items.set("panel-cache:v1", [{ caseId: "y" }]);
    await getOrgContext(connection, SESSION);
    expect(storage.items.has("panel-cache:v1")).toBe(true);
  });

  it("a worker Chrome restarted reads the stored copy instead of Salesforce", async () => {
    const { connection, calls } = fakeConnection();
    const first = await getOrgContext(connection, SESSION);
    clearMemoryCache();
    const again = await getOrgContext(connection, SESSION);

    expect(calls).toHaveLength(2);
    expect(again).toEqual(first);
  });

  it("a new token (a new login) loads again", async () => {
    const { connection, calls } = fakeConnection();
    await getOrgContext(connection, SESSION);
    await getOrgContext(connection, { ...SESSION, accessToken: `${TOKEN}2` });

    expect(calls).toHaveLength(4);
    expect(storage.items.size).toBe(2);
  });

  it("another org loads again", async () => {
    const { connection, calls } = fakeConnection();
    await getOrgContext(connection, SESSION);
    await getOrgContext(connection, { ...SESSION, instanceUrl: "https://globex.my.salesforce.com" });
    expect(calls).toHaveLength(4);
  });

  it("never stores the token, in a key or in a value", async () => {
    const { connection } = fakeConnection();
    await getOrgContext(connection, SESSION);

    expect(storage.items.size).toBe(1);
    const [key] = [...storage.items.keys()];
    expect(key).toMatch(/^org-context:https:\/\/acme\.my\.salesforce\.com:[0-9a-f]{16}$/);
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
    const failure = await loadOrgContext(connection).catch((error: unknown) => error);
    expect(toAppError(failure, "https://acme.my.salesforce.com/")).toMatchObject({ kind: "session", errorCode: "INVALID_SESSION_ID" });
  });

  it("lets other userinfo failures through as they are", async () => {
    const connection = {
      request: async () => {
        throw Object.assign(new Error("Service Unavailable"), { errorCode: "ERROR_HTTP_503" });
      },
    } as unknown as Connection;
    await expect(loadOrgContext(connection)).rejects.toMatchObject({ errorCode: "ERROR_HTTP_503" });
  });
});
