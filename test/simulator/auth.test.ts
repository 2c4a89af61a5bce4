import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Simulator } from "./index";
import { api, raw, startTiny } from "./fixtures/harness";
import { TINY } from "./fixtures/tiny-seed";

let sim: Simulator;
beforeAll(async () => {
  sim = await startTiny();
});
afterAll(() => sim.close());

const form = (o: Record<string, string>) => new URLSearchParams(o).toString();
const FORM = { "Content-Type": "application/x-www-form-urlencoded" };

describe("OAuth password grant", () => {
  it("issues a token whose instance_url comes from the Host header", async () => {
    const res = await raw(sim, "POST", "/services/oauth2/token", {
      headers: { ...FORM, Host: "acme.my.salesforce.com" },
      body: form({ grant_type: "password", username: "ada@pooled.example", password: TINY.password, client_id: "cid", client_secret: "sec" }),
    });
    expect(res.status).toBe(200);
    const body = res.json<Record<string, string>>();
    expect(body.token_type).toBe("Bearer");
    expect(body.instance_url).toBe("http://acme.my.salesforce.com");
    expect(body.id).toBe(`http://acme.my.salesforce.com/id/${sim.store.orgId}/${TINY.ada}`);
    expect(body.access_token).toMatch(/^00D\w{12}!/);
    expect(body.issued_at).toMatch(/^\d{13}$/);
    expect(body.signature).toBeTruthy();
    const me = await api(sim, body.access_token!)("GET", "/services/oauth2/userinfo");
    expect(me.body).toMatchObject({ user_id: TINY.ada, organization_id: sim.store.orgId, preferred_username: "ada@pooled.example", name: "Ada Lovelace" });
    expect(me.body.urls.rest).toContain("/services/data/v{version}/");
  });

  it("answers a wrong password with invalid_grant", async () => {
    const res = await raw(sim, "POST", "/services/oauth2/token", {
      headers: FORM,
      body: form({ grant_type: "password", username: "ada@pooled.example", password: "nope", client_id: "cid", client_secret: "sec" }),
    });
    expect(res.status).toBe(400);
    expect(res.json()).toEqual({ error: "invalid_grant", error_description: "authentication failure" });
  });
});

describe("API session checks", () => {
  it("rejects unknown and expired sessions with INVALID_SESSION_ID", async () => {
    const bad = await api(sim, "00Dnope!nope")("GET", "/limits");
    expect(bad.status).toBe(401);
    expect(bad.body).toEqual([{ message: "Session expired or invalid", errorCode: "INVALID_SESSION_ID" }]);
    const token = sim.login("bob@pooled.example");
    const ok = await fetch(`${sim.url}/services/data/v62.0/limits`, { headers: { Authorization: `OAuth ${token}` } });
    expect(ok.status).toBe(200);
    sim.expireSession(token);
    expect((await api(sim, token)("GET", "/limits")).status).toBe(401);
  });
});

describe("frontdoor.jsp", () => {
  it("sets sid on the request host and redirects to retURL", async () => {
    const token = sim.login("ada@pooled.example");
    const res = await raw(sim, "GET", `/secur/frontdoor.jsp?sid=${encodeURIComponent(token)}&retURL=${encodeURIComponent("/500")}`);
    expect(res.status).toBe(302);
    expect(res.headers.location).toBe("/500");
    const cookie = String(res.headers["set-cookie"]);
    expect(cookie).toContain(`sid=${token}`);
    expect(cookie).toMatch(/Secure/);
    expect(cookie).toMatch(/SameSite=None/);
    expect(cookie).not.toMatch(/HttpOnly/i);
  });

  it("hops from my.salesforce.com to a different, UI-only sid on lightning.force.com", async () => {
    const token = sim.login("ada@pooled.example");
    const ret = `/lightning/r/Case/${TINY.case1}/view`;
    const first = await raw(sim, "GET", `/secur/frontdoor.jsp?sid=${encodeURIComponent(token)}&retURL=${encodeURIComponent(ret)}`, { headers: { Host: "acme.my.salesforce.com" } });
    expect(first.status).toBe(302);
    expect(String(first.headers["set-cookie"])).toContain(`sid=${token}`);
    const next = new URL(String(first.headers.location));
    expect(next.host).toBe("acme.lightning.force.com");
    expect(next.pathname).toBe("/secur/frontdoor.jsp");

    const second = await raw(sim, "GET", next.pathname + next.search, { headers: { Host: "acme.lightning.force.com" } });
    expect(second.status).toBe(302);
    expect(second.headers.location).toBe(ret);
    const lightningSid = /sid=([^;]+)/.exec(String(second.headers["set-cookie"]))![1]!;
    expect(lightningSid).not.toBe(token);

    const page = await raw(sim, "GET", ret, { headers: { Host: "acme.lightning.force.com", Cookie: `sid=${lightningSid}` } });
    expect(page.status).toBe(200);
    expect((await api(sim, lightningSid)("GET", "/limits")).status).toBe(401);
    expect((await api(sim, token)("GET", "/limits")).status).toBe(200);
  });

  it("refuses an absolute retURL (no open redirect)", async () => {
    const token = sim.login("ada@pooled.example");
    const res = await raw(sim, "GET", `/secur/frontdoor.jsp?sid=${encodeURIComponent(token)}&retURL=${encodeURIComponent("https://evil.example/")}`);
    expect(res.headers.location).toBe("/lightning/page/home");
  });
});

describe("login page and PKCE", () => {
  it("logs in through the form and completes an authorization_code + PKCE flow", async () => {
    const verifier = "v".repeat(50);
    const challenge = createHash("sha256").update(verifier).digest("base64url");
    const authorize = `/services/oauth2/authorize?response_type=code&client_id=cid&redirect_uri=${encodeURIComponent("https://ext.example/cb")}&code_challenge=${challenge}&code_challenge_method=S256&state=xyz`;
    const anon = await raw(sim, "GET", authorize);
    expect(anon.status).toBe(302);
    expect(anon.headers.location).toMatch(/^\/login\?startURL=/);

    const page = await raw(sim, "GET", String(anon.headers.location));
    expect(page.text).toContain('name="pw"');
    const login = await raw(sim, "POST", "/login", { headers: FORM, body: form({ username: "ada@pooled.example", pw: TINY.password, startURL: authorize }) });
    expect(login.status).toBe(302);
    const sid = /sid=([^;]+)/.exec(String(login.headers["set-cookie"]))![1]!;
    expect(login.headers.location).toBe(authorize);

    const granted = await raw(sim, "GET", authorize, { headers: { Cookie: `sid=${sid}` } });
    const cb = new URL(String(granted.headers.location));
    expect(cb.searchParams.get("state")).toBe("xyz");
    const code = cb.searchParams.get("code")!;

    const wrong = await raw(sim, "POST", "/services/oauth2/token", { headers: FORM, body: form({ grant_type: "authorization_code", code, client_id: "cid", redirect_uri: "https://ext.example/cb", code_verifier: "wrong" }) });
    expect(wrong.status).toBe(400);
    expect(wrong.json<{ error: string }>().error).toBe("invalid_grant");

    const granted2 = await raw(sim, "GET", authorize, { headers: { Cookie: `sid=${sid}` } });
    const code2 = new URL(String(granted2.headers.location)).searchParams.get("code")!;
    const ok = await raw(sim, "POST", "/services/oauth2/token", { headers: FORM, body: form({ grant_type: "authorization_code", code: code2, client_id: "cid", redirect_uri: "https://ext.example/cb", code_verifier: verifier }) });
    expect(ok.status).toBe(200);
    const tokens = ok.json<{ access_token: string; refresh_token: string }>();
    expect((await api(sim, tokens.access_token)("GET", "/limits")).status).toBe(200);

    const refreshed = await raw(sim, "POST", "/services/oauth2/token", { headers: FORM, body: form({ grant_type: "refresh_token", refresh_token: tokens.refresh_token, client_id: "cid" }) });
    expect(refreshed.status).toBe(200);
  });

  it("shows an error for a bad password", async () => {
    const res = await raw(sim, "POST", "/login", { headers: FORM, body: form({ username: "ada@pooled.example", pw: "bad" }) });
    expect(res.status).toBe(401);
    expect(res.text).toContain("Please check your username and password");
  });
});
