/**
 * The simulator's lost answers: the request is applied, then its answer is a proxy's
 * 502/504 page, a reset connection, or nothing at all, in-process and over /__sim/fail.
 */
import { request as httpRequest } from "node:http";

import { createSimulator, type Simulator } from "./index";

let sim: Simulator;
let token: string;
beforeAll(async () => {
  sim = await createSimulator({ seed: "tiny", tls: false });
  token = sim.login(sim.store.credentials[0]!.username);
});
afterAll(() => sim.close());
afterEach(() => sim.clearFailures());

const accountsUrl = () => `${sim.url}/services/data/v62.0/sobjects/Account`;
const named = (name: string) => sim.store.query(`SELECT Id FROM Account WHERE Name = '${name}'`).records.length;

/** A raw POST: its status and body, or the socket error when there was no answer. */
function post(url: string, body: unknown, timeoutMs = 5_000): Promise<{ status: number; body: string } | { error: string }> {
  return new Promise((resolve) => {
    const req = httpRequest(url, { method: "POST", headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" } }, (res) => {
      let text = "";
      res.on("data", (chunk: Buffer) => (text += chunk.toString()));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.setTimeout(timeoutMs, () => req.destroy(new Error("client timeout")));
    req.on("error", (error) => resolve({ error: error.message }));
    req.end(JSON.stringify(body));
  });
}

describe("lost answers", () => {
  it.each([
    ["bad-gateway", 502, /502 Bad Gateway/],
    ["gateway-timeout", 504, /504 Gateway Time-out/],
  ] as const)("%s: the record is created, the answer is the proxy's HTML page", async (lose, status, page) => {
    sim.fail({ method: "POST", path: "/sobjects/Account", status: 0, body: null, lose, times: 1 });
    const answer = await post(accountsUrl(), { Name: `Lost ${lose}` });
    expect(answer).toMatchObject({ status, body: expect.stringMatching(page) });
    expect(named(`Lost ${lose}`)).toBe(1);
    // Once: the next request is answered.
    expect(await post(accountsUrl(), { Name: `Answered ${lose}` })).toMatchObject({ status: 201 });
  });

  it("reset: the record is created, the connection is destroyed with no status", async () => {
    sim.fail({ method: "POST", path: "/sobjects/Account", status: 0, body: null, lose: "reset", times: 1 });
    const answer = await post(accountsUrl(), { Name: "Lost reset" });
    expect(answer).toEqual({ error: "socket hang up" });
    expect(named("Lost reset")).toBe(1);
  });

  it("hang: the record is created and no answer comes before the client gives up", async () => {
    sim.fail({ method: "POST", path: "/sobjects/Account", status: 0, body: null, lose: "hang", hangMs: 10_000, times: 1 });
    const answer = await post(accountsUrl(), { Name: "Lost hang" }, 500);
    expect(answer).toEqual({ error: "client timeout" });
    expect(named("Lost hang")).toBe(1);
  });

  it("bodyIncludes: only the request whose body has the text loses its answer", async () => {
    sim.fail({ method: "POST", path: "/sobjects/Account", status: 0, body: null, lose: "bad-gateway", bodyIncludes: "Only this one", times: 1 });
    expect(await post(accountsUrl(), { Name: "Another one" })).toMatchObject({ status: 201 });
    expect(await post(accountsUrl(), { Name: "Only this one" })).toMatchObject({ status: 502 });
    expect(named("Only this one")).toBe(1);
  });

  it("over /__sim/fail, and a bad mode is refused", async () => {
    const control = (body: unknown) => post(`${sim.url}/__sim/fail`, body);
    expect(await control({ method: "POST", path: "/sobjects/Account", lose: "sometimes" })).toMatchObject({ status: 400, body: expect.stringMatching(/lose must be one of bad-gateway, gateway-timeout, hang, reset/) });
    expect(await control({ method: "POST", path: "/sobjects/Account", lose: "bad-gateway", times: 1 })).toMatchObject({ status: 200 });
    expect(await post(accountsUrl(), { Name: "Lost over HTTP" })).toMatchObject({ status: 502 });
    expect(named("Lost over HTTP")).toBe(1);
  });
});
