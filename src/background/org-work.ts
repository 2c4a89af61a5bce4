/**
 * What every handler derives from its context the same way: the session's org
 * context (read once per session, side by side with the org check) and the names
 * the org uses for each field role, minus what the check found missing.
 */
import { ALL_FIELD_ROLES, switchedOff, type OrgCheck } from "../domain/org-profile";
import type { OrgContext } from "../messaging/org-context";
import { getOrgCheck, peekOrgCheck } from "../salesforce/operations/check-org";
import { getOrgContext, knownOrgContext } from "../salesforce/operations/get-org-context";
import { orgNames, type OrgNames } from "../salesforce/query/org-names";
import { errorCodeOf } from "../salesforce/salesforce-error";
import type { HandlerContext } from "./router";

/** The org check of this session; a check that fails leaves the profile trusted rather than the panel down. */
async function checkOf(org: HandlerContext, force = false): Promise<OrgCheck | null> {
  try {
    // Membership is read from the org context (my pool), so the check needs no "me" and runs side by side with it.
    return await getOrgCheck(org.connection, org.session, org.profile, null, { force });
  } catch {
    return null;
  }
}

/** The context with what the check says: each role's field in this org, and one line per thing switched off. */
function withCheck(context: OrgContext, names: OrgNames, check: OrgCheck | null): OrgContext {
  const { pools } = context.profile;
  const noPool = context.me.poolKey
    ? []
    : [`You are in none of the pools' queues (${pools.map((pool) => pool.label).join(", ")}): the panel and popup use ${pools[0]!.label}.`];
  return { ...context, fields: Object.fromEntries(ALL_FIELD_ROLES.map((role) => [role, names.field(role)])), switchedOff: [...switchedOff(check), ...noPool] };
}

export async function orgContextOf(org: HandlerContext): Promise<OrgContext> {
  const [context, check] = await Promise.all([getOrgContext({ ...org, names: orgNames(org.profile, null) }), checkOf(org)]);
  return withCheck(context, orgNames(org.profile, check), check);
}

/**
 * The session's org context if this worker holds it already, without reading it
 * (null for the first panel of a session); the org check's lines aside: who I am,
 * my pool and its calendar are what a pool read needs.
 */
export const peekOrgContext = (org: HandlerContext): Promise<OrgContext | null> => knownOrgContext({ session: org.session, names: orgNames(org.profile, null) });

/** The profile's names, minus what this session's org check found missing (the profile as it is before the first check). */
export async function namesOf(org: HandlerContext): Promise<OrgNames> {
  return orgNames(org.profile, await peekOrgCheck(org.session, org.profile));
}

/**
 * Runs a read with the org's names; when Salesforce says a field named there does
 * not exist (a profile not checked yet, or a field deleted since), checks the org
 * again and runs it once more with only the fields the org has.
 */
export async function withOrgNames<T>(org: HandlerContext, read: (names: OrgNames) => Promise<T>): Promise<T> {
  try {
    return await read(await namesOf(org));
  } catch (error) {
    if (errorCodeOf(error) !== "INVALID_FIELD") throw error;
    const check = await checkOf(org, true);
    if (!check) throw error;
    return read(orgNames(org.profile, check));
  }
}
