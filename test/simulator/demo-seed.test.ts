/** The simulator serving the shared demo and empty seeds (test/simulator/seeds/), end to end. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSimulator, type Simulator } from "./index";
import { raw } from "./fixtures/harness";
import { demoSeed } from "./seeds/demo";
import { emptySeed } from "./seeds/empty";

const now = new Date("2026-03-10T15:00:00Z");
let sim: Simulator;
beforeAll(async () => {
  sim = await createSimulator({ seed: demoSeed(now), tls: false, now: () => now });
});
afterAll(() => sim.close());

describe("demo seed", () => {
  it("logs in every seeded user and answers the extension's pooled-case query", async () => {
    const seed = demoSeed(now);
    const cred = seed.credentials[0]!;
    const tokenRes = await raw(sim, "POST", "/services/oauth2/token", {
      headers: { "Content-Type": "application/x-www-form-urlencoded", Host: "acme.my.salesforce.com" },
      body: new URLSearchParams({ grant_type: "password", username: cred.username, password: cred.password, client_id: "c", client_secret: "s" }).toString(),
    });
    expect(tokenRes.status).toBe(200);
    for (const c of seed.credentials) expect(() => sim.login(c.username)).not.toThrow();
    const soql = `SELECT Id, CaseNumber, Subject, Status, Owner.Name, Owner.Type, Account.Name, Account.Pooled_Region__c, (SELECT Id, Subject, CreatedDate FROM Tasks ORDER BY CreatedDate DESC LIMIT 5) FROM Case WHERE RecordTypeId = '${sim.store.pooledCaseRecordTypeId}' AND IsClosed = false ORDER BY CreatedDate DESC`;
    const res = await fetch(`${sim.url}/services/data/v62.0/query?q=${encodeURIComponent(soql)}`, { headers: { Authorization: `Bearer ${tokenRes.json<{ access_token: string }>().access_token}` } });
    const body = (await res.json()) as { totalSize: number; records: { Owner: { Type: string } }[] };
    expect(res.status).toBe(200);
    expect(body.totalSize).toBeGreaterThan(0);
    expect(body.records.some((r) => r.Owner.Type === "Queue")).toBe(true);
  });

  it("builds a seed by its name, as the CLI does", async () => {
    const acme = await createSimulator({ seed: "acme", tls: false, now: () => now });
    try {
      expect(acme.store.findQueue("NA_Digital_Sales")).toBeDefined();
      expect(acme.store.findQueue("Pooled_Sales_Queue")).toBeUndefined();
      expect(acme.oauthApps()).toHaveLength(1);
      expect(sim.oauthApps()).toEqual([]);
    } finally {
      await acme.close();
    }
  });

  it("loads the empty seed (metadata and users only)", async () => {
    const empty = await createSimulator({ seed: emptySeed(now), tls: false, now: () => now });
    try {
      expect(empty.store.query("SELECT COUNT() FROM Case").totalSize).toBe(0);
      expect(empty.store.query("SELECT COUNT() FROM CaseStatus").totalSize).toBeGreaterThan(0);
    } finally {
      await empty.close();
    }
  });
});
