/**
 * An org's two host names: X.my.salesforce.com (My Domain: login, OAuth, the API) and
 * X.lightning.force.com (Lightning pages). Absolute URLs are built from the Host header,
 * never from the port Chromium was mapped to.
 */
import type { SimRequest } from "./http";

export const MY_DOMAIN = /^(.+)\.my\.salesforce\.com$/i;
export const LIGHTNING = /^(.+)\.lightning\.force\.com$/i;

export function hostName(host: string): string {
  return host.replace(/:\d+$/, "");
}

function withHost(req: SimRequest, host: string): string {
  const port = /:\d+$/.exec(req.host)?.[0] ?? "";
  return `${req.origin.split("://")[0]}://${host}${port}`;
}

/** The My Domain origin for a request that may have arrived on the Lightning domain. */
export function instanceOrigin(req: SimRequest): string {
  const m = LIGHTNING.exec(hostName(req.host));
  return m ? withHost(req, `${m[1]}.my.salesforce.com`) : req.origin;
}

export function lightningOrigin(req: SimRequest): string | undefined {
  const m = MY_DOMAIN.exec(hostName(req.host));
  return m ? withHost(req, `${m[1]}.lightning.force.com`) : undefined;
}
