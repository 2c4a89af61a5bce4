/**
 * The worker's side of setting an org up: the org check (options page, first
 * panel), and connecting, showing and ending the org's OAuth connection.
 */
import type { Connection } from "jsforce";
import * as z from "zod/v4-mini";

import type { OrgCheckAnswer, OrgCheckRequest, SessionStatus } from "../messaging/org-setup";
import { connectWithOAuth, disconnectOAuth } from "../salesforce/oauth/oauth-connection";
import { getOrgCheck } from "../salesforce/operations/check-org";
import { chromeSessionDeps } from "./chrome-session-deps";
import { resolvedProfileFor } from "./profile-store";
import type { HandlerContext, SetupContext } from "./router";
import { refusalRemembered, rememberRefusal, type SessionChoiceDeps } from "./session-choice";

const UserInfoSchema = z.object({ user_id: z.string() });

/** The user of this session, from OAuth userinfo; null when Salesforce will not say (the check then skips membership). */
async function whoAmI(connection: Connection): Promise<string | null> {
  try {
    return UserInfoSchema.parse(await connection.request("/services/oauth2/userinfo")).user_id;
  } catch {
    return null;
  }
}

export async function checkOrg(request: OrgCheckRequest, org: HandlerContext): Promise<OrgCheckAnswer> {
  const meId = org.session.userId ?? (await whoAmI(org.connection));
  const [check, resolved] = await Promise.all([getOrgCheck(org.connection, org.session, org.profile, meId, { force: request.force }), resolvedProfileFor(org.apiHost)]);
  const refused = check.items.some((item) => item.id === "api" && item.status !== "found");
  if (refused && org.session.via !== "oauth") await rememberRefusal(org.apiHost, org.session.accessToken, chromeSessionDeps().session);
  return { orgHost: org.apiHost, profileSource: resolved.source, check };
}

export async function sessionStatus(org: SetupContext, deps: SessionChoiceDeps = chromeSessionDeps()): Promise<SessionStatus> {
  const [grant, cookie] = await Promise.all([deps.oauth.store.grant(org.apiHost), deps.cookieSession(org.apiHost)]);
  const refresh = grant ? null : await deps.oauth.store.refreshOf(org.apiHost);
  const connected = grant ?? refresh;
  const via = connected && org.profile.connection.mode !== "session" ? "oauth" : cookie ? "browser-session" : "none";
  return {
    orgHost: org.apiHost,
    via,
    apiRefused: via === "browser-session" && cookie !== null && (await refusalRemembered(org.apiHost, cookie.accessToken, deps.session)),
    user: connected ? { id: connected.userId, name: connected.userName } : null,
    canConnect: org.profile.connection.consumerKey !== null,
    callbackUrl: deps.oauth.redirectUri,
  };
}

export async function connectOrg(org: SetupContext, deps: SessionChoiceDeps = chromeSessionDeps()) {
  const grant = await connectWithOAuth(org.apiHost, org.profile, deps.oauth);
  return { orgHost: org.apiHost, user: { id: grant.userId, name: grant.userName } };
}

export async function disconnectOrg(org: SetupContext, deps: SessionChoiceDeps = chromeSessionDeps()) {
  return { orgHost: org.apiHost, revoked: await disconnectOAuth(org.apiHost, deps.oauth) };
}
