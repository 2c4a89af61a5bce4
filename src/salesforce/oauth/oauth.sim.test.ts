/**
 * The OAuth client against the simulator's /services/oauth2 endpoints, with a fake
 * chrome.identity.launchWebAuthFlow that follows Salesforce's authorize redirect as
 * the browser would (with the AE's page session cookie): PKCE code exchange,
 * refresh, revoke, and the session choice's wrong-user check.
 */
import { createSimulator, type Simulator } from "../../../test/simulator/index";
import { DEMO_USERS } from "../../../test/simulator/seeds/baseline";
import { demoSeed } from "../../../test/simulator/seeds/demo";
import { memoryStorageArea } from "../../../test/support/memory-storage-area";
import { chooseSession, WrongUser, type SessionChoiceDeps } from "../../background/session-choice";
import { DEFAULT_PROFILE } from "../../domain/org-profile/default-profile";
import type { OrgProfile } from "../../domain/org-profile/schema";
import { grantStore } from "./grant-store";
import type { FetchLike } from "./oauth-client";
import { connectWithOAuth, disconnectOAuth, refreshGrant, resetRefreshGuard, type OAuthDeps } from "./oauth-connection";
import { uiUserOf } from "./ui-user";

const HOST = "acme.my.salesforce.com";
const REDIRECT = "https://abcdefghijklmnopabcdefghijklmnop.chromiumapp.org/";

let sim: Simulator;
beforeAll(async () => {
  sim = await createSimulator({ seed: demoSeed(new Date()), tls: false });
});
afterAll(() => sim.close());
beforeEach(() => resetRefreshGuard());

const profile = (connection: Partial<OrgProfile["connection"]> = {}): OrgProfile => ({ ...DEFAULT_PROFILE, connection: { mode: "auto", consumerKey: "3MVG9.simulated-key", allowRefreshToken: true, ...connection } });

/** The org's host is served by the simulator. */
const toSim = (url: string) => url.replace(`https://${HOST}`, sim.url);
const simFetch: FetchLike = (url, init) => fetch(toSim(url), init);

/** Whoever is logged in to the org's pages in this "browser". */
let pageSid: string | null = null;
const asked: Array<{ url: string; interactive: boolean }> = [];
const launchWebAuthFlow: OAuthDeps["launchWebAuthFlow"] = async ({ url, interactive }) => {
  asked.push({ url, interactive });
  const answer = await fetch(toSim(url), { redirect: "manual", headers: pageSid ? { Cookie: `sid=${pageSid}` } : {} });
  const location = answer.headers.get("location") ?? "";
  if (!location.startsWith(REDIRECT)) throw new Error(interactive ? "The user did not approve access." : "User interaction required.");
  return location;
};

function deps() {
  const session = memoryStorageArea();
  const local = memoryStorageArea();
  const oauth: OAuthDeps = { store: grantStore({ session, local }), fetch: simFetch, launchWebAuthFlow, redirectUri: REDIRECT };
  return { oauth, session, local };
}

describe("connecting an org with OAuth", () => {
  it("runs the web server flow with PKCE and keeps the tokens in the worker's storage only", async () => {
    pageSid = sim.login(DEMO_USERS.averyChen.username);
    const { oauth, session, local } = deps();
    const grant = await connectWithOAuth(HOST, profile(), oauth);
    expect(grant).toMatchObject({ host: HOST, userId: DEMO_USERS.averyChen.userId, userName: "Avery Chen" });
    const authorize = new URL(asked.at(-1)!.url);
    expect(Object.fromEntries(authorize.searchParams)).toMatchObject({ response_type: "code", client_id: "3MVG9.simulated-key", redirect_uri: REDIRECT, code_challenge_method: "S256", scope: "api refresh_token" });
    expect(authorize.searchParams.get("code_challenge")).toMatch(/^[A-Za-z0-9_-]{43}$/);
    // The access token in session storage; the refresh token, allowed here, in local storage.
    expect([...session.items.keys()]).toEqual([`oauth-grant:${HOST}`]);
    expect(local.items.get(`oauth-refresh:${HOST}`)).toMatchObject({ userId: DEMO_USERS.averyChen.userId, refreshToken: expect.stringMatching(/^5Aep/) });
    // The token works on the REST API.
    const api = await fetch(`${sim.url}/services/data/v62.0/limits`, { headers: { Authorization: `Bearer ${grant.accessToken}` } });
    expect(api.status).toBe(200);
  });

  it("keeps no refresh token where the profile does not allow one, and asks for none", async () => {
    pageSid = sim.login(DEMO_USERS.averyChen.username);
    const { oauth, local } = deps();
    await connectWithOAuth(HOST, profile({ allowRefreshToken: false }), oauth);
    expect(new URL(asked.at(-1)!.url).searchParams.get("scope")).toBe("api");
    expect(local.items.size).toBe(0);
    await expect(refreshGrant(HOST, profile({ allowRefreshToken: false }), oauth)).resolves.toBeNull();
  });

  it("refreshes an expired access token once, and asks to reconnect when Salesforce refuses the refresh", async () => {
    pageSid = sim.login(DEMO_USERS.averyChen.username);
    const { oauth } = deps();
    const first = await connectWithOAuth(HOST, profile(), oauth);
    sim.expireSession(first.accessToken);
    const fresh = await refreshGrant(HOST, profile(), oauth);
    expect(fresh?.accessToken).not.toBe(first.accessToken);
    expect((await fetch(`${sim.url}/services/data/v62.0/limits`, { headers: { Authorization: `Bearer ${fresh!.accessToken}` } })).status).toBe(200);
    await expect(oauth.store.grant(HOST)).resolves.toMatchObject({ accessToken: fresh!.accessToken });
    // A second refusal right after a refresh is not refreshed again.
    await expect(refreshGrant(HOST, profile(), oauth)).resolves.toBeNull();
    resetRefreshGuard();
    const refresh = (await oauth.store.refreshOf(HOST))!.refreshToken;
    await simFetch(`https://${HOST}/services/oauth2/revoke`, { method: "POST", headers: { "Content-Type": "application/x-www-form-urlencoded" }, body: `token=${refresh}` });
    await expect(refreshGrant(HOST, profile(), oauth)).resolves.toBeNull();
    await expect(oauth.store.refreshOf(HOST)).resolves.toBeNull();
  });

  it("revokes at Salesforce and forgets here on disconnect", async () => {
    pageSid = sim.login(DEMO_USERS.averyChen.username);
    const { oauth, session, local } = deps();
    const grant = await connectWithOAuth(HOST, profile(), oauth);
    const refresh = (await oauth.store.refreshOf(HOST))!.refreshToken;
    await expect(disconnectOAuth(HOST, oauth)).resolves.toBe(true);
    expect(session.items.size + local.items.size).toBe(0);
    const reuse = await simFetch(`https://${HOST}/services/oauth2/token`, { method: "POST", headers: { "Content-Type": "application/x-www-form-urlencoded" }, body: `grant_type=refresh_token&refresh_token=${refresh}` });
    expect(reuse.status).toBe(400);
    expect(grant.accessToken).toBeTruthy();
  });

  it("says why when Salesforce answers the callback with an error, and connects nothing", async () => {
    pageSid = null; // logged out: the authorize page would need a login the fake cannot give
    const { oauth, session } = deps();
    await expect(connectWithOAuth(HOST, profile(), oauth)).rejects.toMatchObject({ errorCode: "authorization_not_completed" });
    await expect(connectWithOAuth(HOST, profile({ consumerKey: null }), oauth)).rejects.toMatchObject({ errorCode: "NO_CONSUMER_KEY" });
    expect(session.items.size).toBe(0);
  });
});

describe("the OAuth user against the user logged in to Salesforce", () => {
  function choiceDeps(d: ReturnType<typeof deps>): SessionChoiceDeps {
    return {
      cookieSession: async () => (pageSid ? { instanceUrl: `https://${HOST}`, accessToken: pageSid } : null),
      oauth: d.oauth,
      session: d.session,
      uiUserOf: (apiHost, sid, key, connected) => uiUserOf(apiHost, sid, key, connected, { fetch: simFetch, launchWebAuthFlow, redirectUri: REDIRECT, session: d.session }),
    };
  }

  it("uses the connection while the same user is logged in, and refuses it when another user logs in", async () => {
    pageSid = sim.login(DEMO_USERS.averyChen.username);
    const d = deps();
    await connectWithOAuth(HOST, profile(), d.oauth);
    await expect(chooseSession(HOST, profile(), choiceDeps(d))).resolves.toMatchObject({ via: "oauth", userId: DEMO_USERS.averyChen.userId });
    pageSid = sim.login(DEMO_USERS.jordanRivera.username);
    await expect(chooseSession(HOST, profile(), choiceDeps(d))).rejects.toBeInstanceOf(WrongUser);
  });

  it("refuses the connection when the page's user has not approved the app: it is not the user who connected it", async () => {
    pageSid = sim.login(DEMO_USERS.averyChen.username);
    const d = deps();
    await connectWithOAuth(HOST, profile(), d.oauth);
    const seen: string[] = [];
    const notApproved: SessionChoiceDeps = { ...choiceDeps(d), uiUserOf: async (_h, _s, _k, connected) => (seen.push(connected), { kind: "not-approved" }) };
    await expect(chooseSession(HOST, profile(), notApproved)).rejects.toThrow(/not logged in to Salesforce as Avery Chen/);
    expect(seen).toEqual([DEMO_USERS.averyChen.userId]);
    // Not knowing is not a mismatch (no way to ask, offline): the connection is used.
    const unknown: SessionChoiceDeps = { ...choiceDeps(d), uiUserOf: async () => ({ kind: "unknown" }) };
    await expect(chooseSession(HOST, profile(), unknown)).resolves.toMatchObject({ via: "oauth" });
  });

  it("asks Salesforce silently (immediate authorization) when the page session may not call userinfo", async () => {
    pageSid = sim.login(DEMO_USERS.jordanRivera.username);
    const d = deps();
    sim.fail({ path: "/services/oauth2/userinfo", status: 403, body: "Bad_OAuth_Token", times: 1 });
    asked.length = 0;
    const ask = () => uiUserOf(HOST, pageSid!, "3MVG9.simulated-key", DEMO_USERS.averyChen.userId, { fetch: simFetch, launchWebAuthFlow, redirectUri: REDIRECT, session: d.session });
    await expect(ask()).resolves.toEqual({ kind: "user", userId: DEMO_USERS.jordanRivera.userId });
    expect(asked).toEqual([{ url: expect.stringContaining("immediate=true"), interactive: false }]);
    // Asked once per page session.
    await ask();
    expect(asked).toHaveLength(1);
  });

  it("uses the browser session in auto mode until the AE connects, and only OAuth in oauth mode", async () => {
    pageSid = sim.login(DEMO_USERS.averyChen.username);
    const d = deps();
    await expect(chooseSession(HOST, profile(), choiceDeps(d))).resolves.toMatchObject({ via: "browser-session", accessToken: pageSid });
    await expect(chooseSession(HOST, profile({ mode: "oauth" }), choiceDeps(d))).rejects.toMatchObject({ name: "ConnectNeeded", canConnect: true });
    await expect(chooseSession(HOST, profile({ mode: "session" }), choiceDeps(d))).resolves.toMatchObject({ via: "browser-session" });
  });
});
