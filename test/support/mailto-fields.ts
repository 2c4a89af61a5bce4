/** The fields of a mailto: URL as a mail client splits them (RFC 6068): the address, then each name=value, decoded. */
export function mailtoFields(href: string): { to: string; fields: Array<[string, string]> } {
  if (!href.startsWith("mailto:")) throw new Error(`Not a mailto: URL: ${href}`);
  const [address, query = ""] = href.slice("mailto:".length).split("?");
  return { to: decodeURIComponent(address!), fields: query ? query.split("&").map((field) => field.split("=").map(decodeURIComponent) as [string, string]) : [] };
}
