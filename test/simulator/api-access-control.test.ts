/**
 * API Access Control on the acme org (help article 004637119): the browser's sessions
 * are refused on the REST API and by userinfo; tokens of the org's External Client App work.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSimulator, type Simulator } from "./index";
import { raw } from "./fixtures/harness";
import { ACME_APP, ACME_PASSWORD, ACME_USERS, acmeSeed } from "./seeds/acme";

const HOST = "acme.my.salesforce.com";
const NOW = new Date("2026-03-10T17:00:00Z");
const REFUSED = [{ message: "This session is not valid for use with the REST API", errorCode: "INVALID_SESSION_ID" }];
const user = ACME_USERS.niamhKelly;

const limits = (sim: Simulator, token: string) => raw(sim, "GET", "/services/data/v62.0/limits", { headers: { Host: HOST, Authorization: `Bearer ${token}` } });
const userinfo = (sim: Simulator, token: string) => raw(sim, "GET", "/services/oauth2/userinfo", { headers: { Host: HOST, Authorization: `Bearer ${token}` } });

async function formLogin(sim: Simulator): Promise<string> {
  const res = await raw(sim, "POST", "/login", {
    headers: { "Content-Type": "application/x-www-form-urlencoded", Host: HOST },
    body: new URLSearchParams({ username: user.username, pw: ACME_PASSWORD, startURL: "/lightning/page/home" }).toString(),
  });
  return /sid=([^;]+)/.exec(String(res.headers["set-cookie"]))![1]!;
}

describe("with API Access Control (the acme seed's default)", () => {
  let sim: Simulator;
  beforeAll(async () => {
    sim = await createSimulator({ seed: acmeSeed(NOW), tls: false, now: () => NOW });
  });
  afterAll(() => sim.close());

  it("refuses the login form's session on the REST API and on userinfo", async () => {
    const sid = await formLogin(sim);
    const res = await limits(sim, sid);
    expect([res.status, res.json()]).toEqual([401, REFUSED]);
    const me = await userinfo(sim, sid);
    expect([me.status, me.text]).toEqual([403, "Bad_OAuth_Token"]);
  });

  it("gives frontdoor's browser a session of its own, refused too, while the app's token keeps working", async () => {
    const appToken = sim.login(user.username, { clientId: ACME_APP.consumerKey });
    const res = await raw(sim, "GET", `/secur/frontdoor.jsp?sid=${encodeURIComponent(appToken)}&retURL=%2F500`, { headers: { Host: HOST } });
    const cookie = /sid=([^;]+)/.exec(String(res.headers["set-cookie"]))![1]!;
    expect(cookie).not.toBe(appToken);
    expect((await limits(sim, cookie)).json()).toEqual(REFUSED);
    expect((await limits(sim, appToken)).status).toBe(200);
    expect((await userinfo(sim, appToken)).json()).toMatchObject({ user_id: user.userId });
  });

  it("refuses a browser session made in-process, and a token of another client", async () => {
    expect((await limits(sim, sim.login(user.username))).json()).toEqual(REFUSED);
    expect(() => sim.login(user.username, { clientId: "3MVG9Unknown" })).toThrow(/no OAuth app/);
  });

  it("refuses an app token that lacks the api scope (help article 005226515)", async () => {
    const passwordGrant = async () =>
      (
        await raw(sim, "POST", "/services/oauth2/token", {
          headers: { "Content-Type": "application/x-www-form-urlencoded", Host: HOST },
          body: new URLSearchParams({ grant_type: "password", username: user.username, password: ACME_PASSWORD, client_id: ACME_APP.consumerKey, client_secret: ACME_APP.consumerSecret }).toString(),
        })
      ).json<{ access_token: string; scope: string }>();
    const full = await passwordGrant();
    expect(full.scope).toBe("api id openid");
    expect((await limits(sim, full.access_token)).status).toBe(200);
    sim.configureOAuthApp({ scopes: ["id", "openid", "refresh_token"] });
    try {
      const narrow = await passwordGrant();
      expect((await limits(sim, narrow.access_token)).json()).toEqual(REFUSED);
      expect((await userinfo(sim, narrow.access_token)).status).toBe(200);
    } finally {
      sim.configureOAuthApp({ scopes: ACME_APP.scopes });
    }
  });

  it("answers an unknown token the usual way", async () => {
    const res = await limits(sim, "00Dnope!nope");
    expect(res.json()).toEqual([{ message: "Session expired or invalid", errorCode: "INVALID_SESSION_ID" }]);
  });
});

describe("without API Access Control (acmeSeed option off)", () => {
  it("lets the login form's session call the API, as the demo org does", async () => {
    const sim = await createSimulator({ seed: acmeSeed(NOW, { apiAccessControl: false }), tls: false, now: () => NOW });
    try {
      const sid = await formLogin(sim);
      expect((await limits(sim, sid)).status).toBe(200);
      expect((await userinfo(sim, sid)).status).toBe(200);
    } finally {
      await sim.close();
    }
  });
});
