/**
 * A URL as it was written. zod 4's z.url() hands back the parsed href instead
 * (host lower-cased, spaces escaped, a default port dropped), which would change
 * an admin's profile on its way through and the links Salesforce sends us; zod 3
 * only checked. This checks as zod 3 did and keeps the text.
 */
import * as z from "zod/v4-mini";

const isUrl = (text: string) => {
  try {
    new URL(text);
    return true;
  } catch {
    return false;
  }
};

export const UrlText = z.string().check(z.refine(isUrl, "Invalid URL"));
