/**
 * A link to a Salesforce record in the shape the person is using: Lightning (and
 * the console) on X.lightning.force.com, Classic at /{id} on the My Domain host.
 */
export type LinkShape = "lightning" | "console" | "classic";

const MY_DOMAIN = /^([a-z0-9-]+(?:\.[a-z0-9-]+)*)\.my\.salesforce\.com$/;

export function recordUrl(apiHost: string, object: string, id: string, shape: LinkShape): string | null {
  const org = MY_DOMAIN.exec(apiHost.toLowerCase())?.[1];
  if (!org || !/^[a-zA-Z0-9]{15}(?:[a-zA-Z0-9]{3})?$/.test(id) || !/^\w+$/.test(object)) return null;
  return shape === "classic" ? `https://${org}.my.salesforce.com/${id}` : `https://${org}.lightning.force.com/lightning/r/${object}/${id}/view`;
}
