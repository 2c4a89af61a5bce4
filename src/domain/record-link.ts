/**
 * A link to a Salesforce record in the shape the person is using: Lightning (and
 * the console) on X.lightning.force.com, Classic at /{id} on the My Domain host.
 */
import { parseOrgHost } from "./org-host";
import { isSalesforceId } from "./salesforce-id";

export type LinkShape = "lightning" | "console" | "classic";

export function recordUrl(apiHost: string, object: string, id: string, shape: LinkShape): string | null {
  const host = parseOrgHost(apiHost);
  if (host?.kind !== "my-domain" || !isSalesforceId(id) || !/^\w+$/.test(object)) return null;
  return shape === "classic" ? `https://${host.org}.my.salesforce.com/${id}` : `https://${host.org}.lightning.force.com/lightning/r/${object}/${id}/view`;
}
