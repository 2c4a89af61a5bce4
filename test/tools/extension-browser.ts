/**
 * Launches real Chromium with the production build of the extension loaded, and
 * Salesforce's host names (X.my.salesforce.com, X.lightning.force.com) resolved
 * to the local simulator, so the extension runs on the real URL shapes.
 * Shared by the e2e tests, the demo and the benchmark.
 */
import { mkdtempSync, rmSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

import { chromium, type BrowserContext, type Worker } from "playwright-core";

import { ensureChromium } from "./chromium";

export const BUILD_DIR = resolve(import.meta.dirname, "../../build/chrome-mv3-prod");
export const ORG = "acme";
export const MY_DOMAIN = `https://${ORG}.my.salesforce.com`;
export const LIGHTNING = `https://${ORG}.lightning.force.com`;

export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  close(): Promise<void>;
}

/**
 * `otherOrgs`: more simulated orgs, each reached by its own My Domain name (a
 * sandbox's "acme--uat.sandbox", say) on its own port; every other org name reaches `simPort`.
 */
export async function launchExtensionBrowser(options: { simPort: number; headless?: boolean; extensionDir?: string; otherOrgs?: Array<{ org: string; port: number }> }): Promise<ExtensionBrowser> {
  const extensionDir = options.extensionDir ?? BUILD_DIR;
  if (!existsSync(join(extensionDir, "manifest.json"))) {
    throw new Error(`No production build at ${extensionDir}: run "npm run build" first.`);
  }
  const profileDir = mkdtempSync(join(tmpdir(), "pcc-profile-"));
  const headless = options.headless ?? true;
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: ensureChromium(),
    headless,
    ignoreHTTPSErrors: true,
    viewport: { width: 1400, height: 900 },
    args: [
      ...(headless ? ["--headless=new"] : []),
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      // The first rule that matches a host wins: the named orgs' hosts before the wildcards.
      `--host-resolver-rules=${[
        ...(options.otherOrgs ?? []).flatMap(({ org, port }) => [`MAP ${org}.my.salesforce.com 127.0.0.1:${port}`, `MAP ${org}.lightning.force.com 127.0.0.1:${port}`]),
        `MAP *.my.salesforce.com 127.0.0.1:${options.simPort}`,
        `MAP *.lightning.force.com 127.0.0.1:${options.simPort}`,
      ].join(", ")}`,
      "--ignore-certificate-errors",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker", { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    async close() {
      await context.close();
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

/** A case's Lightning record page. */
export function caseUrl(caseId: string): string {
  return `${LIGHTNING}/lightning/r/Case/${caseId}/view`;
}

/** The URL that logs a browser in with an API session, the way Salesforce's frontdoor does. */
export function frontdoorUrl(accessToken: string, returnPath: string): string {
  const url = new URL(`${MY_DOMAIN}/secur/frontdoor.jsp`);
  url.searchParams.set("sid", accessToken);
  url.searchParams.set("retURL", returnPath);
  return url.toString();
}
