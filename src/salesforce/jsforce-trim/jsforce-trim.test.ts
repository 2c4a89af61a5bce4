/**
 * jsforce's own browser build (what the worker bundles) run on the stand-ins of
 * this folder for Node's stream, Buffer and process, as package.json's "alias"
 * swaps them in: every API call goes through this request pipeline. Bundled here
 * with esbuild the same way, and run against a stubbed fetch.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

import { build } from "esbuild";
import type { Connection as JsforceConnection } from "jsforce";

const trim = (file: string) => join(__dirname, file);
const NODE_MODULES = join(__dirname, "../../../node_modules");

let dir: string;
let Connection: typeof JsforceConnection;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "jsforce-trim-"));
  writeFileSync(join(dir, "entry.js"), 'export { Connection } from "jsforce/core";\n');
  writeFileSync(join(dir, "globals.js"), `export { Buffer } from ${JSON.stringify(trim("buffer.ts"))};\nimport process from ${JSON.stringify(trim("process.ts"))};\nexport { process };\n`);
  await build({
    entryPoints: [join(dir, "entry.js")],
    outfile: join(dir, "jsforce.mjs"),
    bundle: true,
    format: "esm",
    platform: "browser",
    nodePaths: [NODE_MODULES],
    inject: [join(dir, "globals.js")],
    alias: { stream: trim("stream.ts"), buffer: trim("buffer.ts"), process: trim("process.ts"), crypto: trim("crypto.ts"), "@sindresorhus/is": trim("is.ts"), xml2js: trim("xml2js.ts"),
      // The rest of Node's modules as the extension's bundler fills them in.
      querystring: join(NODE_MODULES, "@plasmohq/parcel-resolver/dist/polyfills/querystring.js"),
      events: join(NODE_MODULES, "@plasmohq/parcel-resolver/dist/polyfills/events.js"),
    },
    logLevel: "silent",
  });
  // As in the worker: `self` is the global scope (form-data's browser entry reads FormData from it).
  vi.stubGlobal("self", globalThis);
  ({ Connection } = (await import(pathToFileURL(join(dir, "jsforce.mjs")).href)) as { Connection: typeof JsforceConnection });
}, 60_000);

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  vi.unstubAllGlobals();
});

/** A fetch that answers from `answer`, the body in chunks of a few bytes (a character split across two of them). */
function fetchAnswering(answer: (url: string, init: RequestInit) => { status: number; body: string }) {
  const calls: Array<{ url: string; init: RequestInit }> = [];
  vi.stubGlobal("fetch", async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    const { status, body } = answer(url, init);
    const bytes = new TextEncoder().encode(body);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let at = 0; at < bytes.length; at += 5) controller.enqueue(bytes.slice(at, at + 5));
        controller.close();
      },
    });
    return new Response(stream, { status, headers: { "content-type": "application/json" } });
  });
  return calls;
}

const connection = () => new Connection({ instanceUrl: "https://acme.my.salesforce.com", accessToken: "00D!token", version: "62.0" });

describe("jsforce on the worker's stand-ins for stream, Buffer and process", () => {
  it("reads a JSON answer that arrives in many chunks, characters split across them", async () => {
    const calls = fetchAnswering(() => ({ status: 200, body: JSON.stringify({ totalSize: 1, records: [{ Subject: "Réunion – Zürich ✓" }] }) }));
    const answer = await connection().request<{ records: Array<{ Subject: string }> }>("/services/data/v62.0/query?q=SELECT+Subject+FROM+Case");
    expect(answer.records[0]!.Subject).toBe("Réunion – Zürich ✓");
    expect(calls[0]!.url).toBe("https://acme.my.salesforce.com/services/data/v62.0/query?q=SELECT+Subject+FROM+Case");
    expect(new Headers(calls[0]!.init.headers).get("authorization")).toBe("Bearer 00D!token");
  });

  it("sends a request's body whole, its length counted in bytes", async () => {
    const calls = fetchAnswering((_url, init) => ({ status: 200, body: String(init.body) }));
    const body = JSON.stringify({ compositeRequest: [{ referenceId: "a", method: "GET", url: "/x", note: "naïve ✓" }] });
    const answer = await connection().request({ method: "POST", url: "/services/data/v62.0/composite", body, headers: { "content-type": "application/json" } });
    expect(answer).toEqual(JSON.parse(body));
    expect(calls[0]!.init.method).toBe("POST");
    expect(calls[0]!.init.body).toBe(body);
  });

  it("turns Salesforce's error answer into jsforce's error, with its code", async () => {
    fetchAnswering(() => ({ status: 400, body: JSON.stringify([{ errorCode: "INVALID_FIELD", message: "No such column 'Foo__c'" }]) }));
    await expect(connection().request("/services/data/v62.0/query?q=SELECT+Foo__c+FROM+Case")).rejects.toMatchObject({ errorCode: "INVALID_FIELD" });
  });

  it("answers requests made side by side, each with its own body", async () => {
    fetchAnswering((url) => ({ status: 200, body: JSON.stringify({ url }) }));
    const conn = connection();
    const answers = await Promise.all(["/a", "/b", "/c"].map((path) => conn.request<{ url: string }>(`/services/data/v62.0${path}`)));
    expect(answers.map((answer) => answer.url.split("/").pop())).toEqual(["a", "b", "c"]);
  });

  it("refreshes an expired session once and sends the request again (an OAuth connection's refreshFn)", async () => {
    const calls = fetchAnswering((_url, init) =>
      new Headers(init.headers).get("authorization") === "Bearer 00D!fresh"
        ? { status: 200, body: JSON.stringify({ ok: true }) }
        : { status: 401, body: JSON.stringify([{ errorCode: "INVALID_SESSION_ID", message: "Session expired or invalid" }]) },
    );
    const conn = new Connection({
      instanceUrl: "https://acme.my.salesforce.com",
      accessToken: "00D!stale",
      version: "62.0",
      refreshFn: (_conn, callback) => callback(null, "00D!fresh"),
    });
    await expect(conn.request("/services/data/v62.0/limits")).resolves.toEqual({ ok: true });
    expect(calls).toHaveLength(2);
  });
});
