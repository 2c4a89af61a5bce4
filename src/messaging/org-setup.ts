/**
 * Messages of setting an org up: the org check (options page, and the panel's
 * "what is off" lines), and connecting with OAuth where the browser session may not
 * call the API. The options page names the org it works on (orgHost); the panel and
 * popup work on their tab's org and may not name another.
 */
import * as z from "zod/v4-mini";

import { OrgCheckSchema } from "../domain/org-profile/org-check";
// From org-host, not profile-sources: the panel and popup parse these messages too, without the default profile.
import { ORG_HOST_PATTERN } from "../domain/org-host";

/** A My Domain host: acme.my.salesforce.com, acme--uat.sandbox.my.salesforce.com. */
export const OrgHostSchema = z.string().check(z.regex(ORG_HOST_PATTERN, "a My Domain host such as acme.my.salesforce.com"));

const orgHost = z.optional(OrgHostSchema);

export const OrgCheckRequestSchema = z.object({ type: z.literal("org/check"), orgHost, force: z._default(z.boolean(), false) });
export const SessionStatusRequestSchema = z.object({ type: z.literal("session/status"), orgHost });
export const ConnectRequestSchema = z.object({ type: z.literal("session/connect"), orgHost });
export const DisconnectRequestSchema = z.object({ type: z.literal("session/disconnect"), orgHost });

export const ProfileSourceSchema = z.enum(["policy", "options", "defaults"]);

export const OrgCheckAnswerSchema = z.object({ orgHost: z.string(), profileSource: ProfileSourceSchema, check: OrgCheckSchema });

/** How the worker talks to this org: the browser's session, an OAuth connection, or not at all yet. */
export const SessionStatusSchema = z.object({
  orgHost: z.string(),
  via: z.enum(["browser-session", "oauth", "none"]),
  /** The REST API has refused the browser session in this org: connecting with OAuth is the way on. */
  apiRefused: z.boolean(),
  /** Who the OAuth connection acts as; null for the browser session (it is whoever is logged in). */
  user: z.nullable(z.object({ id: z.string(), name: z.nullable(z.string()) })),
  /** The profile lets this org connect with OAuth (a consumer key is set). */
  canConnect: z.boolean(),
  /** The callback URL the org's External Client App must list. */
  callbackUrl: z.string(),
});

export const ConnectedSchema = z.object({ orgHost: z.string(), user: z.object({ id: z.string(), name: z.nullable(z.string()) }) });
export const DisconnectedSchema = z.object({ orgHost: z.string(), revoked: z.boolean() });

export type OrgCheckRequest = z.infer<typeof OrgCheckRequestSchema>;
export type OrgCheckAnswer = z.infer<typeof OrgCheckAnswerSchema>;
export type SessionStatus = z.infer<typeof SessionStatusSchema>;
export type Connected = z.infer<typeof ConnectedSchema>;
