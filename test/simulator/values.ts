/**
 * Conversion between what clients send / seeds hold and what the store keeps.
 * Datetimes are kept as epoch milliseconds truncated to the second, because the
 * REST API only ever shows second precision (".000+0000") and conditional requests
 * compare at that precision.
 */
import { isSalesforceId, toId18 } from "../../src/domain/salesforce-id";
import { SfError } from "./errors";
import type { FieldDef } from "./schema";

export type Value = string | number | boolean | null;
export type Row = Record<string, Value>;

/** A well-formed id: 15 characters, or 18 whose case-safe suffix matches the first 15. */
export function isCanonicalId(id: string): boolean {
  return isSalesforceId(id) && (id.length !== 18 || toId18(id) === id);
}

export function truncateToSecond(ms: number): number {
  return Math.floor(ms / 1000) * 1000;
}

/** "2026-11-23T04:33:21.000+0000", the REST API's datetime shape. */
export function formatDateTime(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, ".000+0000");
}

const DATETIME_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;

export function parseDateTime(text: string): number | undefined {
  const m = DATETIME_RE.exec(text.trim());
  if (!m) return undefined;
  let zone = m[7] ?? "Z";
  if (/^[+-]\d{4}$/.test(zone)) zone = `${zone.slice(0, 3)}:${zone.slice(3)}`;
  const iso = `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6] ?? "00"}${zone}`;
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? undefined : truncateToSecond(ms);
}

export function isDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(text);
}

const TIME_RE = /^\d{2}:\d{2}:\d{2}(\.\d{3})?Z?$/;
const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function deserializeError(type: string, raw: unknown): SfError {
  const token = typeof raw === "string" ? "VALUE_STRING" : typeof raw === "number" ? "VALUE_NUMBER_INT" : typeof raw === "boolean" ? `VALUE_${String(raw).toUpperCase()}` : "START_OBJECT";
  return new SfError(400, "JSON_PARSER_ERROR", `Cannot deserialize instance of ${type} from ${token} value ${String(raw)} or request may be missing a required field`);
}

/**
 * Converts one incoming field value. Picklist membership and reference existence are
 * checked by the store, which knows the org's data; this only checks shape.
 */
export function coerce(field: FieldDef, raw: unknown): Value {
  if (raw === null || raw === undefined || raw === "") {
    // Salesforce stores an empty string as null for text fields.
    return null;
  }
  switch (field.type) {
    case "boolean":
      if (typeof raw === "boolean") return raw;
      if (raw === "true" || raw === "false") return raw === "true";
      throw deserializeError("boolean", raw);
    case "int":
    case "double":
    case "currency": {
      const n = typeof raw === "number" ? raw : typeof raw === "string" && raw.trim() !== "" ? Number(raw) : NaN;
      if (!Number.isFinite(n)) throw deserializeError(field.type === "int" ? "int" : "double", raw);
      return field.type === "int" ? Math.trunc(n) : n;
    }
    case "datetime": {
      const ms = typeof raw === "string" ? parseDateTime(raw) : typeof raw === "number" ? truncateToSecond(raw) : undefined;
      if (ms === undefined) throw deserializeError("datetime", raw);
      return ms;
    }
    case "date": {
      if (typeof raw !== "string") throw deserializeError("date", raw);
      const text = raw.length > 10 && raw[10] === "T" ? raw.slice(0, 10) : raw;
      if (!isDate(text)) throw deserializeError("date", raw);
      return text;
    }
    case "time":
      if (typeof raw !== "string" || !TIME_RE.test(raw)) throw deserializeError("time", raw);
      return raw;
    case "id":
    case "reference": {
      if (typeof raw !== "string" || !isCanonicalId(raw)) {
        throw new SfError(400, "MALFORMED_ID", `${field.label}: id value of incorrect type: ${String(raw)}`, [field.name]);
      }
      return toId18(raw);
    }
    default: {
      if (typeof raw === "object") throw deserializeError("String", raw);
      const text = String(raw);
      if (field.type === "email" && !EMAIL_RE.test(text)) {
        throw new SfError(400, "INVALID_EMAIL_ADDRESS", `${field.label}: invalid email address: ${text}`, [field.name]);
      }
      if (field.length && text.length > field.length) {
        throw new SfError(400, "STRING_TOO_LONG", `${field.label}: data value too large: ${text.slice(0, 40)} (max length=${field.length})`, [field.name]);
      }
      return text;
    }
  }
}

/** The value as the REST API shows it. */
export function present(field: FieldDef, value: Value | undefined): unknown {
  if (value === undefined || value === null) return null;
  if (field.type === "datetime" && typeof value === "number") return formatDateTime(value);
  return value;
}
