/**
 * The HTTP(S) front: builds a SimRequest from the Host header (Chromium reaches the
 * simulator as https://acme.my.salesforce.com mapped to 127.0.0.1:PORT, so absolute
 * URLs must come from Host, never from the port), applies scripted failures and
 * latency, logs the request and routes it.
 */
import { createServer as createHttp, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { createServer as createHttps } from "node:https";
import { handleAuth } from "./auth";
import { handleControl, type ControlHooks } from "./control";
import type { ScriptedLoss } from "./faults";
import { html, json, parseCookies, type SimRequest, type SimResponse } from "./http";
import { handleClassic } from "./pages/classic";
import { handleLightning } from "./pages/lightning";
import { handleServicesData } from "./rest/router";
import type { SimState } from "./state";

const MAX_BODY = 20 * 1024 * 1024;

/**
 * Cross-origin callers get no Access-Control-Allow-Origin, like an org whose CORS
 * allowlist is empty: the extension's service worker (host permissions) is fine, a
 * content script calling the API from the Lightning page is not, on a real org either.
 */
function preflight(req: SimRequest, allowedOrigins: string[]): SimResponse {
  const origin = req.headers.origin ?? "";
  const headers: Record<string, string> = { Allow: "GET, HEAD, POST, PATCH, PUT, DELETE, OPTIONS" };
  if (allowedOrigins.includes(origin)) {
    Object.assign(headers, {
      "Access-Control-Allow-Origin": origin,
      "Access-Control-Allow-Methods": "GET, HEAD, POST, PATCH, PUT, DELETE, OPTIONS",
      "Access-Control-Allow-Headers": req.headers["access-control-request-headers"] ?? "authorization, content-type",
      "Access-Control-Allow-Credentials": "true",
      "Access-Control-Max-Age": "600",
      Vary: "Origin",
    });
  }
  return { status: 204, headers, body: "" };
}

async function route(state: SimState, req: SimRequest): Promise<SimResponse> {
  const path = req.url.pathname;
  if (req.method === "OPTIONS") return preflight(req, state.corsOrigins);
  if (path.startsWith("/services/data")) return handleServicesData(state, req);
  const scripted = state.faults.take(req.method, path + req.url.search);
  if (scripted) return typeof scripted.body === "string" ? html(scripted.status, scripted.body) : json(scripted.status, scripted.body);
  const auth = handleAuth(state, req);
  if (auth) return auth;
  if (path === "/lightning" || path.startsWith("/lightning/")) return handleLightning(state, req);
  const classic = handleClassic(state, req);
  if (classic) return classic;
  return html(404, "<!doctype html><title>URL No Longer Exists</title><h1>URL No Longer Exists</h1>");
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new Error("request body too large");
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A proxy's own error page, as nginx-style gateways answer: HTML, not Salesforce's JSON. */
const gatewayPage = (status: number, title: string) => html(status, `<html><head><title>${status} ${title}</title></head><body><center><h1>${status} ${title}</h1></center><hr><center>proxy</center></body></html>`);

/** The request ran (and committed); its answer is lost on the way back (faults.ts `lose`). */
function loseAnswer(loss: ScriptedLoss, nodeReq: IncomingMessage, nodeRes: ServerResponse): void {
  if (loss.lose === "reset") {
    nodeReq.socket.destroy();
    return;
  }
  if (loss.lose === "hang") {
    // Unref'd: a hanging answer never keeps the simulator's process alive; close() ends it too.
    setTimeout(() => nodeReq.socket.destroy(), loss.hangMs).unref();
    return;
  }
  const page = loss.lose === "bad-gateway" ? gatewayPage(502, "Bad Gateway") : gatewayPage(504, "Gateway Time-out");
  nodeRes.writeHead(page.status, page.headers);
  nodeRes.end(page.body);
}

export function startServer(state: SimState, hooks: ControlHooks, tls: { key: string; cert: string } | undefined): Server {
  const handler = async (nodeReq: IncomingMessage, nodeRes: ServerResponse) => {
    let res: SimResponse;
    let simReq: SimRequest | undefined;
    let loss: ScriptedLoss | undefined;
    // Until its work is done, a request counts as in flight: composite yields wait for it.
    let inFlight = true;
    state.composite.inFlight += 1;
    const settled = () => {
      if (inFlight) state.composite.inFlight -= 1;
      inFlight = false;
    };
    try {
      const host = nodeReq.headers.host ?? "127.0.0.1";
      const origin = `${tls ? "https" : "http"}://${host}`;
      const headers: Record<string, string> = {};
      for (const [k, v] of Object.entries(nodeReq.headers)) if (v !== undefined) headers[k.toLowerCase()] = Array.isArray(v) ? v.join(", ") : v;
      const startedAt = Date.now();
      simReq = {
        method: (nodeReq.method ?? "GET").toUpperCase(),
        url: new URL(nodeReq.url ?? "/", origin),
        headers,
        host,
        origin,
        bodyText: await readBody(nodeReq),
        cookies: parseCookies(headers.cookie),
      };
      const control = simReq.url.pathname.startsWith("/__sim/");
      if (control) settled();
      loss = control || !simReq.url.pathname.startsWith("/services/data") ? undefined : state.faults.takeLoss(simReq.method, simReq.url.pathname + simReq.url.search, simReq.bodyText);
      res = control ? await handleControl(state, simReq, hooks) : await route(state, simReq);
      settled();
      if (!control) {
        const api = simReq.url.pathname.startsWith("/services/");
        if (api && state.latencyMs > 0) await sleep(state.latencyMs);
        if (!api && state.pageLatencyMs > 0) await sleep(state.pageLatencyMs);
        state.requests.push({
          method: simReq.method,
          path: simReq.url.pathname + simReq.url.search,
          host,
          status: res.status,
          at: Date.now(),
          startedAt,
          requestBytes: Buffer.byteLength(simReq.bodyText),
          responseBytes: Buffer.byteLength(res.body),
        });
      }
    } catch (e) {
      res = json(500, [{ errorCode: "UNKNOWN_EXCEPTION", message: e instanceof Error ? e.message : String(e) }]);
    } finally {
      settled();
    }
    if (simReq?.method === "HEAD") res = { ...res, body: "" };
    if (loss) return loseAnswer(loss, nodeReq, nodeRes);
    nodeRes.writeHead(res.status, res.headers);
    nodeRes.end(res.body);
  };
  const listener = (req: IncomingMessage, res: ServerResponse) => void handler(req, res);
  return tls ? createHttps({ key: tls.key, cert: tls.cert }, listener) : createHttp(listener);
}
