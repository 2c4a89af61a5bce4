/**
 * The router's part in setting an org up: a bad profile is an answer naming each
 * bad value and where to fix it, never a crash; the options page names its org;
 * connecting needs no session; the session layer's refusals keep their kind.
 */
import type { Connection } from "jsforce";

import { DEFAULT_PROFILE } from "../domain/org-profile/default-profile";
import { memoryStorageArea } from "../../test/support/memory-storage-area";
import { MANAGED_PROFILES_KEY, savedProfileKey } from "../messaging/storage-keys";
import { BadProfile, badProfileError, profileFor } from "./profile-store";
import { createRouter, type Handlers, type RouterDeps } from "./router";
import { ConnectNeeded, sessionAppError } from "./session-choice";

const ID = "abcdefghijklmnopabcdefghijklmnop";
const PANEL = `chrome-extension://${ID}/tabs/panel.html`;
const OPTIONS = `chrome-extension://${ID}/options.html`;
const panel = { id: ID, url: `${PANEL}#case=x`, tab: { url: "https://acme.lightning.force.com/lightning/r/Case/5008X00002CytL1QAJ/view" } };
const options = { id: ID, url: OPTIONS };

function setup(overrides: Partial<RouterDeps> = {}) {
  const seen: Record<string, unknown> = {};
  const handlers = {
    "case/panel": async (_request, org) => ((seen.profile = org.profile), { ok: 1 }),
    "org/check": async (_request, org) => ((seen.checked = org.apiHost), { ok: 1 }),
    "session/connect": async (_request, org) => ((seen.connected = org.apiHost), { ok: 1 }),
  } as Partial<Handlers> as Handlers;
  const route = createRouter(handlers, {
    extensionId: ID,
    panelUrlPrefix: PANEL,
    optionsUrl: OPTIONS,
    findSession: async (apiHost) => ({ instanceUrl: `https://${apiHost}`, accessToken: "00Dx!token" }),
    connect: () => ({}) as Connection,
    loginUrlFor: (apiHost) => `https://${apiHost}/`,
    explainError: async (cause) => (cause instanceof BadProfile ? badProfileError(cause) : null),
    ...overrides,
  });
  return { route, seen };
}

const areas = (policy: Record<string, unknown> | undefined, saved: Record<string, unknown> = {}) => ({
  managed: memoryStorageArea(policy ? { [MANAGED_PROFILES_KEY]: policy } : {}),
  local: memoryStorageArea(saved),
});

describe("the profile the router hands to each handler", () => {
  it("is the org's own: the policy for one org does not reach another", async () => {
    const policy = { "acme.my.salesforce.com": JSON.stringify({ ...DEFAULT_PROFILE, label: "Acme production" }) };
    const stores = areas(policy, { [savedProfileKey("acme--uat.sandbox.my.salesforce.com")]: { ...DEFAULT_PROFILE, label: "Acme UAT" } });
    await expect(profileFor("acme.my.salesforce.com", stores)).resolves.toMatchObject({ label: "Acme production" });
    await expect(profileFor("acme--uat.sandbox.my.salesforce.com", stores)).resolves.toMatchObject({ label: "Acme UAT" });
    await expect(profileFor("beta.my.salesforce.com", stores)).resolves.toBe(DEFAULT_PROFILE);
  });

  it("turns a bad profile into an answer listing each bad value and where to fix it", async () => {
    const stores = areas({ "acme.my.salesforce.com": JSON.stringify({ ...DEFAULT_PROFILE, pools: [], label: "" }) });
    const { route, seen } = setup({ profileFor: (apiHost) => profileFor(apiHost, stores) });
    const answer = await route({ type: "case/panel", caseId: "5008X00002CytL1QAJ" }, panel);
    expect(answer).toMatchObject({
      ok: false,
      error: { kind: "profile", fixAt: "policy", message: expect.stringMatching(/admin's Chrome policy/), problems: expect.arrayContaining([{ path: "pools", message: expect.any(String) }, { path: "label", message: expect.any(String) }]) },
    });
    expect(seen.profile).toBeUndefined();
    const saved = areas(undefined, { [savedProfileKey("acme.my.salesforce.com")]: { nonsense: true } });
    const fromOptions = await setup({ profileFor: (apiHost) => profileFor(apiHost, saved) }).route({ type: "case/panel", caseId: "5008X00002CytL1QAJ" }, panel);
    expect(fromOptions).toMatchObject({ ok: false, error: { kind: "profile", fixAt: "options", message: expect.stringMatching(/options page/) } });
  });
});

describe("the options page's messages", () => {
  it("work on the org the page names, and only on checking and connecting", async () => {
    const { route, seen } = setup();
    await expect(route({ type: "org/check", orgHost: "acme--uat.sandbox.my.salesforce.com" }, options)).resolves.toMatchObject({ ok: true });
    expect(seen.checked).toBe("acme--uat.sandbox.my.salesforce.com");
    for (const message of [{ type: "org/check" }, { type: "org/check", orgHost: "evil.example" }, { type: "case/panel", caseId: "5008X00002CytL1QAJ", orgHost: "acme.my.salesforce.com" }]) {
      await expect(route(message, options)).resolves.toMatchObject({ ok: false, error: { kind: "bad-request" } });
    }
  });

  it("let the panel name no org but its tab's", async () => {
    const { route } = setup();
    await expect(route({ type: "org/check", orgHost: "beta.my.salesforce.com" }, panel)).resolves.toMatchObject({ ok: false, error: { kind: "bad-request" } });
    await expect(route({ type: "org/check", orgHost: "acme.my.salesforce.com" }, panel)).resolves.toMatchObject({ ok: true });
  });

  it("connect without a session: connecting is how an org without API access gets one", async () => {
    const { route, seen } = setup({ findSession: async () => null });
    await expect(route({ type: "session/connect" }, panel)).resolves.toMatchObject({ ok: true });
    expect(seen.connected).toBe("acme.my.salesforce.com");
    await expect(route({ type: "case/panel", caseId: "5008X00002CytL1QAJ" }, panel)).resolves.toMatchObject({ ok: false, error: { kind: "session" } });
  });
});

describe("the session layer's refusals", () => {
  it("keep their kind: connect when the REST API refuses the browser session, remembered for that session", async () => {
    const area = memoryStorageArea();
    const refusal = Object.assign(new Error("This session is not valid for use with the REST API"), { errorCode: "INVALID_SESSION_ID" });
    const browser = { instanceUrl: "https://acme.my.salesforce.com", accessToken: "00Dx!sid", via: "browser-session" as const };
    const noProbe = { area, fetch: async () => new Response("[]", { status: 200 }) };
    const error = await sessionAppError(refusal, "acme.my.salesforce.com", browser, DEFAULT_PROFILE, noProbe);
    expect(error).toMatchObject({ kind: "connect", canConnect: false, message: expect.stringMatching(/consumer key/) });
    expect([...area.items.keys()]).toEqual([expect.stringMatching(/^api-refused:acme\.my\.salesforce\.com:/)]);
    // An expired browser session is not a refusal: the generic mapping asks to log in.
    const expired = Object.assign(new Error("Session expired or invalid"), { errorCode: "INVALID_SESSION_ID" });
    const restSays = (message: string) => ({ area, fetch: async () => new Response(JSON.stringify([{ errorCode: "INVALID_SESSION_ID", message }]), { status: 401 }) });
    await expect(sessionAppError(expired, "acme.my.salesforce.com", browser, DEFAULT_PROFILE, restSays("Session expired or invalid"))).resolves.toBeNull();
    // userinfo's 403 says neither: the REST API is asked which it is.
    await expect(sessionAppError(expired, "acme.my.salesforce.com", browser, DEFAULT_PROFILE, restSays("This session is not valid for use with the REST API"))).resolves.toMatchObject({ kind: "connect" });
    const { route } = setup({
      findSession: async () => {
        throw new ConnectNeeded("Connect to Salesforce to work here.", true);
      },
      explainError: (cause, org) => sessionAppError(cause, org.apiHost, org.session, org.profile, noProbe),
    });
    await expect(route({ type: "case/panel", caseId: "5008X00002CytL1QAJ" }, panel)).resolves.toMatchObject({ ok: false, error: { kind: "connect", canConnect: true } });
  });
});
