import type { Connection } from "jsforce";

import type { Handlers } from "./router";
import { createRouter } from "./router";

const PANEL = "chrome-extension://abcdefghijklmnopabcdefghijklmnop/tabs/panel.html";
const CASE_ID = "5008X00002CytL1QAJ";
const panelSender = (tabUrl = `https://acme.lightning.force.com/lightning/r/Case/${CASE_ID}/view`) => ({
  id: "abcdefghijklmnopabcdefghijklmnop",
  url: `${PANEL}#case=${CASE_ID}`,
  tab: { url: tabUrl },
});

const POPUP = "chrome-extension://abcdefghijklmnopabcdefghijklmnop/popup.html";
const popupSender = (url = POPUP) => ({ id: "abcdefghijklmnopabcdefghijklmnop", url });
const TEAM = "chrome-extension://abcdefghijklmnopabcdefghijklmnop/tabs/team.html";

/** Our content script, as Chrome describes it: the tab's top frame on a Salesforce page. */
const pageSender = (pageUrl = `https://acme.lightning.force.com/lightning/r/Case/${CASE_ID}/view`) => ({ id: "abcdefghijklmnopabcdefghijklmnop", url: pageUrl, tab: { url: pageUrl }, frameId: 0 });

function setup(overrides: { session?: boolean; handler?: Handlers["case/panel"]; popupOrg?: string | null } = {}) {
  const connection = { marker: "connection" } as unknown as Connection;
  const seen: { apiHost?: string; caseId?: string } = {};
  // Only the request types under test are served; the router is the same for all.
  const handlers = {
    "case/panel":
      overrides.handler ??
      (async (request, org) => {
        seen.apiHost = org.apiHost;
        seen.caseId = request.caseId;
        return { id: request.caseId };
      }),
  } as Partial<Handlers> as Handlers;
  const route = createRouter(handlers, {
    extensionId: "abcdefghijklmnopabcdefghijklmnop",
    panelUrlPrefix: PANEL,
    findSession: async (apiHost) => (overrides.session === false ? null : { instanceUrl: `https://${apiHost}`, accessToken: "00Dsecret!token" }),
    connect: () => connection,
    loginUrlFor: (apiHost, path) => `https://${apiHost}/?startURL=${encodeURIComponent(path)}`,
    popupUrl: POPUP,
    teamUrl: TEAM,
    popupOrgHost: async () => (overrides.popupOrg === undefined ? "acme.lightning.force.com" : overrides.popupOrg),
  });
  return { route, seen };
}

describe("worker message router", () => {
  it("serves the panel with the org behind the tab's Lightning host", async () => {
    const { route, seen } = setup();
    await expect(route({ type: "case/panel", caseId: CASE_ID }, panelSender())).resolves.toEqual({ ok: true, data: { id: CASE_ID } });
    expect(seen).toEqual({ apiHost: "acme.my.salesforce.com", caseId: CASE_ID });
  });

  it("refuses senders other than our panel", async () => {
    const { route } = setup();
    const fromPage = { ...panelSender(), url: `https://acme.lightning.force.com/lightning/r/Case/${CASE_ID}/view` };
    const fromOtherExtension = { ...panelSender(), id: "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz" };
    for (const sender of [fromPage, fromOtherExtension]) {
      await expect(route({ type: "case/panel", caseId: CASE_ID }, sender)).resolves.toMatchObject({ ok: false, error: { kind: "bad-request" } });
    }
  });

  it("refuses a panel that is not inside a Salesforce tab", async () => {
    const { route } = setup();
    const result = await route({ type: "case/panel", caseId: CASE_ID }, panelSender("https://evil.example/lightning/r/Case/x/view"));
    expect(result).toMatchObject({ ok: false, error: { kind: "bad-request", message: expect.stringMatching(/Salesforce tab/) } });
  });

  it("refuses malformed requests with a reason", async () => {
    const { route } = setup();
    for (const message of [{ type: "case/panel", caseId: "5'; DROP" }, { type: "case/delete-everything" }, null, "case/panel"]) {
      await expect(route(message, panelSender())).resolves.toMatchObject({ ok: false, error: { kind: "bad-request" } });
    }
    // The reason names the bad value's path, in words (not zod/v4-mini's bare "Invalid input").
    await expect(route({ type: "case/panel", caseId: "5'; DROP" }, panelSender())).resolves.toMatchObject({ error: { message: "Malformed request: caseId: not a Salesforce id" } });
    await expect(route({ type: "case/panel" }, panelSender())).resolves.toMatchObject({ error: { message: "Malformed request: caseId: is missing (expected string)" } });
  });

  it("asks the AE to log in when there is no session cookie", async () => {
    const { route } = setup({ session: false });
    const result = await route({ type: "case/panel", caseId: CASE_ID }, panelSender());
    expect(result).toMatchObject({ ok: false, error: { kind: "session", loginUrl: expect.stringContaining("acme.my.salesforce.com") } });
  });

  it("never puts the session token in an answer, whether the handler succeeds or fails", async () => {
    const { route } = setup();
    const success = await route({ type: "case/panel", caseId: CASE_ID }, panelSender());
    const { route: failing } = setup({
      handler: async () => {
        throw Object.assign(new Error("Session expired or invalid"), { errorCode: "INVALID_SESSION_ID" });
      },
    });
    const failure = await failing({ type: "case/panel", caseId: CASE_ID }, panelSender());
    expect(success.ok).toBe(true);
    expect(failure.ok).toBe(false);
    for (const answer of [success, failure]) expect(JSON.stringify(answer)).not.toContain("00Dsecret!token");
  });

  it("turns a throwing handler into an error answer with Salesforce's message", async () => {
    const { route } = setup({
      handler: async () => {
        throw Object.assign(new Error("Session expired or invalid"), { name: "INVALID_SESSION_ID", errorCode: "INVALID_SESSION_ID" });
      },
    });
    const expired = await route({ type: "case/panel", caseId: CASE_ID }, panelSender());
    expect(expired).toMatchObject({ ok: false, error: { kind: "session", errorCode: "INVALID_SESSION_ID" } });

    const { route: failing } = setup({
      handler: async () => {
        throw Object.assign(new Error("unable to obtain exclusive access to this record"), { errorCode: "UNABLE_TO_LOCK_ROW" });
      },
    });
    await expect(failing({ type: "case/panel", caseId: CASE_ID }, panelSender())).resolves.toEqual({
      ok: false,
      error: { kind: "salesforce", errorCode: "UNABLE_TO_LOCK_ROW", message: "unable to obtain exclusive access to this record" },
    });
  });

  it("serves the toolbar popup on the org of the AE's Salesforce tab", async () => {
    const { route, seen } = setup();
    await expect(route({ type: "case/panel", caseId: CASE_ID }, popupSender())).resolves.toMatchObject({ ok: true });
    expect(seen.apiHost).toBe("acme.my.salesforce.com");
  });

  it("serves the team page like the popup, on the org of the AE's Salesforce tab", async () => {
    const { route, seen } = setup();
    await expect(route({ type: "case/panel", caseId: CASE_ID }, popupSender(`${TEAM}?pool=amer`))).resolves.toMatchObject({ ok: true });
    expect(seen.apiHost).toBe("acme.my.salesforce.com");
    await expect(route({ type: "case/panel", caseId: CASE_ID }, popupSender(`${TEAM}.evil`))).resolves.toMatchObject({ ok: false, error: { kind: "bad-request" } });
  });

  it("asks for a Salesforce tab when the popup has no org to work on, and refuses look-alike popups", async () => {
    const { route } = setup({ popupOrg: null });
    await expect(route({ type: "case/panel", caseId: CASE_ID }, popupSender())).resolves.toMatchObject({
      ok: false,
      error: { kind: "bad-request", message: expect.stringMatching(/Salesforce org in a tab/) },
    });
    const { route: withOrg } = setup({ popupOrg: "evil.example" });
    await expect(withOrg({ type: "case/panel", caseId: CASE_ID }, popupSender())).resolves.toMatchObject({ ok: false, error: { kind: "bad-request" } });
    for (const sender of [
      popupSender("chrome-extension://abcdefghijklmnopabcdefghijklmnop/popup.html.evil"),
      popupSender("chrome-extension://abcdefghijklmnopabcdefghijklmnop/options.html"),
      { ...popupSender(), id: "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz" },
      { id: "abcdefghijklmnopabcdefghijklmnop", url: "https://acme.lightning.force.com/popup.html", tab: { url: "https://acme.lightning.force.com/" } },
    ]) {
      await expect(setup().route({ type: "case/panel", caseId: CASE_ID }, sender)).resolves.toMatchObject({ ok: false, error: { kind: "bad-request" } });
    }
  });

  it("answers nothing to a Salesforce page, our own content script in it included: the worker hears of pages from Chrome", async () => {
    const { route, seen } = setup();
    for (const request of [{ type: "case/panel", caseId: CASE_ID }, { type: "org/context" }, { type: "case/prefetch", caseId: CASE_ID }]) {
      await expect(route(request, pageSender())).resolves.toMatchObject({ ok: false, error: { kind: "bad-request" } });
    }
    expect(seen).toEqual({});
  });
});
