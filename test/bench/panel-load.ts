/**
 * What the panel frame really loads to show a case: the scripts it fetched (its
 * entry and any chunk), read from the frame's resources once the case is on
 * screen and the frame has been idle, weighed from the build's files. Every
 * other script the panel page can load (its lazy chunks) is "on demand".
 *
 *   npx tsx test/bench/panel-load.ts   # alone: the figure from the current build
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

import { startOrgSession, type OrgSession } from "../e2e/support/org-session";
import { frameIdle, scriptsLoadedBy, scriptsOf } from "../e2e/support/panel-scripts";
import { DEMO_CASES } from "../simulator/seeds/demo";
import { BUILD_DIR } from "../tools/extension-browser";
import { bytes } from "./bundle-bench";

/** The build's files under a directory, as paths relative to the build ("tabs/panel.1a2b.js"). */
function scriptsUnder(dir = ""): string[] {
  return readdirSync(join(BUILD_DIR, dir)).flatMap((name) => {
    const path = dir ? `${dir}/${name}` : name;
    return statSync(join(BUILD_DIR, path)).isDirectory() ? scriptsUnder(path) : path.endsWith(".js") ? [path] : [];
  });
}

const rawBytes = (path: string) => bytes(path).raw;

export interface PanelLoad {
  /** Scripts the frame loaded to show the case, with their raw bytes. */
  loaded: Record<string, number>;
  loadedBytes: number;
  /** The panel's other chunks (not any other page's entry): loaded on demand. */
  onDemand: Record<string, number>;
  onDemandBytes: number;
}

/** Weighs what `frame` loaded against the panel page's chunks; `otherEntries` are other pages' scripts (never the panel's). */
export function panelLoadOf(loadedPaths: readonly string[], otherEntries: ReadonlySet<string>): PanelLoad {
  const loaded = Object.fromEntries(loadedPaths.map((path) => [path, rawBytes(path)]));
  const onDemand = Object.fromEntries(
    scriptsUnder()
      .filter((path) => !otherEntries.has(path) && !(path in loaded) && !path.startsWith("tabs/") && !path.startsWith("static/"))
      .map((path) => [path, rawBytes(path)]),
  );
  const total = (sizes: Record<string, number>) => Object.values(sizes).reduce((sum, size) => sum + size, 0);
  return { loaded, loadedBytes: total(loaded), onDemand, onDemandBytes: total(onDemand) };
}

/** Other pages' scripts, from the manifest and the popup's and options' html: never counted as the panel's. */
export function otherEntriesOfBuild(): Set<string> {
  const manifest = JSON.parse(readFileSync(join(BUILD_DIR, "manifest.json"), "utf8")) as { content_scripts: { js: string[] }[] };
  // A chunk the popup also loads up front (a shared one) is still one the panel loads on demand: only entries are left out.
  const popupEntry = scriptsOf("popup.html").filter((path) => path.startsWith("popup."));
  return new Set([...manifest.content_scripts.flatMap((entry) => entry.js), ...popupEntry, ...scriptsOf("options.html")]);
}

/** Opens a typical case (a New case in the AE's pool queue, not theirs) and weighs what its panel loaded until idle. */
export async function panelLoadBench(org: Pick<OrgSession, "browser" | "openCase" | "panel" | "caseNumber">, caseId: string = DEMO_CASES.contactUsNew): Promise<PanelLoad & { caseId: string }> {
  await org.openCase(caseId);
  await org.panel.waitForCase(org.caseNumber(caseId));
  await frameIdle(await org.panel.waitForFrame());
  // A frame that shows a case has loaded its entry at least: an empty list is a read that missed (one bench run got
  // it), never a panel of 0 KiB. Asked again, and a failure if it stays empty.
  for (let tries = 0; tries < 10; tries++) {
    const loaded = await scriptsLoadedBy(org.browser.context, await org.panel.waitForFrame());
    if (loaded.length > 0) return { caseId, ...panelLoadOf(loaded, otherEntriesOfBuild()) };
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error("The panel showed its case, but DevTools lists no script its frame loaded: the panel bundle was not measured.");
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const org = await startOrgSession("averyChen");
  try {
    console.log(JSON.stringify(await panelLoadBench(org), null, 2));
  } finally {
    await org.close();
  }
}
