import { createRequire } from "node:module";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Simulator } from "./index";
import { raw, startTiny } from "./fixtures/harness";
import { TINY } from "./fixtures/tiny-seed";

// jsdom ships without type declarations here; only the constructor is needed.
type JsdomCtor = new (html: string, opts?: { url?: string; runScripts?: "dangerously" }) => { window: Window & typeof globalThis };
const { JSDOM } = createRequire(import.meta.url)("jsdom") as { JSDOM: JsdomCtor };

let sim: Simulator;
let cookie: string;
beforeAll(async () => {
  sim = await startTiny();
  cookie = `sid=${sim.login("ada@pooled.example")}`;
});
afterAll(() => sim.close());

const get = (path: string, headers: Record<string, string> = {}) => raw(sim, "GET", path, { headers: { Cookie: cookie, ...headers } });

describe("Lightning shell", () => {
  it("redirects to the login page without a session", async () => {
    const res = await raw(sim, "GET", `/lightning/r/Case/${TINY.case1}/view`);
    expect(res.status).toBe(302);
    expect(res.headers.location).toBe(`/login?startURL=${encodeURIComponent(`/lightning/r/Case/${TINY.case1}/view`)}`);
    const lightning = await raw(sim, "GET", "/lightning/page/home", { headers: { Host: "acme.lightning.force.com" } });
    expect(String(lightning.headers.location)).toMatch(/^http:\/\/acme\.my\.salesforce\.com\/login\?startURL=/);
  });

  it("renders a case with stable hooks, escaped customer text and SPA links", async () => {
    const res = await get(`/lightning/r/Case/${TINY.case1}/view`);
    expect(res.status).toBe(200);
    const doc = new JSDOM(res.text).window.document;
    const main = doc.querySelector("main#sim-record")!;
    expect(main.getAttribute("data-object")).toBe("Case");
    expect(main.getAttribute("data-record-id")).toBe(TINY.case1);
    expect(doc.querySelector(".sim-title")!.textContent).toBe("00001001");
    expect(doc.querySelector('[data-field="Subject"] dd')!.textContent).toBe("PQL Hand Raise - pricing <b>tiers</b>");
    expect(doc.querySelector('[data-field="Description"] dd')!.textContent).toBe("Wants <script>alert(1)</script> pricing");
    expect(main.querySelectorAll("script")).toHaveLength(0);
    const account = doc.querySelector<HTMLAnchorElement>('[data-field="AccountId"] a[data-sim-link]')!;
    expect(account.getAttribute("href")).toBe(`/lightning/r/Account/${TINY.acme}/view`);
    expect(account.textContent).toBe("Acme <Corp>");
    expect(doc.querySelector('[data-field="OwnerId"] dd')!.textContent).toBe("Pooled Sales Queue");
  });

  it("renders the record in the path of a console URL", async () => {
    const res = await get(`/lightning/r/Case/${TINY.case3}/view?ws=${encodeURIComponent(`/lightning/r/Case/${TINY.case1}/view`)}`);
    const doc = new JSDOM(res.text).window.document;
    expect(doc.querySelector("main")!.getAttribute("data-record-id")).toBe(TINY.case3);
    expect(doc.querySelector('[data-field="Web_Form_Details__c"] dd')!.textContent).toBe("javascript:alert('x')");
    expect(doc.querySelector('[data-field="Web_Form_Details__c"] a')).toBeNull();
  });

  it("navigates between records with pushState and no reload", async () => {
    const url = `${sim.url}/lightning/r/Case/${TINY.case1}/view`;
    const res = await get(`/lightning/r/Case/${TINY.case1}/view`);
    const dom = new JSDOM(res.text, { url, runScripts: "dangerously" });
    const win = dom.window;
    let reloaded = false;
    win.addEventListener("beforeunload", () => (reloaded = true));
    // jsdom's fetch is missing; route the shell's same-origin fetch to the simulator with the page's cookie.
    (win as unknown as { fetch: typeof fetch }).fetch = ((input: string) => fetch(new URL(input, url), { headers: { Cookie: cookie } })) as typeof fetch;
    const navigated = new Promise<string>((resolve) => win.addEventListener("sim:navigated", (e: Event) => resolve((e as CustomEvent<{ path: string }>).detail.path)));
    win.document.querySelector<HTMLAnchorElement>('[data-field="AccountId"] a')!.click();
    expect(await navigated).toBe(`/lightning/r/Account/${TINY.acme}/view`);
    expect(win.location.pathname).toBe(`/lightning/r/Account/${TINY.acme}/view`);
    const main = win.document.querySelector("main#sim-record")!;
    expect(main.getAttribute("data-object")).toBe("Account");
    expect(main.getAttribute("data-record-id")).toBe(TINY.acme);
    expect(win.document.querySelector('[data-field="CARR__c"] dd')!.textContent).toBe("$125,000.00");
    expect(win.document.querySelector('[data-field="Website"] a')).toBeNull();
    expect(reloaded).toBe(false);
    win.close();
  });

  it("lists open cases and says so for a missing record", async () => {
    const list = new JSDOM((await get("/lightning/o/Case/list")).text).window.document;
    const links = [...list.querySelectorAll("a[data-sim-link]")].map((a) => a.getAttribute("href"));
    expect(links).toContain(`/lightning/r/Case/${TINY.case1}/view`);
    expect(links).not.toContain(`/lightning/r/Case/${TINY.caseClosed}/view`);
    const missing = new JSDOM((await get("/lightning/r/Case/500000000000000AAA/view")).text).window.document;
    expect(missing.querySelector("main")!.getAttribute("data-page")).toBe("missing");
    expect(missing.querySelector(".sim-title")!.textContent).toBe("Record not found");
  });
});

describe("Classic", () => {
  it("renders /{15-char id} as a full page with Classic links", async () => {
    const res = await get(`/${TINY.acme.slice(0, 15)}`);
    expect(res.status).toBe(200);
    const doc = new JSDOM(res.text).window.document;
    expect(doc.title).toContain("Acme <Corp>");
    expect(doc.querySelector("main")!.getAttribute("data-object")).toBe("Account");
    const caseLinks = [...doc.querySelectorAll(".sim-related a")].map((a) => a.getAttribute("href"));
    expect(caseLinks).toContain(`/${TINY.case1.slice(0, 15)}`);
    expect(doc.querySelectorAll("a[data-sim-link]")).toHaveLength(0);
  });

  it("serves the /500 case list with ?fcf=", async () => {
    const res = await get("/500?fcf=00B000000000001");
    expect(res.status).toBe(200);
    expect(res.text).toContain(`href="/${TINY.case3.slice(0, 15)}"`);
  });
});

describe("TLS", () => {
  it("serves HTTPS with the generated certificate for any Host", async () => {
    const tlsSim = await startTiny({ tls: true });
    try {
      expect(tlsSim.url).toMatch(/^https:/);
      const res = await raw(tlsSim, "POST", "/services/oauth2/token", {
        headers: { "Content-Type": "application/x-www-form-urlencoded", Host: "acme.my.salesforce.com" },
        body: new URLSearchParams({ grant_type: "password", username: "ada@pooled.example", password: TINY.password, client_id: "c", client_secret: "s" }).toString(),
      });
      expect(res.json<{ instance_url: string }>().instance_url).toBe("https://acme.my.salesforce.com");
    } finally {
      await tlsSim.close();
    }
  });
});

describe("page latency", () => {
  it("holds Salesforce's pages, not the API, for the page latency (a Lightning page takes its time)", async () => {
    sim.setPageLatency(200);
    try {
      let started = Date.now();
      expect((await get(`/lightning/r/Case/${TINY.case1}/view`)).status).toBe(200);
      expect(Date.now() - started).toBeGreaterThanOrEqual(190);
      started = Date.now();
      expect((await raw(sim, "GET", "/services/data/v62.0/limits", { headers: { Authorization: `Bearer ${cookie.slice(4)}` } })).status).toBe(200);
      expect(Date.now() - started).toBeLessThan(150);
    } finally {
      sim.setPageLatency(0);
    }
  });
});
