/** Drives the simulator with jsforce itself, the client the extension's worker uses. */
import jsforce from "jsforce";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Simulator } from "./index";
import { startTiny } from "./fixtures/harness";
import { BULK_CASES, TINY } from "./fixtures/tiny-seed";

let sim: Simulator;
beforeAll(async () => {
  sim = await startTiny();
});
afterAll(() => sim.close());

const connect = () => new jsforce.Connection({ instanceUrl: sim.url, accessToken: sim.login("ada@pooled.example"), version: "62.0" });

describe("jsforce compatibility", () => {
  it("logs in with the OAuth password flow", async () => {
    const conn = new jsforce.Connection({ oauth2: { loginUrl: sim.url, clientId: "cid", clientSecret: "secret" }, version: "62.0" });
    const info = await conn.login("ada@pooled.example", TINY.password);
    expect(info.id).toBe(TINY.ada);
    expect(info.organizationId).toBe(sim.store.orgId);
    const res = await conn.query<{ Id: string }>(`SELECT Id FROM User WHERE Username = 'ada@pooled.example'`);
    expect(res.records[0]!.Id).toBe(TINY.ada);
  });

  it("queries with relationships and follows nextRecordsUrl", async () => {
    const conn = connect();
    const one = await conn.query<{ Owner: { Name: string }; Tasks: { records: unknown[] } | null }>(
      `SELECT Id, Owner.Name, (SELECT Id FROM Tasks) FROM Case WHERE Id = '${TINY.case2}'`,
    );
    expect(one.records[0]!.Owner.Name).toBe("Ada Lovelace");
    expect(one.records[0]!.Tasks!.records).toHaveLength(2);

    sim.resetRequests();
    const records: unknown[] = [];
    await new Promise<void>((resolve, reject) => {
      conn
        .query("SELECT Id FROM Case WHERE IsClosed = false", { autoFetch: true, maxFetch: 10_000, headers: { "Sforce-Query-Options": "batchSize=200" } })
        .on("record", (r: unknown) => records.push(r))
        .on("end", () => resolve())
        .on("error", reject)
        .run();
    });
    expect(records).toHaveLength(BULK_CASES + 4);
    expect(sim.countRequests({ path: /\/query\/01g/ })).toBe(2);
  });

  it("updates through sobject().update and sees the change", async () => {
    const conn = connect();
    const result = await conn.sobject("Case").update({ Id: TINY.case3, Priority: "High" }, { headers: { "Sforce-Auto-Assign": "FALSE" } });
    expect(result).toMatchObject({ id: TINY.case3, success: true });
    expect(sim.store.get("Case", TINY.case3)!.Priority).toBe("High");
    await expect(conn.sobject("Case").update({ Id: TINY.case3, Status: "Bogus" })).rejects.toMatchObject({ errorCode: "INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST" });
  });

  it("sends composite requests through conn.request", async () => {
    const conn = connect();
    const res = await conn.request<{ compositeResponse: { httpStatusCode: number; body: unknown }[] }>({
      method: "POST",
      url: "/services/data/v62.0/composite",
      body: JSON.stringify({
        allOrNone: true,
        compositeRequest: [
          { method: "PATCH", url: `/services/data/v62.0/sobjects/Case/${TINY.case1}`, referenceId: "claim", body: { OwnerId: TINY.ada }, httpHeaders: { "Sforce-Auto-Assign": "FALSE" } },
          { method: "POST", url: "/services/data/v62.0/sobjects/Task", referenceId: "log", body: { Subject: "Claimed", WhatId: TINY.case1, Status: "Completed" } },
        ],
      }),
      headers: { "Content-Type": "application/json" },
    });
    expect(res.compositeResponse.map((r) => r.httpStatusCode)).toEqual([204, 201]);
    expect(sim.store.get("Case", TINY.case1)!.OwnerId).toBe(TINY.ada);
  });

  it("surfaces INVALID_SESSION_ID as a jsforce error", async () => {
    const conn = connect();
    sim.expireAllSessions();
    await expect(conn.query("SELECT Id FROM Case LIMIT 1")).rejects.toMatchObject({ errorCode: "INVALID_SESSION_ID" });
  });
});
