/**
 * /__sim/* control endpoints (JSON), so a separate process (demo, bench, e2e) can
 * script the simulator the way in-process tests do through the Simulator object.
 * Not part of Salesforce; not logged, not delayed, not subject to scripted failures.
 */
import { pageSession } from "./auth";
import { handleRaceControl, resetRaces } from "./control-races";
import { SfError } from "./errors";
import { ruleFromJson, type RequestFilter } from "./faults";
import { json, type SimRequest, type SimResponse } from "./http";
import { configureApp, type OAuthAppChanges } from "./oauth";
import { lightningPageData } from "./pages/page-data";
import type { SimState } from "./state";

export interface ControlHooks {
  login(username: string, opts?: { clientId?: string }): string;
  countRequests(filter?: RequestFilter): number;
  resetRequests(): void;
}

function body(req: SimRequest): Record<string, unknown> {
  if (!req.bodyText.trim()) return {};
  const parsed: unknown = JSON.parse(req.bodyText);
  return parsed && typeof parsed === "object" ? (parsed as Record<string, unknown>) : {};
}

export async function handleControl(state: SimState, req: SimRequest, hooks: ControlHooks): Promise<SimResponse> {
  const name = req.url.pathname.slice("/__sim/".length).replace(/\/$/, "");
  const q = req.url.searchParams;
  try {
    const b = req.method === "POST" ? body(req) : {};
    switch (`${req.method} ${name}`) {
      case "GET page-data": {
        const session = pageSession(state, req);
        if (!session) return json(401, { error: "no page session" });
        return json(200, lightningPageData(state.store, session.userId, q.get("path") ?? "/lightning/page/home"));
      }
      case "GET health":
        return json(200, { ready: true, apiVersion: state.apiVersion });
      case "POST latency":
        state.latencyMs = Math.max(0, Number(b.ms ?? 0));
        return json(200, { latencyMs: state.latencyMs });
      case "POST fail":
        state.faults.add(ruleFromJson(b));
        return json(200, { ok: true });
      case "POST clear-failures":
        state.faults.clear();
        return json(200, { ok: true });
      case "POST expire-sessions":
        if (typeof b.token === "string") state.sessions.expire(b.token);
        else state.sessions.expireAll();
        return json(200, { ok: true });
      case "GET requests": {
        const filter: RequestFilter = {};
        if (q.get("method")) filter.method = q.get("method")!;
        if (q.get("path")) filter.path = q.get("regex") === "true" ? new RegExp(q.get("path")!) : q.get("path")!;
        return json(200, { count: hooks.countRequests(filter), requests: state.requests });
      }
      case "POST reset-requests":
        hooks.resetRequests();
        return json(200, { ok: true });
      case "POST reset":
        state.faults.clear();
        state.latencyMs = 0;
        state.pageLatencyMs = 0;
        state.apiUsage.used = 0;
        hooks.resetRequests();
        resetRaces(state);
        return json(200, { ok: true });
      case "POST api-limit":
        if (typeof b.max === "number") state.apiUsage.max = b.max;
        if (typeof b.used === "number") state.apiUsage.used = b.used;
        return json(200, state.apiUsage);
      case "POST login": {
        const token = hooks.login(String(b.username ?? ""), typeof b.clientId === "string" ? { clientId: b.clientId } : {});
        return json(200, { access_token: token, instance_url: req.origin });
      }
      case "GET oauth-apps":
        return json(200, { apiAccessControl: state.oauth?.apiAccessControl ?? false, apps: state.oauth?.apps ?? [] });
      case "POST oauth-app":
        if (b.callbackUrls !== undefined && !Array.isArray(b.callbackUrls)) return json(400, { error: "callbackUrls must be a list of URLs" });
        if (b.consumerKey !== undefined && typeof b.consumerKey !== "string") return json(400, { error: "consumerKey must be a string" });
        return json(200, configureApp(state, b as OAuthAppChanges));
      case "POST query":
        return json(200, state.store.query(String(b.soql ?? ""), typeof b.asUserId === "string" ? { asUserId: b.asUserId } : {}));
      case "POST update":
        state.store.update(String(b.type), String(b.id), (b.fields ?? {}) as Record<string, unknown>, String(b.asUserId ?? state.store.credentials[0]?.userId));
        return json(200, { ok: true });
      case "POST insert": {
        const id = state.store.insert(String(b.type), (b.fields ?? {}) as Record<string, unknown>, String(b.asUserId ?? state.store.credentials[0]?.userId));
        return json(200, { id });
      }
      default:
        return (await handleRaceControl(state, `${req.method} ${name}`, b)) ?? json(404, { error: `unknown control endpoint ${req.method} /__sim/${name}` });
    }
  } catch (e) {
    if (e instanceof SfError) return json(e.status, e.toBody());
    return json(400, { error: e instanceof Error ? e.message : String(e) });
  }
}
