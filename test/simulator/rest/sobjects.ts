/**
 * sObject Rows: GET / PATCH / DELETE on /sobjects/{Type}/{Id}, POST on /sobjects/{Type}.
 * Conditional requests follow the REST API guide's "Conditional Request Headers":
 * If-Unmodified-Since and If-Modified-Since compare with LastModifiedDate at second
 * precision; ETag / If-Match / If-None-Match exist only for Account rows; an
 * unparseable conditional header on a write is a 400.
 */
import { createHash } from "node:crypto";
import { methodNotAllowed, notFound, SfError } from "../errors";
import type { ObjectDef } from "../schema";
import type { SimState } from "../state";
import { truncateToSecond, type Row } from "../values";
import { describeSObject, globalDescribe, sobjectBasicInfo } from "./describe";
import type { ApiRequest, ApiResult } from "./types";

/** Sforce-Auto-Assign: absent means TRUE (REST API "Assignment Rule Header"); an AssignmentRule id also runs it. */
export function autoAssign(req: ApiRequest): boolean {
  const value = req.headers["sforce-auto-assign"];
  return value === undefined || value.trim().toLowerCase() !== "false";
}

function requireObjectBody(req: ApiRequest): Record<string, unknown> {
  if (!req.body || typeof req.body !== "object" || Array.isArray(req.body)) throw new SfError(400, "JSON_PARSER_ERROR", "The request body must be a JSON object");
  return req.body as Record<string, unknown>;
}

function etag(row: Row): string {
  return `"${createHash("sha1").update(`${String(row.Id)}:${String(row.SystemModstamp)}`).digest("base64")}--gzip"`;
}

function httpDate(req: ApiRequest, name: string): number | undefined {
  const raw = req.headers[name];
  if (raw === undefined) return undefined;
  const ms = Date.parse(raw);
  if (Number.isNaN(ms)) throw new SfError(400, "INVALID_HEADER_TYPE", `Invalid ${name} header value: ${raw}`);
  return truncateToSecond(ms);
}

function checkPreconditions(state: SimState, req: ApiRequest, def: ObjectDef, id: string): void {
  const row = state.store.row(def.name, id);
  if (!row) return;
  const since = httpDate(req, "if-unmodified-since");
  if (since !== undefined && Number(row.LastModifiedDate) > since) {
    throw new SfError(412, "PRECONDITION_FAILED", `The requested resource has been modified since ${new Date(since).toUTCString()}`);
  }
  const ifMatch = req.headers["if-match"];
  if (ifMatch !== undefined && def.name === "Account") {
    const tags = ifMatch.split(",").map((t) => t.trim());
    if (!tags.includes("*") && !tags.includes(etag(row))) throw new SfError(412, "PRECONDITION_FAILED", "The ETag in the If-Match header doesn't match the resource's ETag");
  }
}

export function handleSObjects(state: SimState, req: ApiRequest): ApiResult {
  const parts = req.resource.split("/").filter(Boolean).slice(1);
  const { store } = state;
  if (parts.length === 0) {
    if (req.method !== "GET") throw methodNotAllowed(req.method, "GET,HEAD");
    return { status: 200, body: globalDescribe(store.schema, req.version) };
  }
  const def = store.schema.objectDef(decodeURIComponent(parts[0]!));
  if (!def) throw notFound();
  if (parts.length === 1) {
    if (req.method === "GET") return { status: 200, body: sobjectBasicInfo(def, req.version) };
    if (req.method !== "POST") throw methodNotAllowed(req.method, "GET,HEAD,POST");
    const id = store.insert(def.name, requireObjectBody(req), req.userId, { autoAssign: autoAssign(req) });
    return { status: 201, body: { id, success: true, errors: [] }, headers: { Location: `/services/data/v${req.version}/sobjects/${def.name}/${id}` } };
  }
  if (parts.length === 2 && parts[1] === "describe") {
    if (req.method !== "GET") throw methodNotAllowed(req.method, "GET,HEAD");
    return { status: 200, body: describeSObject(store, def, req.version) };
  }
  if (parts.length !== 2) throw notFound();
  const id = decodeURIComponent(parts[1]!);
  switch (req.method) {
    case "GET":
      return getRecord(state, req, def, id);
    case "PATCH": {
      const fields = requireObjectBody(req);
      checkPreconditions(state, req, def, id);
      store.update(def.name, id, fields, req.userId, { autoAssign: autoAssign(req) });
      return { status: 204 };
    }
    case "DELETE":
      store.delete(def.name, id);
      return { status: 204 };
    default:
      throw methodNotAllowed(req.method, "GET,HEAD,PATCH,DELETE");
  }
}

function getRecord(state: SimState, req: ApiRequest, def: ObjectDef, id: string): ApiResult {
  const { store } = state;
  const row = store.requireRow(def.name, id);
  const fieldsParam = req.query.get("fields");
  const fields = fieldsParam
    ? fieldsParam.split(",").map((name) => {
        const f = def.fieldsByLower.get(name.trim().toLowerCase());
        if (!f) throw new SfError(400, "INVALID_FIELD", `No such column '${name.trim()}' on entity '${def.name}'. If you are attempting to use a custom field, be sure to append the '__c' after the custom field name. Please reference your WSDL or the describe call for the appropriate names.`);
        return f;
      })
    : undefined;
  const headers: Record<string, string> = { "Last-Modified": new Date(Number(row.LastModifiedDate)).toUTCString() };
  if (def.name === "Account") {
    headers.ETag = etag(row);
    const none = req.headers["if-none-match"];
    if (none && none.split(",").map((t) => t.trim()).includes(headers.ETag)) return { status: 304, headers };
  }
  const since = req.headers["if-modified-since"] ? Date.parse(req.headers["if-modified-since"]) : NaN;
  if (!Number.isNaN(since) && Number(row.LastModifiedDate) <= truncateToSecond(since)) return { status: 304, headers };
  const body = { attributes: { type: def.name, url: `/services/data/v${req.version}/sobjects/${def.name}/${String(row.Id)}` }, ...store.present(def.name, row, fields) };
  return { status: 200, body, headers };
}
