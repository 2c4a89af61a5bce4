/**
 * /composite, per the REST API guide ("Composite", "Composite Subrequest Result"):
 * up to 25 subrequests of which at most 5 are queries; @{ref.path} references into
 * earlier results; subrequest httpHeaders honoured (but Accept, Authorization and
 * Content-Type may not be set there); the top level always answers 200. With
 * allOrNone true and a failing subrequest the whole request is rolled back and every
 * other subrequest answers 400 PROCESSING_HALTED. One API call in total.
 */
import { methodNotAllowed, SfError } from "../errors";
import type { SimState } from "../state";
import type { ApiRequest, ApiResult, Dispatch } from "./types";

interface Subrequest {
  method: string;
  url: string;
  referenceId: string;
  body?: unknown;
  httpHeaders?: Record<string, string>;
}

interface SubResult {
  body: unknown;
  httpHeaders: Record<string, string>;
  httpStatusCode: number;
  referenceId: string;
}

const HALTED_ROLLBACK = [{ errorCode: "PROCESSING_HALTED", message: "The transaction was rolled back since another operation in the same transaction failed." }];
const REF = /@\{([A-Za-z0-9_]+)((?:\.[A-Za-z0-9_]+|\[\d+\])*)\}/g;
const FORBIDDEN_HEADERS = ["accept", "authorization", "content-type"];

class UnresolvedReference extends Error {}

function lookup(value: unknown, path: string): unknown {
  let current = value;
  for (const m of path.matchAll(/\.([A-Za-z0-9_]+)|\[(\d+)\]/g)) {
    if (current === null || typeof current !== "object") return undefined;
    current = m[1] !== undefined ? (current as Record<string, unknown>)[m[1]] : (current as unknown[])[Number(m[2])];
  }
  return current;
}

function substitute(text: string, results: Map<string, SubResult>, whole: boolean): unknown {
  const resolveOne = (ref: string, path: string, expr: string) => {
    const prior = results.get(ref);
    const value = prior && prior.httpStatusCode < 400 ? lookup(prior.body, path) : undefined;
    if (value === undefined) throw new UnresolvedReference(`Invalid reference specified. No value for ${ref}${path} found in ${ref}. Provided referenceId ('${expr}') must be a valid referenceId of a previous successful subrequest.`);
    return value;
  };
  const single = new RegExp(`^${REF.source}$`).exec(text);
  if (whole && single) return resolveOne(single[1]!, single[2] ?? "", single[0]);
  return text.replace(REF, (expr, ref: string, path: string) => String(resolveOne(ref, path ?? "", expr)));
}

function resolveBody(value: unknown, results: Map<string, SubResult>): unknown {
  if (typeof value === "string") return substitute(value, results, true);
  if (Array.isArray(value)) return value.map((v) => resolveBody(v, results));
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolveBody(v, results)]));
  return value;
}

function invalid(message: string): SfError {
  return new SfError(400, "INVALID_INPUT", message);
}

function validate(body: unknown): { allOrNone: boolean; subs: Subrequest[] } {
  if (!body || typeof body !== "object" || !Array.isArray((body as Record<string, unknown>).compositeRequest)) {
    throw new SfError(400, "JSON_PARSER_ERROR", "compositeRequest is required");
  }
  const { compositeRequest, allOrNone } = body as { compositeRequest: unknown[]; allOrNone?: unknown };
  if (compositeRequest.length === 0) throw invalid("compositeRequest must contain at least one subrequest");
  if (compositeRequest.length > 25) throw new SfError(400, "LIMIT_EXCEEDED", `Composite request has too many subrequests: ${compositeRequest.length}. The maximum is 25.`);
  const seen = new Set<string>();
  let queries = 0;
  const subs = compositeRequest.map((raw) => {
    const s = raw as Subrequest;
    if (!s || typeof s.method !== "string" || !["GET", "POST", "PATCH", "PUT", "DELETE"].includes(s.method)) throw invalid(`Invalid method: ${String(s?.method)}`);
    if (typeof s.url !== "string" || !/^\/services\/data\/v\d+\.\d\//.test(s.url)) throw invalid(`Invalid url: ${String(s?.url)}`);
    if (typeof s.referenceId !== "string" || !/^[A-Za-z0-9_]+$/.test(s.referenceId) || seen.has(s.referenceId)) throw invalid(`Invalid or duplicate referenceId: ${String(s?.referenceId)}`);
    seen.add(s.referenceId);
    for (const h of Object.keys(s.httpHeaders ?? {})) {
      if (FORBIDDEN_HEADERS.includes(h.toLowerCase())) throw invalid(`The header ${h} is not allowed in a composite subrequest`);
    }
    if (/^\/services\/data\/v\d+\.\d\/(query|queryAll)[/?]/.test(s.url)) queries += 1;
    if (/^\/services\/data\/v\d+\.\d\/composite(\/|$|\?)/.test(s.url)) throw invalid("Composite subrequests can't call composite resources");
    return s;
  });
  if (queries > 5) throw new SfError(400, "LIMIT_EXCEEDED", `Composite request has too many query subrequests: ${queries}. The maximum is 5.`);
  return { allOrNone: allOrNone === true, subs };
}

export function handleComposite(state: SimState, req: ApiRequest, dispatch: Dispatch): ApiResult {
  if (req.method !== "POST") throw methodNotAllowed(req.method, "POST");
  const { allOrNone, subs } = validate(req.body);
  const snapshot = allOrNone ? state.store.snapshot() : undefined;
  const results = new Map<string, SubResult>();
  const out: SubResult[] = [];
  let failedAt = -1;
  for (const [i, sub] of subs.entries()) {
    const result = runOne(state, req, sub, results, dispatch);
    results.set(sub.referenceId, result);
    out.push(result);
    if (result.httpStatusCode >= 400 && failedAt < 0) {
      failedAt = i;
      if (allOrNone) break;
    }
  }
  if (allOrNone && failedAt >= 0) {
    state.store.restore(snapshot!);
    const answered = subs.map((sub, i) => (i === failedAt ? out[i]! : { body: HALTED_ROLLBACK, httpHeaders: {}, httpStatusCode: 400, referenceId: sub.referenceId }));
    return { status: 200, body: { compositeResponse: answered } };
  }
  return { status: 200, body: { compositeResponse: out } };
}

function runOne(state: SimState, parent: ApiRequest, sub: Subrequest, results: Map<string, SubResult>, dispatch: Dispatch): SubResult {
  let url: string;
  let body: unknown;
  try {
    url = String(substitute(sub.url, results, false));
    body = sub.body === undefined ? undefined : resolveBody(sub.body, results);
  } catch (e) {
    if (!(e instanceof UnresolvedReference)) throw e;
    return { body: [{ errorCode: "PROCESSING_HALTED", message: e.message }], httpHeaders: {}, httpStatusCode: 400, referenceId: sub.referenceId };
  }
  const scripted = state.faults.take(sub.method, url);
  if (scripted) return { body: scripted.body, httpHeaders: {}, httpStatusCode: scripted.status, referenceId: sub.referenceId };
  const parsed = new URL(url, "http://composite.invalid");
  const m = /^\/services\/data\/v(\d+\.\d)(\/.*)?$/.exec(parsed.pathname)!;
  const headers: Record<string, string> = {};
  for (const h of FORBIDDEN_HEADERS) if (parent.headers[h] !== undefined) headers[h] = parent.headers[h]!;
  for (const [k, v] of Object.entries(sub.httpHeaders ?? {})) headers[k.toLowerCase()] = String(v);
  const subReq: ApiRequest = { method: sub.method, version: m[1]!, resource: m[2] ?? "/", query: parsed.searchParams, headers, body, userId: parent.userId, inComposite: true };
  const result = dispatch(state, subReq);
  return { body: result.body ?? null, httpHeaders: result.headers ?? {}, httpStatusCode: result.status, referenceId: sub.referenceId };
}
