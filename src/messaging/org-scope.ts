/**
 * Whose a stored thing is: one user in one org. An org is its My Domain host AND
 * its id: a full-copy sandbox has production's record and user ids on another host,
 * and a refreshed sandbox keeps its host under a new org id. Every cache, draft and
 * stored choice the panel or the worker keeps about an org's records is keyed with
 * scopedKey, so nothing read in one org, or by one user, is shown in another.
 *
 * The scope comes from the session's org context (OAuth userinfo: user_id and
 * organization_id), which the worker holds per session: a host whose sid cookie
 * changed (another login, maybe another user) has no scope until its own userinfo
 * answered, so nothing cached is shown for it before.
 */
import * as z from "zod/v4-mini";

import { isSalesforceId, toId15 } from "../domain/salesforce-id";

export const OrgScopeSchema = z.object({
  /** The org's My Domain host: acme.my.salesforce.com, acme--uat.sandbox.my.salesforce.com. */
  host: z.string().check(z.minLength(1)),
  /** The Organization Id (00D…); null only if Salesforce's userinfo left it out. */
  orgId: z.nullable(z.string()),
  userId: z.string().check(z.minLength(1)),
});

export type OrgScope = z.infer<typeof OrgScopeSchema>;

/** The scope of a session's org context. */
export function orgScopeOf(context: { orgHost: string; orgId: string | null; me: { id: string } }): OrgScope {
  return { host: context.orgHost.toLowerCase(), orgId: context.orgId, userId: context.me.id };
}

// 15 characters: userinfo sends 18, some answers 15; they are one id.
const idPart = (id: string | null) => (id === null ? "-" : isSalesforceId(id) ? toId15(id) : encodeURIComponent(id));

/** The one shape of a scoped storage key: `name@host/org/user`. */
export function scopedKey(name: string, scope: OrgScope): string {
  return `${name}@${scope.host.toLowerCase()}/${idPart(scope.orgId)}/${idPart(scope.userId)}`;
}

export const sameScope = (a: OrgScope, b: OrgScope): boolean => scopedKey("", a) === scopedKey("", b);
