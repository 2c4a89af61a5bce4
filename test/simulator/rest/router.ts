/**
 * Everything under /services/data: version negotiation, session check, the daily API
 * limit (Sforce-Limit-Info on every response, 403 REQUEST_LIMIT_EXCEEDED when spent),
 * then dispatch to the resource. Errors become Salesforce's [{message, errorCode}] bodies.
 */
import { bearerToken } from "../auth";
import { methodNotAllowed, notFound, SfError } from "../errors";
import { json, type SimRequest, type SimResponse } from "../http";
import { apiRefusal } from "../oauth";
import type { SimState } from "../state";
import { handleComposite, waitForRow } from "./composite";
import { nextPage, runQuery } from "./query";
import { handleSObjects } from "./sobjects";
import type { ApiRequest, ApiResult } from "./types";

const MIN_VERSION = 20;
const MAX_VERSION = 66;

function versionsList() {
  const out = [];
  for (let v = MIN_VERSION; v <= MAX_VERSION; v++) out.push({ label: `v${v}.0`, url: `/services/data/v${v}.0`, version: `${v}.0` });
  return out;
}

function resources(version: string) {
  const base = `/services/data/v${version}`;
  const names = ["sobjects", "query", "queryAll", "composite", "limits", "search", "recent", "tooling", "analytics", "connect", "chatter", "process", "quickActions"];
  return Object.fromEntries(names.map((n) => [n, `${base}/${n}`]));
}

function limits(state: SimState) {
  const { max, used } = state.apiUsage;
  const pair = (Max: number, Remaining: number) => ({ Max, Remaining });
  return {
    ConcurrentAsyncGetReportInstances: pair(200, 200),
    ConcurrentSyncReportRuns: pair(20, 20),
    DailyApiRequests: pair(max, Math.max(0, max - used)),
    DailyAsyncApexExecutions: pair(250000, 250000),
    DailyBulkApiBatches: pair(15000, 15000),
    DailyBulkV2QueryJobs: pair(10000, 10000),
    DailyStreamingApiEvents: pair(1000000, 1000000),
    DataStorageMB: pair(5, 5),
    FileStorageMB: pair(20, 20),
    HourlyTimeBasedWorkflow: pair(1000, 1000),
    SingleEmail: pair(5000, 5000),
  };
}

function errorResult(e: unknown): ApiResult {
  if (e instanceof SfError) return { status: e.status, body: e.toBody() };
  return { status: 500, body: [{ errorCode: "UNKNOWN_EXCEPTION", message: e instanceof Error ? e.message : String(e) }] };
}

/** Routes one authenticated call other than /composite, synchronously; never throws (composite relies on that). */
export function dispatch(state: SimState, req: ApiRequest): ApiResult {
  try {
    const v = Number(req.version);
    if (!(v >= MIN_VERSION && v <= MAX_VERSION)) throw notFound();
    const r = req.resource.replace(/\/+$/, "");
    const top = r.split("/")[1] ?? "";
    switch (top) {
      case "":
        return { status: 200, body: resources(req.version) };
      case "query":
      case "queryAll": {
        if (req.method !== "GET") throw methodNotAllowed(req.method, "GET,HEAD");
        const rest = r.split("/")[2];
        return rest ? nextPage(state, req, rest, top === "queryAll") : runQuery(state, req, top === "queryAll");
      }
      case "sobjects":
        return handleSObjects(state, req);
      case "composite":
        if (r !== "/composite") throw notFound();
        throw new SfError(400, "INVALID_INPUT", "Composite subrequests can't call composite resources");
      case "limits":
        return { status: 200, body: limits(state) };
      default:
        throw notFound();
    }
  } catch (e) {
    return errorResult(e);
  }
}

/** A top-level call: /composite runs asynchronously (others may interleave); a write first waits for a row another transaction holds. */
async function dispatchTop(state: SimState, req: ApiRequest): Promise<ApiResult> {
  try {
    if (req.resource.replace(/\/+$/, "") === "/composite" && Number(req.version) >= MIN_VERSION && Number(req.version) <= MAX_VERSION) {
      return await handleComposite(state, req, dispatch);
    }
    await waitForRow(state, req, undefined);
  } catch (e) {
    return errorResult(e);
  }
  return dispatch(state, req);
}

export async function handleServicesData(state: SimState, req: SimRequest): Promise<SimResponse> {
  const path = req.url.pathname;
  if (path === "/services/data" || path === "/services/data/") return json(200, versionsList());
  const m = /^\/services\/data\/v(\d+\.\d)(\/.*)?$/.exec(path);
  if (!m) return json(404, notFound().toBody());
  const limitHeader = () => ({ "Sforce-Limit-Info": `api-usage=${state.apiUsage.used}/${state.apiUsage.max}` });
  const scripted = state.faults.take(req.method, path + req.url.search);
  if (scripted) {
    state.apiUsage.used += 1;
    return json(scripted.status, scripted.body, limitHeader());
  }
  const session = state.sessions.valid(bearerToken(req));
  const refusal = apiRefusal(state, session);
  if (refusal || !session) {
    return json(401, [{ message: refusal ?? "Session expired or invalid", errorCode: "INVALID_SESSION_ID" }], { "WWW-Authenticate": 'Token realm="Salesforce"' });
  }
  if (state.apiUsage.used >= state.apiUsage.max) {
    return json(403, [{ message: "TotalRequests Limit exceeded.", errorCode: "REQUEST_LIMIT_EXCEEDED" }], limitHeader());
  }
  state.apiUsage.used += 1;
  let body: unknown;
  if (req.bodyText.trim() !== "") {
    try {
      body = JSON.parse(req.bodyText);
    } catch (e) {
      return json(400, [{ message: `Unexpected character in JSON body: ${e instanceof Error ? e.message : String(e)}`, errorCode: "JSON_PARSER_ERROR" }], limitHeader());
    }
  }
  const apiReq: ApiRequest = { method: req.method, version: m[1]!, resource: m[2] ?? "/", query: req.url.searchParams, headers: req.headers, body, userId: session.userId, inComposite: false };
  const result = await dispatchTop(state, apiReq);
  if (result.status === 204 || result.status === 304) return { status: result.status, headers: { ...result.headers, ...limitHeader() }, body: "" };
  return json(result.status, result.body, { ...result.headers, ...limitHeader() });
}
