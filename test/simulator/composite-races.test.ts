/**
 * Composite requests losing the races a real org lets them lose: writes landing between two
 * subrequests (scripted, or another HTTP request while the composite is paused or yields),
 * collatable subrequests running out of order, writes in the same second as the version a
 * client read (frozen clock), and allOrNone true keeping its transaction: rollback of its own
 * writes only, row locks, no uncommitted reads.
 */
import { request } from "node:http";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createSimulator, type Simulator } from "./index";
import { api, NOW, startTiny } from "./fixtures/harness";
import { TINY, tinySeed } from "./fixtures/tiny-seed";

let sim: Simulator;
let ada: ReturnType<typeof api>;
let bob: ReturnType<typeof api>;
beforeEach(async () => {
  sim = await startTiny();
  ada = api(sim, sim.login("ada@pooled.example"));
  bob = api(sim, sim.login("bob@pooled.example"));
});
afterEach(() => sim.close());

const V = "/services/data/v62.0";
const caseUrl = (id: string) => `${V}/sobjects/Case/${id}`;
const composite = (compositeRequest: unknown[], extra: Record<string, unknown> = {}) => ada("POST", "/composite", { compositeRequest, ...extra });
const byRef = (res: { body: { compositeResponse: { referenceId: string }[] } }) => new Map(res.body.compositeResponse.map((r: any) => [r.referenceId, r]));
const httpDate = (iso: string) => new Date(Date.parse(iso.replace("+0000", "Z"))).toUTCString();

/** A PATCH whose headers go out now and whose body only when sendBody() is called: the simulator has it in flight meanwhile. */
function heldPatch(path: string, token: string, fields: unknown) {
  const body = JSON.stringify(fields);
  let send = () => {};
  const status = new Promise<number>((resolve, reject) => {
    const req = request(
      { host: "127.0.0.1", port: sim.port, method: "PATCH", path, headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json", "Content-Length": Buffer.byteLength(body) } },
      (res) => {
        res.resume();
        res.on("end", () => resolve(res.statusCode ?? 0));
      },
    );
    req.on("error", reject);
    req.flushHeaders();
    send = () => req.end(body);
  });
  return { status, sendBody: () => send() };
}

/** Polls until `ready` holds, for states the simulator reaches asynchronously. */
async function until(ready: () => boolean): Promise<void> {
  const deadline = Date.now() + 5_000;
  while (!ready()) {
    if (Date.now() > deadline) throw new Error("condition not reached");
    await new Promise((r) => setTimeout(r, 5));
  }
}

describe("writes between subrequests (allOrNone false)", () => {
  it("a scripted write lands after subrequest 0: the composite's read is stale and its PATCH overwrites it", async () => {
    const hook = sim.composite.between({ after: "read", match: { path: TINY.case1 }, write: { op: "update", type: "Case", id: TINY.case1, fields: { OwnerId: TINY.bob, Status: "In Progress" }, asUserId: TINY.bob } });
    const res = await composite([
      { method: "GET", url: `${caseUrl(TINY.case1)}?fields=OwnerId`, referenceId: "read" },
      { method: "PATCH", url: caseUrl(TINY.case1), referenceId: "claim", body: { OwnerId: TINY.ada }, httpHeaders: { "Sforce-Auto-Assign": "FALSE" } },
    ]);
    expect(hook.state).toBe("fired");
    const results = byRef(res);
    expect(results.get("read").body.OwnerId).toBe(TINY.amerQueue);
    expect(results.get("claim").httpStatusCode).toBe(204);
    expect(sim.store.get("Case", TINY.case1)).toMatchObject({ OwnerId: TINY.ada, Status: "In Progress" });
    const owners = sim.store.rows("CaseHistory").filter((h) => h.CaseId === TINY.case1 && h.Field === "Owner" && typeof h.NewValue === "string" && h.NewValue.startsWith("005"));
    expect(owners.map((h) => h.NewValue)).toEqual([TINY.bob, TINY.ada]);
  });

  it("only the next matching composite gets the hook, and a hook past the last subrequest is missed", async () => {
    const hook = sim.composite.between({ after: 5, match: { path: TINY.case3 }, write: { op: "update", type: "Case", id: TINY.case3, fields: { Priority: "High" } } });
    await composite([{ method: "GET", url: caseUrl(TINY.case2), referenceId: "other" }]);
    expect(hook.state).toBe("armed");
    await composite([{ method: "GET", url: caseUrl(TINY.case3), referenceId: "mine" }]);
    expect(await hook.reached).toBe("missed");
    expect(sim.store.get("Case", TINY.case3)!.Priority).toBe("Low");
  });

  it("pauses after a subrequest while another AE's HTTP request runs to completion, then goes on", async () => {
    const hook = sim.composite.between({ after: 0, match: { method: "PATCH", path: TINY.case1 }, pause: true });
    const pending = composite([
      { method: "PATCH", url: caseUrl(TINY.case1), referenceId: "claim", body: { OwnerId: TINY.ada, Status: "In Progress" }, httpHeaders: { "Sforce-Auto-Assign": "FALSE" } },
      { method: "GET", url: `${caseUrl(TINY.case1)}?fields=OwnerId,Status`, referenceId: "after" },
    ]);
    expect(await hook.reached).toBe("paused");
    const theirs = await bob("PATCH", `/sobjects/Case/${TINY.case1}`, { OwnerId: TINY.bob }, { "Sforce-Auto-Assign": "FALSE" });
    expect(theirs.status).toBe(204);
    hook.release();
    const results = byRef(await pending);
    expect(results.get("claim").httpStatusCode).toBe(204);
    expect(results.get("after").body).toMatchObject({ OwnerId: TINY.bob, Status: "In Progress" });
  });

  it("runs test code between subrequests: another AE's HTTP request, awaited there", async () => {
    const hook = sim.composite.between({ after: "before", run: () => bob("PATCH", `/sobjects/Case/${TINY.case3}`, { Priority: "High" }, { "Sforce-Auto-Assign": "FALSE" }) });
    const results = byRef(
      await composite([
        { method: "GET", url: `${caseUrl(TINY.case3)}?fields=Priority`, referenceId: "before" },
        { method: "GET", url: `${caseUrl(TINY.case3)}?fields=Priority`, referenceId: "after" },
      ]),
    );
    expect(hook.state).toBe("fired");
    expect([results.get("before").body.Priority, results.get("after").body.Priority]).toEqual(["Low", "High"]);
  });

  it("in yield mode, a request already received runs between two subrequests", async () => {
    sim.composite.yieldBetweenSubrequests = true;
    // Bob's PATCH arrives first but its body is still on the way: it is in flight.
    const bobs = heldPatch(`${V}/sobjects/Case/${TINY.case2}`, sim.login("bob@pooled.example"), { Priority: "High" });
    await until(() => sim.composite.inFlight === 1);
    const pending = composite([
      { method: "GET", url: `${caseUrl(TINY.case2)}?fields=Priority`, referenceId: "before" },
      { method: "GET", url: `${caseUrl(TINY.case2)}?fields=Priority`, referenceId: "after" },
    ]);
    await until(() => sim.composite.parked === 1);
    bobs.sendBody();
    const results = byRef(await pending);
    expect(await bobs.status).toBe(204);
    expect(results.get("before").body.Priority).toBe("Medium");
    expect(results.get("after").body.Priority).toBe("High");
  });

  it("two composites in yield mode don't wait for each other forever", async () => {
    sim.composite.yieldBetweenSubrequests = true;
    const reads = (id: string) => [0, 1, 2].map((i) => ({ method: "GET", url: `${caseUrl(id)}?fields=Id`, referenceId: `r${i}` }));
    const started = Date.now();
    const [a, b] = await Promise.all([composite(reads(TINY.case1)), composite(reads(TINY.case2))]);
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});

describe("allOrNone true: one transaction", () => {
  it("rolls back its own writes only: a write that landed meanwhile on another row survives", async () => {
    sim.composite.between({ after: "first", write: { op: "update", type: "Case", id: TINY.case3, fields: { Priority: "High" } } });
    const res = await composite(
      [
        { method: "PATCH", url: caseUrl(TINY.case1), referenceId: "first", body: { Priority: "Low" }, httpHeaders: { "Sforce-Auto-Assign": "FALSE" } },
        { method: "PATCH", url: caseUrl(TINY.case2), referenceId: "stale", body: { Priority: "Low" }, httpHeaders: { "If-Unmodified-Since": "Thu, 01 Jan 2026 00:00:00 GMT" } },
      ],
      { allOrNone: true },
    );
    const results = byRef(res);
    expect(results.get("stale").httpStatusCode).toBe(412);
    expect(results.get("first").body[0].errorCode).toBe("PROCESSING_HALTED");
    expect(sim.store.get("Case", TINY.case1)!.Priority).toBe("High");
    expect(sim.store.get("Case", TINY.case2)!.Priority).toBe("Medium");
    expect(sim.store.get("Case", TINY.case3)!.Priority).toBe("High");
  });

  it("holds a lock on what it wrote: others read the committed row, a writer times out with UNABLE_TO_LOCK_ROW, a scripted write fails", async () => {
    sim.composite.lockWaitMs = 150;
    const blocked = sim.composite.between({ after: "close", write: { op: "update", type: "Case", id: TINY.case2, fields: { Priority: "High" } } });
    const paused = sim.composite.between({ after: "close", pause: true });
    const pending = composite([{ method: "PATCH", url: caseUrl(TINY.case2), referenceId: "close", body: { Status: "Closed_Resolved" } }], { allOrNone: true });
    expect(await paused.reached).toBe("paused");
    expect(blocked.state).toBe("failed");
    expect(blocked.error).toContain("unable to obtain exclusive access");
    const read = await bob("GET", `/sobjects/Case/${TINY.case2}?fields=Status`);
    expect(read.body.Status).toBe("In Progress");
    const queried = await bob("GET", `/query?q=${encodeURIComponent(`SELECT Status FROM Case WHERE Id = '${TINY.case2}'`)}`);
    expect(queried.body.records[0].Status).toBe("In Progress");
    const write = await bob("PATCH", `/sobjects/Case/${TINY.case2}`, { Priority: "Low" });
    expect(write.status).toBe(400);
    expect(write.body[0].errorCode).toBe("UNABLE_TO_LOCK_ROW");
    paused.release();
    expect((await pending).body.compositeResponse[0].httpStatusCode).toBe(204);
    expect(sim.store.get("Case", TINY.case2)).toMatchObject({ Status: "Closed_Resolved", Priority: "Medium" });
  });

  it("a writer that waits for the lock goes through once the transaction commits", async () => {
    const paused = sim.composite.between({ after: "close", pause: true });
    const pending = composite([{ method: "PATCH", url: caseUrl(TINY.case2), referenceId: "close", body: { Status: "Closed_Resolved" } }], { allOrNone: true });
    await paused.reached;
    const waiting = bob("PATCH", `/sobjects/Case/${TINY.case2}`, { Status: "In Progress" }, { "If-Unmodified-Since": new Date(NOW.getTime() + 60_000).toUTCString() });
    await until(() => sim.composite.parked === 2);
    paused.release();
    await pending;
    expect((await waiting).status).toBe(204);
    expect(sim.store.get("Case", TINY.case2)!.Status).toBe("In Progress");
  });
});

describe("collateSubrequests", () => {
  const task = (ref: string, subject: string, extra: Record<string, unknown> = {}) => ({ method: "POST", url: `${V}/sobjects/Task`, referenceId: ref, body: { Subject: subject, Status: "Not Started", TaskSubtype: "Task", ...extra } });

  it("in reversed mode runs unrelated same-method /sobjects subrequests last-first, but not ones with httpHeaders or references", async () => {
    sim.composite.collation = "reversed";
    const res = await composite([
      task("a", "A"),
      task("b", "B"),
      { method: "PATCH", url: caseUrl(TINY.case2), referenceId: "headers", body: { Priority: "High" }, httpHeaders: { "Sforce-Auto-Assign": "FALSE" } },
      task("c", "C"),
      task("d", "D @{c.id}"),
    ]);
    expect(res.body.compositeResponse.map((r: { referenceId: string }) => r.referenceId)).toEqual(["b", "a", "headers", "c", "d"]);
    const ids = new Map(res.body.compositeResponse.filter((r: any) => r.httpStatusCode === 201).map((r: any) => [r.referenceId, r.body.id]));
    expect(String(ids.get("b")) < String(ids.get("a"))).toBe(true);
    expect(sim.store.get("Task", String(ids.get("d")))!.Subject).toBe(`D ${ids.get("c")}`);
  });

  it("runs in order with collateSubrequests false, or before API 49.0 where that is the default", async () => {
    sim.composite.collation = "reversed";
    const off = await composite([task("a", "A"), task("b", "B")], { collateSubrequests: false });
    expect(off.body.compositeResponse.map((r: { referenceId: string }) => r.referenceId)).toEqual(["a", "b"]);
    const old = await api(sim, sim.login("ada@pooled.example"))("POST", "/services/data/v48.0/composite", { compositeRequest: [task("a", "A"), task("b", "B")].map((t) => ({ ...t, url: "/services/data/v48.0/sobjects/Task" })) });
    expect(old.body.compositeResponse.map((r: { referenceId: string }) => r.referenceId)).toEqual(["a", "b"]);
  });
});

describe("the clock", () => {
  it("frozen, a write lands in the same second as the version read, and If-Unmodified-Since can't see it", async () => {
    // A clock that moves a second every time it is read: without freeze() no two writes share a second.
    let ticks = 0;
    await sim.close();
    sim = await createSimulator({ seed: tinySeed(NOW), tls: false, now: () => new Date(NOW.getTime() + 1_000 * ticks++) });
    ada = api(sim, sim.login("ada@pooled.example"));
    bob = api(sim, sim.login("bob@pooled.example"));
    const keep = { "Sforce-Auto-Assign": "FALSE" };
    sim.clock.freeze();
    await ada("PATCH", `/sobjects/Case/${TINY.case1}`, { Priority: "Low" }, keep);
    const read = await bob("GET", `/sobjects/Case/${TINY.case1}?fields=LastModifiedDate,Priority`);
    // Ada changes it again within the same second: the version Bob holds looks current.
    await ada("PATCH", `/sobjects/Case/${TINY.case1}`, { Priority: "Medium" }, keep);
    const blind = await bob("PATCH", `/sobjects/Case/${TINY.case1}`, { Priority: "High" }, { ...keep, "If-Unmodified-Since": httpDate(read.body.LastModifiedDate) });
    expect(blind.status).toBe(204);
    // One second later the same change is caught.
    sim.clock.advance(1_000);
    await ada("PATCH", `/sobjects/Case/${TINY.case1}`, { Priority: "Medium" }, keep);
    const seen = await bob("PATCH", `/sobjects/Case/${TINY.case1}`, { Priority: "High" }, { ...keep, "If-Unmodified-Since": httpDate(read.body.LastModifiedDate) });
    expect(seen.status).toBe(412);
  });

  it("stamps writes with the simulator's clock: frozen, advanced, resumed and reset", async () => {
    sim.clock.freeze(new Date("2026-03-10T15:30:00.700Z"));
    const id = sim.store.insert("Task", { Subject: "clock", Status: "Not Started", TaskSubtype: "Task" }, TINY.ada);
    expect(sim.store.get("Task", id)!.CreatedDate).toBe("2026-03-10T15:30:00.000+0000");
    sim.clock.advance(90_000);
    sim.store.update("Task", id, { Subject: "later" }, TINY.ada);
    expect(sim.store.get("Task", id)!.LastModifiedDate).toBe("2026-03-10T15:31:30.000+0000");
    sim.clock.resume();
    expect(sim.clock.state().frozen).toBe(false);
    sim.clock.reset();
    expect(sim.clock.now().getTime()).toBe(NOW.getTime());
  });
});

describe("/__sim/ control endpoints", () => {
  const control = async (method: string, name: string, body?: unknown) => {
    const res = await fetch(`${sim.url}/__sim/${name}`, { method, headers: { "Content-Type": "application/json" }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
    return { status: res.status, body: (await res.json()) as any };
  };

  it("pause between subrequests, wait for it, write through another request, release", async () => {
    const hook = await control("POST", "composite/between", { after: 0, match: { path: "Case/", regex: false }, pause: true, write: { op: "update", type: "Case", id: TINY.case3, fields: { Priority: "Medium" }, asUserId: TINY.bob } });
    expect(hook.body).toMatchObject({ state: "armed", after: 0 });
    const pending = composite([
      { method: "GET", url: `${caseUrl(TINY.case3)}?fields=Priority`, referenceId: "before" },
      { method: "GET", url: `${caseUrl(TINY.case3)}?fields=Priority`, referenceId: "after" },
    ]);
    expect((await control("POST", "composite/wait", { id: hook.body.id })).body.state).toBe("paused");
    expect((await control("GET", "composite/hooks")).body.hooks).toEqual([expect.objectContaining({ id: hook.body.id, state: "paused" })]);
    await control("POST", "composite/release", { id: hook.body.id });
    const results = byRef(await pending);
    expect([results.get("before").body.Priority, results.get("after").body.Priority]).toEqual(["Low", "Medium"]);
  });

  it("sets modes, the clock and tie order, refuses bad bodies, and reset puts them back", async () => {
    expect((await control("POST", "composite/mode", { yield: true, collation: "reversed", lockWaitMs: 50 })).body).toEqual({ yield: true, collation: "reversed", lockWaitMs: 50 });
    expect((await control("POST", "clock", { freeze: true, at: "2026-03-10T16:00:00Z" })).body).toEqual({ now: "2026-03-10T16:00:00.000Z", frozen: true });
    expect((await control("POST", "clock", { advanceMs: 1500 })).body.now).toBe("2026-03-10T16:00:01.500Z");
    expect((await control("POST", "ties", { order: "scrambled" })).body).toEqual({ order: "scrambled" });
    expect((await control("POST", "composite/mode", { collation: "sideways" })).status).toBe(400);
    await control("POST", "reset");
    expect((await control("POST", "composite/mode", {})).body).toEqual({ yield: false, collation: "in-order", lockWaitMs: 10_000 });
    expect((await control("GET", "clock")).body).toEqual({ now: NOW.toISOString(), frozen: false });
  });
});
