/**
 * What every handler derives from its context the same way: the session's org
 * context (read once per session) and the names the org uses for each field role.
 */
import { orgNames, type OrgNames } from "../salesforce/query/org-names";
import { getOrgContext } from "../salesforce/operations/get-org-context";
import type { OrgContext } from "../messaging/org-context";
import type { HandlerContext } from "./router";

export const orgContextOf = async (org: HandlerContext): Promise<OrgContext> => getOrgContext({ ...org, names: await namesOf(org) });

/** The profile's names, minus what this session's org check found missing. */
export async function namesOf(org: HandlerContext): Promise<OrgNames> {
  return orgNames(org.profile, null);
}
