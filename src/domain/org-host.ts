/**
 * The REST API lives on the org's My Domain host (X.my.salesforce.com). Lightning
 * pages are served from X.lightning.force.com, whose own `sid` cookie is not valid
 * for the API, so the worker maps a Lightning host back to its My Domain host.
 */
const ORG_HOST = /^([a-z0-9-]+(?:\.[a-z0-9-]+)*)\.(my\.salesforce\.com|lightning\.force\.com)$/;

/** A My Domain host, as profiles are keyed: acme.my.salesforce.com, acme--uat.sandbox.my.salesforce.com. */
export const ORG_HOST_PATTERN = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9-]+)*\.my\.salesforce\.com$/;

export interface OrgHost {
  /** The My Domain name: X in X.my.salesforce.com and X.lightning.force.com. */
  org: string;
  kind: "my-domain" | "lightning";
}

/** Which org a Salesforce host belongs to, and which of its two hosts it is; null for any other host. */
export function parseOrgHost(host: string): OrgHost | null {
  const match = ORG_HOST.exec(host.toLowerCase());
  if (!match?.[1]) return null;
  return { org: match[1], kind: match[2] === "my.salesforce.com" ? "my-domain" : "lightning" };
}

export function apiHostFor(pageHost: string): string | null {
  const parsed = parseOrgHost(pageHost);
  return parsed ? `${parsed.org}.my.salesforce.com` : null;
}

export function isSalesforcePageHost(pageHost: string): boolean {
  return apiHostFor(pageHost) !== null;
}
