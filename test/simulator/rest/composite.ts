/**
 * /composite, per the REST API guide ("Composite", "Composite Request Body", "Composite
 * Subrequest Result"): up to 25 subrequests of which at most 5 are queries; @{ref.path}
 * references into earlier results; subrequest httpHeaders honoured (but Accept,
 * Authorization and Content-Type may not be set there); the top level always answers 200.
 * With allOrNone true the subrequests run in one transaction: a failing subrequest rolls
 * back what the composite wrote and every other subrequest answers 400 PROCESSING_HALTED.
 * With allOrNone false each subrequest stands alone. One API call in total. Other requests
 * may land between two subrequests, and collatable ones may run out of order, as the test
 * controls (interleave.ts).
 */
import { isSalesforceId, toId18 } from "../../../src/domain/salesforce-id";
import { methodNotAllowed, SfError } from "../errors";
import type { SimState } from "../state";
import type { Transaction } from "../transactions";
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

function validate(body: unknown, version: string): { allOrNone: boolean; collate: boolean; subs: Subrequest[] } {
  if (!body || typeof body !== "object" || !Array.isArray((body as Record<string, unknown>).compositeRequest)) {
    throw new SfError(400, "JSON_PARSER_ERROR", "compositeRequest is required");
  }
  const { compositeRequest, allOrNone, collateSubrequests } = body as { compositeRequest: unknown[]; allOrNone?: unknown; collateSubrequests?: unknown };
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
  // "In API version 49.0 and later, the default value is true. In version 48.0, the default value is false."
  const collate = typeof collateSubrequests === "boolean" ? collateSubrequests : Number(version) >= 49;
  return { allOrNone: allOrNone === true, collate, subs };
}

const SOBJECTS_URL = /^\/services\/data\/(v\d+\.\d)\/sobjects\//;

/** "Subrequests that contain valid HTTP headers are not collated"; only /sobjects resources are. */
function collatable(sub: Subrequest): boolean {
  return SOBJECTS_URL.test(sub.url) && Object.keys(sub.httpHeaders ?? {}).length === 0;
}

function refersTo(sub: Subrequest, referenceId: string): boolean {
  return new RegExp(`@\\{${referenceId}[.\\[}]`).test(JSON.stringify([sub.url, sub.body ?? null]));
}

/**
 * The order subrequests run in. In order, unless reversed collation is on: then each run of
 * collatable subrequests with the same method and API version that don't refer to one
 * another runs last-first, the worst the documentation allows ("the order of execution is
 * not guaranteed (unless there is an explicit dependency between the subrequests)").
 */
function executionOrder(subs: Subrequest[], reverse: boolean): number[] {
  if (!reverse) return subs.map((_, i) => i);
  const out: number[] = [];
  let run: number[] = [];
  const flush = () => {
    out.push(...run.reverse());
    run = [];
  };
  for (const [i, sub] of subs.entries()) {
    const first = run.length ? subs[run[0]!]! : undefined;
    const sameKind = first && first.method === sub.method && SOBJECTS_URL.exec(first.url)?.[1] === SOBJECTS_URL.exec(sub.url)?.[1];
    if (!collatable(sub) || (first && !sameKind) || run.some((j) => refersTo(sub, subs[j]!.referenceId))) flush();
    if (collatable(sub)) run.push(i);
    else out.push(i);
  }
  flush();
  return out;
}

/** The row a PATCH, PUT or DELETE on /sobjects/{Type}/{Id} writes, to wait for its lock. */
export function writeTarget(state: SimState, req: ApiRequest): { type: string; id: string } | undefined {
  if (!["PATCH", "PUT", "DELETE"].includes(req.method)) return undefined;
  const m = /^\/sobjects\/[^/]+\/([^/]+)$/.exec(req.resource);
  const id = m ? decodeURIComponent(m[1]!) : "";
  const type = isSalesforceId(id) ? state.store.typeOf(id) : undefined;
  return type ? { type, id: toId18(id) } : undefined;
}

/** Waits while another open transaction holds the row a request writes (the store refuses it if that lasts too long). */
export async function waitForRow(state: SimState, req: ApiRequest, self: Transaction | undefined): Promise<void> {
  const target = writeTarget(state, req);
  if (target) await state.composite.waitForLock(() => state.store.transactions.lockHolder(target.type, target.id, self));
}

export async function handleComposite(state: SimState, req: ApiRequest, dispatch: Dispatch): Promise<ApiResult> {
  if (req.method !== "POST") throw methodNotAllowed(req.method, "POST");
  const { allOrNone, collate, subs } = validate(req.body, req.version);
  const control = state.composite;
  const hooks = control.claim(subs, req.userId);
  const order = executionOrder(subs, collate && control.collation === "reversed");
  const txn = allOrNone ? state.store.transactions.begin() : undefined;
  const results = new Map<string, SubResult>();
  const out = new Map<number, SubResult>();
  let failedAt = -1;
  try {
    for (const [step, i] of order.entries()) {
      if (step > 0 && control.yieldBetweenSubrequests) await control.yieldToOthers();
      const sub = subs[i]!;
      const result = await runOne(state, req, sub, results, dispatch, txn);
      results.set(sub.referenceId, result);
      out.set(i, result);
      if (result.httpStatusCode >= 400 && failedAt < 0) {
        failedAt = i;
        if (allOrNone) break;
      }
      await control.after(hooks, i, sub.referenceId, state.store);
    }
  } catch (e) {
    if (txn?.open) state.store.rollback(txn);
    throw e;
  } finally {
    control.done(hooks);
  }
  // Results are listed in the order the subrequests ran; referenceId is what ties them to requests.
  if (txn && failedAt >= 0) {
    state.store.rollback(txn);
    const answered = order.map((i) => (i === failedAt ? out.get(i)! : { body: HALTED_ROLLBACK, httpHeaders: {}, httpStatusCode: 400, referenceId: subs[i]!.referenceId }));
    return { status: 200, body: { compositeResponse: answered } };
  }
  if (txn) state.store.transactions.commit(txn);
  return { status: 200, body: { compositeResponse: order.map((i) => out.get(i)!) } };
}

async function runOne(state: SimState, parent: ApiRequest, sub: Subrequest, results: Map<string, SubResult>, dispatch: Dispatch, txn: Transaction | undefined): Promise<SubResult> {
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
  await waitForRow(state, subReq, txn);
  const result = txn ? state.store.transactions.runIn(txn, () => dispatch(state, subReq)) : dispatch(state, subReq);
  return { body: result.body ?? null, httpHeaders: result.headers ?? {}, httpStatusCode: result.status, referenceId: sub.referenceId };
}
