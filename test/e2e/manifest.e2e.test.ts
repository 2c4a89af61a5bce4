/** Cheap checks on the built manifest: what Chromium and the Web Store will see. */
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";

import { BUILD_DIR } from "../tools/extension-browser";

interface Manifest {
  name: string;
  manifest_version: number;
  permissions: string[];
  host_permissions: string[];
  content_scripts: { matches: string[]; js: string[]; run_at?: string }[];
  web_accessible_resources: { resources: string[]; matches: string[]; use_dynamic_url?: boolean }[];
  background: { service_worker: string };
  action?: { default_popup?: string };
  incognito?: string;
  storage?: { managed_schema?: string };
  options_ui?: { page?: string };
}

const manifest = JSON.parse(readFileSync(join(BUILD_DIR, "manifest.json"), "utf8")) as Manifest;
const SALESFORCE = ["https://*.lightning.force.com/*", "https://*.my.salesforce.com/*"];

describe("the production manifest", () => {
  it("has the toolbar popup (the queue of my pool)", () => {
    expect(manifest.action?.default_popup).toBe("popup.html");
  });

  it("runs a separate worker in incognito, so an incognito tab never acts with the regular window's session", () => {
    expect(manifest.incognito).toBe("split");
  });

  it("has a name (Chromium silently refuses an extension without one)", () => {
    expect(manifest.name).toBe("Pooled Case Copilot");
    expect(manifest.manifest_version).toBe(3);
  });

  it("asks for no more than it uses", () => {
    // alarms: the toolbar badge's refresh (every 8 minutes when no panel or popup read the pool, only while a Salesforce tab is open).
    // No "tabs": tabs.query by the Salesforce URL patterns and tabs.update work with the host permissions.
    // identity: only "Connect to Salesforce" (OAuth where the org refuses the browser session on the API).
    // notifications: the desktop notifications an AE opts into on the options page.
    // webRequest: only to hear that a tab asks for a Salesforce page (host permissions bound it), so a case's read
    // starts with the page's request; it blocks and changes nothing.
    expect([...manifest.permissions].sort()).toEqual(["alarms", "cookies", "identity", "notifications", "storage", "webRequest"]);
    expect([...manifest.host_permissions].sort()).toEqual(SALESFORCE);
  });

  it("declares the admin's policy schema and the options page where an org is set up", () => {
    const schema = JSON.parse(readFileSync(join(BUILD_DIR, manifest.storage!.managed_schema!), "utf8"));
    expect(schema).toEqual(JSON.parse(readFileSync(join(BUILD_DIR, "../../assets/managed-schema.json"), "utf8")));
    expect(manifest.options_ui?.page).toBe("options.html");
  });

  it("injects one small content script on Salesforce only (the dock, at document_start), and exposes only the panel page", () => {
    expect(manifest.content_scripts).toHaveLength(1);
    expect(manifest.content_scripts.map((script) => script.run_at)).toEqual(["document_start"]);
    for (const script of manifest.content_scripts) {
      expect([...script.matches].sort()).toEqual(SALESFORCE);
      // The dock pushes the page, collapses to a rail and resizes: still under 12 KB with the bundler's runtime.
      for (const file of script.js) expect(statSync(join(BUILD_DIR, file)).size).toBeLessThan(12 * 1024);
    }
    expect(manifest.web_accessible_resources).toHaveLength(1);
    expect(manifest.web_accessible_resources[0]!.resources).toEqual(["tabs/panel.html"]);
    expect([...manifest.web_accessible_resources[0]!.matches].sort()).toEqual(SALESFORCE);
    // Only under the URL getURL gives (a new one each browser session): a page cannot frame the panel by guessing it.
    expect(manifest.web_accessible_resources[0]!.use_dynamic_url).toBe(true);
  });
});
