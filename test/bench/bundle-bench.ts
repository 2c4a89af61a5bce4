/**
 * What the production build weighs (raw and gzip), and how long the service worker
 * takes to start: Chrome stops an idle MV3 worker, and the next message starts it
 * again (a cold start) before it can answer.
 *
 * Cold start = median time for a message to be answered by a stopped worker,
 * minus the median for the same message to a running one. The worker is stopped
 * through the DevTools protocol (ServiceWorker.stopAllWorkers), as Chrome does
 * when it is idle.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

import { REDELIVER_AFTER_MS } from "../../src/messaging/send-request";
import { createSimulator } from "../simulator/index";
import { scriptsOf } from "../e2e/support/panel-scripts";
import { BUILD_DIR, launchExtensionBrowser } from "../tools/extension-browser";
import { median } from "./measure";

interface Manifest {
  background: { service_worker: string };
  content_scripts: { js: string[] }[];
}

export interface Size {
  raw: number;
  gzip: number;
}

export function bytes(file: string): Size {
  const content = readFileSync(join(BUILD_DIR, file));
  return { raw: content.length, gzip: gzipSync(content).length };
}

const sum = (sizes: Size[]): Size => sizes.reduce((total, size) => ({ raw: total.raw + size.raw, gzip: total.gzip + size.gzip }), { raw: 0, gzip: 0 });

function totalSize(dir: string): number {
  return readdirSync(dir).reduce((total, name) => {
    const path = join(dir, name);
    const stat = statSync(path);
    return total + (stat.isDirectory() ? totalSize(path) : stat.size);
  }, 0);
}

export interface BundleSizes {
  contentScripts: Size;
  worker: Size;
  /** The panel page's entry script (what a case page loads is measured in Chromium: panel-load.ts). */
  panelEntry: Size;
  popup: Size;
  buildTotalBytes: number;
}

export function bundleSizes(): BundleSizes {
  const manifest = JSON.parse(readFileSync(join(BUILD_DIR, "manifest.json"), "utf8")) as Manifest;
  const panelEntry = scriptsOf("tabs/panel.html");
  return {
    contentScripts: sum(manifest.content_scripts.flatMap((entry) => entry.js).map(bytes)),
    worker: bytes(manifest.background.service_worker),
    panelEntry: sum(panelEntry.map(bytes)),
    popup: sum(scriptsOf("popup.html").map(bytes)),
    buildTotalBytes: totalSize(BUILD_DIR),
  };
}

export interface ColdStart {
  coldMs: { median: number; runs: number[] };
  warmMs: { median: number; runs: number[] };
  /** cold - warm: what starting the worker adds to the first message. */
  startMs: number;
}

export async function workerColdStart(runs = 7): Promise<ColdStart> {
  const sim = await createSimulator({ seed: "empty" });
  const browser = await launchExtensionBrowser({ simPort: sim.port });
  try {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send("ServiceWorker.enable");
    // A request the worker answers without the network: it only has to be running. Sent as the panel's sendRequest
    // does: again, after its waits, when Chrome says no listener received it (the worker was still stopping), the
    // waits counted.
    const ask = () =>
      page.evaluate(async (waits) => {
        const started = performance.now();
        const message = { type: "org/context" };
        for (const wait of waits) {
          try {
            await chrome.runtime.sendMessage(message);
            return performance.now() - started;
          } catch (error) {
            if (!/Receiving end does not exist/.test(String(error))) throw error;
          }
          await new Promise((resolve) => setTimeout(resolve, wait));
        }
        await chrome.runtime.sendMessage(message);
        return performance.now() - started;
      }, REDELIVER_AFTER_MS);
    const cold: number[] = [];
    const warm: number[] = [];
    for (let i = 0; i < runs; i++) {
      await cdp.send("ServiceWorker.stopAllWorkers");
      await page.waitForTimeout(300);
      cold.push(await ask());
      await page.waitForTimeout(100);
      warm.push(await ask());
    }
    const coldMs = median(cold);
    const warmMs = median(warm);
    return { coldMs: { median: Math.round(coldMs), runs: cold.map(Math.round) }, warmMs: { median: Math.round(warmMs), runs: warm.map(Math.round) }, startMs: Math.round(coldMs - warmMs) };
  } finally {
    await browser.close();
    await sim.close();
  }
}
