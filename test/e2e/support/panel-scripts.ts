/**
 * Which of the build's scripts the panel frame has loaded: its entry and any
 * chunk it imported since. Shared by the e2e test of what a case page loads and
 * the bench's panel figure.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";

import type { BrowserContext, Frame } from "playwright-core";

import { BUILD_DIR } from "../../tools/extension-browser";

/**
 * Paths in the build ("tabs/panel.1a2b.js") of the scripts the frame has loaded so far, from DevTools' resource tree
 * of the frame: Resource Timing leaves out chrome-extension:// loads, import() of a chunk among them.
 */
export async function scriptsLoadedBy(context: BrowserContext, frame: Frame): Promise<string[]> {
  const cdp = await context.newCDPSession(frame);
  try {
    const { frameTree } = await cdp.send("Page.getResourceTree");
    const scripts = frameTree.resources.filter((resource) => resource.type === "Script" && resource.url.startsWith("chrome-extension://"));
    return [...new Set(scripts.map((resource) => new URL(resource.url).pathname.slice(1)))].sort();
  } finally {
    await cdp.detach();
  }
}

/** Resolves in the frame's next idle period, and a moment after (where idle-time preloads would have started). */
export async function frameIdle(frame: Frame): Promise<void> {
  await frame.evaluate(() => new Promise<void>((done) => requestIdleCallback(() => setTimeout(done, 300), { timeout: 2_000 })));
}

/** The scripts a page of the build names in its html ("popup.html"), as paths in the build. */
export function scriptsOf(page: string): string[] {
  return [...readFileSync(join(BUILD_DIR, page), "utf8").matchAll(/<script[^>]+src="\/?([^"]+)"/g)].map((match) => match[1]!);
}

/** The scripts tabs/panel.html names: what the panel page loads before anything asks for more. */
export function panelEntryScripts(): string[] {
  return scriptsOf("tabs/panel.html").sort();
}
