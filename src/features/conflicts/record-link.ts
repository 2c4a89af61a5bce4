/**
 * Links from the panel to Salesforce records. The panel is our extension page in
 * an iframe: it knows the Salesforce page only through its ancestor's origin,
 * which Chrome exposes (location.ancestorOrigins). That origin is trusted only if
 * it is an https Salesforce host; links then open in the Salesforce tab itself.
 */
const LIGHTNING = /^([a-z0-9-]+(?:\.[a-z0-9-]+)*)\.lightning\.force\.com$/;
const MY_DOMAIN = /^([a-z0-9-]+(?:\.[a-z0-9-]+)*)\.my\.salesforce\.com$/;

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
  const host = url.hostname.toLowerCase();
  if (LIGHTNING.test(host)) return `https://${host}`;
  const myDomain = MY_DOMAIN.exec(host);
  return myDomain ? `https://${myDomain[1]}.lightning.force.com` : null;
}

/** The origin of the Salesforce page the panel is docked in. */
export function dockPageOrigin(): string | null {
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
  return origin && /^[a-zA-Z0-9]{15,18}$/.test(id) ? `${origin}/lightning/r/${object}/${id}/view` : null;
}
