/**
 * The simulator's own request/response shapes, so handlers stay plain functions and
 * composite subrequests can reuse them without a socket.
 */
export interface SimRequest {
  method: string;
  url: URL;
  /** Lower-cased header names. */
  headers: Record<string, string>;
  /** Host header as sent (no port when Chromium maps a name to 127.0.0.1:PORT). */
  host: string;
  /** "https://acme.my.salesforce.com": absolute URLs are built from the Host header, never from the port. */
  origin: string;
  bodyText: string;
  cookies: Record<string, string>;
}

export interface SimResponse {
  status: number;
  headers: Record<string, string | string[]>;
  body: string;
}

export function json(status: number, body: unknown, headers: Record<string, string | string[]> = {}): SimResponse {
  return { status, headers: { "Content-Type": "application/json;charset=UTF-8", ...headers }, body: body === undefined ? "" : JSON.stringify(body) };
}

export function html(status: number, body: string, headers: Record<string, string | string[]> = {}): SimResponse {
  return { status, headers: { "Content-Type": "text/html;charset=UTF-8", "Cache-Control": "no-store", ...headers }, body };
}

export function redirect(location: string, headers: Record<string, string | string[]> = {}): SimResponse {
  return { status: 302, headers: { Location: location, ...headers }, body: "" };
}

export function parseCookies(header: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (header ?? "").split(";")) {
    const i = part.indexOf("=");
    if (i > 0) out[part.slice(0, i).trim()] = decodeURIComponent(part.slice(i + 1).trim());
  }
  return out;
}

/** Salesforce's sid: host-only, Secure, SameSite=None, not HttpOnly (the extension reads it with chrome.cookies). */
export function sidCookie(token: string, maxAgeSeconds?: number): string {
  return `sid=${token}; Path=/; Secure; SameSite=None${maxAgeSeconds !== undefined ? `; Max-Age=${maxAgeSeconds}` : ""}`;
}

export function escapeHtml(value: unknown): string {
  return String(value ?? "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

export function formBody(req: SimRequest): URLSearchParams {
  return new URLSearchParams(req.bodyText);
}
