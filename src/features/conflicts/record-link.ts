/**
 * Links from the panel to Salesforce records. The panel is our extension page in
 * an iframe: it knows the Salesforce page only through its ancestor's origin,
 * which Chrome exposes (location.ancestorOrigins). That origin is trusted only if
 * it is an https Salesforce host; links then open in the Salesforce tab itself.
 */
import { parseOrgHost } from "../../domain/org-host";
import { isSalesforceId } from "../../domain/salesforce-id";

/** The Lightning origin for a Salesforce page origin, or null for anything else. */
export function lightningOrigin(pageOrigin: string | null | undefined): string | null {
  if (!pageOrigin) return null;
  let url: URL;
  try {
    url = new URL(pageOrigin);
  } catch {
    return null;
  }
  if (url.protocol !== "https:" || url.port) return null;
  const host = parseOrgHost(url.hostname);
  return host ? `https://${host.org}.lightning.force.com` : null;
}

/** The origin of the Salesforce page the panel is docked in. */
function dockPageOrigin(): string | null {
  const ancestors = typeof location !== "undefined" ? location.ancestorOrigins : undefined;
  if (ancestors && ancestors.length > 0) return ancestors[0] ?? null;
  try {
    return typeof document !== "undefined" && document.referrer ? new URL(document.referrer).origin : null;
  } catch {
    return null;
  }
}

export type RecordObject = "Case" | "Opportunity" | "Account" | "User";

export function recordUrl(object: RecordObject, id: string, pageOrigin: string | null = dockPageOrigin()): string | null {
  const origin = lightningOrigin(pageOrigin);
  return origin && isSalesforceId(id) ? `${origin}/lightning/r/${object}/${id}/view` : null;
}
