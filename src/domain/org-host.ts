/**
 * The REST API lives on the org's My Domain host (X.my.salesforce.com). Lightning
 * pages are served from X.lightning.force.com, whose own `sid` cookie is not valid
 * for the API, so the worker maps a Lightning host back to its My Domain host.
 */
const MY_DOMAIN = /^([a-z0-9-]+(?:\.[a-z0-9-]+)*)\.my\.salesforce\.com$/;
const LIGHTNING = /^([a-z0-9-]+(?:\.[a-z0-9-]+)*)\.lightning\.force\.com$/;

export function apiHostFor(pageHost: string): string | null {
  const host = pageHost.toLowerCase();
  if (MY_DOMAIN.test(host)) return host;
  const lightning = LIGHTNING.exec(host);
  return lightning?.[1] ? `${lightning[1]}.my.salesforce.com` : null;
}

export function isSalesforcePageHost(pageHost: string): boolean {
  return apiHostFor(pageHost) !== null;
}
