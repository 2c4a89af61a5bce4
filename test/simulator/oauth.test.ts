/**
 * The acme org's External Client App over HTTP: authorize (login form, "Allow access?"),
 * code + PKCE at the token endpoint, refresh, revoke, and each documented failure.
 */
import { createHash, randomBytes } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createSimulator, type Simulator } from "./index";
import { raw, type RawResponse } from "./fixtures/harness";
import { ACME_APP, ACME_PASSWORD, ACME_USERS, acmeSeed } from "./seeds/acme";

const HOST = "acme.my.salesforce.com";
const CALLBACK = "https://abcdefghijklmnopabcdefghijklmnop.chromiumapp.org/salesforce";
const FORM = { "Content-Type": "application/x-www-form-urlencoded", Host: HOST };
const jamie = ACME_USERS.jamieOrtiz;

let clock = new Date("2026-03-10T17:00:00Z");
let sim: Simulator;
beforeAll(async () => {
  sim = await createSimulator({ seed: acmeSeed(clock), tls: false, now: () => clock });
});
afterAll(() => sim.close());
beforeEach(() => {
  clock = new Date("2026-03-10T17:00:00Z");
  sim.configureOAuthApp({ callbackUrls: [CALLBACK], allowRefreshToken: true, requirePkce: true });
});

const pkce = () => {
  const verifier = randomBytes(48).toString("base64url");
  return { verifier, challenge: createHash("sha256").update(verifier).digest("base64url") };
};

function authorizeUrl(params: Record<string, string>): string {
  return `/services/oauth2/authorize?${new URLSearchParams({ response_type: "code", client_id: ACME_APP.consumerKey, redirect_uri: CALLBACK, code_challenge_method: "S256", state: "st-1", scope: "api refresh_token id", ...params }).toString()}`;
}

const get = (path: string, sid?: string) => raw(sim, "GET", path, { headers: { Host: HOST, ...(sid ? { Cookie: `sid=${sid}` } : {}) } });
const post = (path: string, form: Record<string, string>, sid?: string) =>
  raw(sim, "POST", path, { headers: { ...FORM, ...(sid ? { Cookie: `sid=${sid}` } : {}) }, body: new URLSearchParams(form).toString() });
const sidOf = (res: RawResponse) => /sid=([^;]+)/.exec(String(res.headers["set-cookie"]))?.[1];
const location = (res: RawResponse) => new URL(String(res.headers.location), `http://${HOST}`);

/** Logs in through the form the way a browser does: authorize sends it there and back. */
async function loginFor(authorize: string): Promise<{ sid: string; back: string }> {
  const anon = await get(authorize);
  expect(anon.status).toBe(302);
  const toLogin = location(anon);
  expect(toLogin.pathname).toBe("/login");
  const startURL = toLogin.searchParams.get("startURL")!;
  const login = await post("/login", { username: jamie.username, pw: ACME_PASSWORD, startURL });
  expect(login.status).toBe(302);
  return { sid: sidOf(login)!, back: String(login.headers.location) };
}

/** The "Allow access?" page's form fields, and a click on one of its buttons. */
async function answerApproval(page: RawResponse, sid: string, decision: "allow" | "deny"): Promise<RawResponse> {
  expect(page.status).toBe(200);
  expect(page.text).toContain('id="oaapprove"');
  expect(page.text).toContain('id="oadeny"');
  const nonce = /name="approval" value="([^"]+)"/.exec(page.text)![1]!;
  return post("/services/oauth2/authorize", { approval: nonce, decision }, sid);
}

async function codeFor(params: Record<string, string> = {}): Promise<{ code: string; verifier: string; sid: string }> {
  const { verifier, challenge } = pkce();
  const authorize = authorizeUrl({ code_challenge: challenge, ...params });
  const { sid, back } = await loginFor(authorize);
  const first = await get(back, sid);
  const done = first.status === 200 ? await answerApproval(first, sid, "allow") : first;
  const cb = location(done);
  expect(`${cb.origin}${cb.pathname}`).toBe(CALLBACK);
  expect(cb.searchParams.get("state")).toBe(params.state ?? "st-1");
  return { code: cb.searchParams.get("code")!, verifier, sid };
}

const redeem = (code: string, verifier: string, extra: Record<string, string> = {}) =>
  post("/services/oauth2/token", { grant_type: "authorization_code", code, client_id: ACME_APP.consumerKey, redirect_uri: CALLBACK, code_verifier: verifier, ...extra });
const rest = (token: string) => raw(sim, "GET", "/services/data/v62.0/query?q=SELECT+Id+FROM+Case+LIMIT+1", { headers: { Host: HOST, Authorization: `Bearer ${token}` } });

describe("authorize → code → token → refresh → revoke, with PKCE", () => {
  it("runs the whole web server flow and the tokens work on the API", async () => {
    const { verifier, challenge } = pkce();
    const authorize = authorizeUrl({ code_challenge: challenge });
    const { sid, back } = await loginFor(authorize);
    expect(back).toBe(authorize);

    const page = await get(back, sid);
    expect(page.text).toContain("Allow Access?");
    expect(page.text).toContain(ACME_APP.name);
    expect(page.text).toContain("Manage user data via APIs");
    const granted = await answerApproval(page, sid, "allow");
    const cb = location(granted);
    expect(cb.searchParams.get("state")).toBe("st-1");

    const res = await redeem(cb.searchParams.get("code")!, verifier);
    expect(res.status).toBe(200);
    const tokens = res.json<Record<string, string>>();
    expect(Object.keys(tokens).sort()).toEqual(["access_token", "id", "instance_url", "issued_at", "refresh_token", "scope", "signature", "token_type"]);
    expect(tokens).toMatchObject({ instance_url: `http://${HOST}`, id: `http://${HOST}/id/${sim.store.orgId}/${jamie.userId}`, token_type: "Bearer", scope: "api refresh_token id" });
    expect((await rest(tokens.access_token!)).status).toBe(200);
    const me = await raw(sim, "GET", "/services/oauth2/userinfo", { headers: { Host: HOST, Authorization: `Bearer ${tokens.access_token}` } });
    expect(me.json()).toMatchObject({ user_id: jamie.userId, preferred_username: jamie.username });

    const refreshed = await post("/services/oauth2/token", { grant_type: "refresh_token", refresh_token: tokens.refresh_token!, client_id: ACME_APP.consumerKey });
    expect(refreshed.status).toBe(200);
    const again = refreshed.json<Record<string, string>>();
    expect(again.refresh_token).toBeUndefined();
    expect(again.access_token).not.toBe(tokens.access_token);
    expect((await rest(again.access_token!)).status).toBe(200);

    // Revoking the refresh token ends every access token issued with it.
    expect((await post("/services/oauth2/revoke", { token: tokens.refresh_token! })).status).toBe(200);
    expect((await rest(tokens.access_token!)).status).toBe(401);
    expect((await rest(again.access_token!)).status).toBe(401);
    const dead = await post("/services/oauth2/token", { grant_type: "refresh_token", refresh_token: tokens.refresh_token!, client_id: ACME_APP.consumerKey });
    expect(dead.json()).toEqual({ error: "invalid_grant", error_description: "expired access/refresh token" });
    expect((await post("/services/oauth2/revoke", { token: tokens.refresh_token! })).json()).toMatchObject({ error: "invalid_token" });
    const bad = await raw(sim, "GET", "/services/oauth2/userinfo", { headers: { Host: HOST, Authorization: `Bearer ${tokens.access_token}` } });
    expect([bad.status, bad.text]).toEqual([403, "Bad_OAuth_Token"]);
  });

  it("revokes a single access token, by POST or by GET", async () => {
    const { code, verifier } = await codeFor();
    const tokens = (await redeem(code, verifier)).json<Record<string, string>>();
    expect((await get(`/services/oauth2/revoke?token=${encodeURIComponent(tokens.access_token!)}`)).status).toBe(200);
    expect((await rest(tokens.access_token!)).status).toBe(401);
    const refreshed = await post("/services/oauth2/token", { grant_type: "refresh_token", refresh_token: tokens.refresh_token!, client_id: ACME_APP.consumerKey });
    expect(refreshed.status).toBe(200);
  });

  it("asks once: the next authorize skips the page, prompt=consent asks again, prompt=login shows the login form", async () => {
    const first = await codeFor();
    const { challenge } = pkce();
    const silent = await get(authorizeUrl({ code_challenge: challenge }), first.sid);
    expect(location(silent).searchParams.get("code")).toBeTruthy();
    const consent = await get(authorizeUrl({ code_challenge: challenge, prompt: "consent" }), first.sid);
    expect(consent.status).toBe(200);
    expect(consent.text).toContain('id="oaapprove"');
    const relogin = await get(authorizeUrl({ code_challenge: challenge, prompt: "login" }), first.sid);
    const toLogin = location(relogin);
    expect(toLogin.pathname).toBe("/login");
    expect(toLogin.searchParams.get("startURL")).not.toContain("prompt");
  });
});

describe("failures answered as Salesforce answers them", () => {
  it("refuses a wrong code_verifier, and the code is spent", async () => {
    const { code, verifier } = await codeFor();
    const wrong = await redeem(code, pkce().verifier);
    expect([wrong.status, wrong.json()]).toEqual([400, { error: "invalid_grant", error_description: "invalid code verifier" }]);
    expect((await redeem(code, verifier)).json()).toEqual({ error: "invalid_grant", error_description: "expired authorization code" });
  });

  it("takes a code once", async () => {
    const { code, verifier } = await codeFor();
    expect((await redeem(code, verifier)).status).toBe(200);
    expect((await redeem(code, verifier)).json()).toEqual({ error: "invalid_grant", error_description: "expired authorization code" });
  });

  it("lets a code expire after 15 minutes", async () => {
    const { code, verifier } = await codeFor();
    clock = new Date(clock.getTime() + 15 * 60_000 + 1000);
    expect((await redeem(code, verifier)).json()).toEqual({ error: "invalid_grant", error_description: "expired authorization code" });
  });

  it("wants the same redirect_uri at the token endpoint", async () => {
    const { code, verifier } = await codeFor();
    const res = await redeem(code, verifier, { redirect_uri: `${CALLBACK}/other` });
    expect(res.json()).toEqual({ error: "redirect_uri_mismatch", error_description: "redirect_uri must match configuration" });
  });

  it("shows its own error page for a callback URL the app doesn't list (exact match) and for an unknown client_id", async () => {
    const { sid } = await codeFor();
    for (const [params, error] of [
      [{ redirect_uri: `${CALLBACK}/` }, "redirect_uri_mismatch"],
      [{ redirect_uri: CALLBACK.toUpperCase() }, "redirect_uri_mismatch"],
      [{ client_id: "3MVG9NotThisApp" }, "invalid_client_id"],
    ] as const) {
      const res = await get(authorizeUrl({ code_challenge: pkce().challenge, ...params }), sid);
      const to = location(res);
      expect(to.pathname).toBe("/setup/secur/RemoteAccessErrorPage.apexp");
      expect(to.searchParams.get("error")).toBe(error);
      const page = await get(to.pathname + to.search, sid);
      expect(page.text).toContain(error);
    }
    const token = await post("/services/oauth2/token", { grant_type: "authorization_code", code: "x", client_id: "3MVG9NotThisApp", redirect_uri: CALLBACK, code_verifier: "v" });
    expect(token.json()).toEqual({ error: "invalid_client_id", error_description: "client identifier invalid" });
  });

  it("answers the authorize request itself when the app requires PKCE and no challenge came", async () => {
    const res = await get(authorizeUrl({}));
    expect(res.status).toBe(400);
    expect(res.text).toBe("error=invalid_request&error_description=missing required code challenge");
  });

  it("sends access_denied to the callback when the user denies", async () => {
    const authorize = authorizeUrl({ code_challenge: pkce().challenge, prompt: "consent" });
    const { sid, back } = await loginFor(authorize);
    const denied = await answerApproval(await get(back, sid), sid, "deny");
    const cb = location(denied);
    expect(Object.fromEntries(cb.searchParams)).toEqual({ error: "access_denied", error_description: "end-user denied authorization", state: "st-1" });
  });

  it("issues no refresh token when the app's policy doesn't allow one, and refuses refreshing once it stops allowing", async () => {
    const before = await codeFor();
    const kept = (await redeem(before.code, before.verifier)).json<Record<string, string>>().refresh_token!;
    sim.configureOAuthApp({ allowRefreshToken: false });
    const { code, verifier } = await codeFor();
    const tokens = (await redeem(code, verifier)).json<Record<string, string>>();
    expect(tokens.refresh_token).toBeUndefined();
    expect(tokens.scope).toBe("api id");
    const res = await post("/services/oauth2/token", { grant_type: "refresh_token", refresh_token: kept, client_id: ACME_APP.consumerKey });
    expect(res.json()).toEqual({ error: "invalid_grant", error_description: "expired access/refresh token" });
  });
});

describe("callback URLs set at run time", () => {
  it("through the control endpoint, validated", async () => {
    const other = "https://zyxwvutsrqponmlkzyxwvutsrqponmlk.chromiumapp.org/";
    const res = await raw(sim, "POST", "/__sim/oauth-app", { headers: { "Content-Type": "application/json" }, body: JSON.stringify({ callbackUrls: [other] }) });
    expect(res.json()).toMatchObject({ consumerKey: ACME_APP.consumerKey, callbackUrls: [other] });
    expect(sim.oauthApps()[0]!.callbackUrls).toEqual([other]);
    const bad = await raw(sim, "POST", "/__sim/oauth-app", { headers: { "Content-Type": "application/json" }, body: JSON.stringify({ callbackUrls: ["not a url"] }) });
    expect(bad.status).toBe(400);
    const listed = await raw(sim, "GET", "/__sim/oauth-apps");
    expect(listed.json()).toMatchObject({ apiAccessControl: true, apps: [{ name: ACME_APP.name }] });
  });
});
