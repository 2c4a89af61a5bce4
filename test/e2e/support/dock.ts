/**
 * Reading the dock from outside, as a test must: its shadow root is closed to the
 * page, so its text is read through the DevTools protocol (which pierces it), and
 * what it covers is found the way the browser paints: elementsFromPoint.
 */
import type { Page, Worker } from "playwright-core";

export interface DockGeometry {
  left: number;
  width: number;
  /** Right edge of the page's own content box (body). */
  bodyRight: number;
  /** Salesforce elements painted anywhere under the dock. */
  covered: string[];
}

export async function dockGeometry(page: Page): Promise<DockGeometry> {
  return page.evaluate(`(() => {
    const host = document.querySelector("pooled-case-copilot").getBoundingClientRect();
    const covered = new Set();
    for (let x = host.left + 1; x < host.right; x += 24) {
      for (let y = 1; y < innerHeight; y += 12) {
        for (const el of document.elementsFromPoint(x, y)) {
          if (el.localName === "pooled-case-copilot" || el === document.documentElement || el === document.body) continue;
          covered.add(el.localName + (el.id ? "#" + el.id : "") + (el.className && typeof el.className === "string" ? "." + el.className.split(" ").join(".") : ""));
        }
      }
    }
    return { left: Math.round(host.left), width: Math.round(host.width), bodyRight: Math.round(document.body.getBoundingClientRect().right), covered: [...covered] };
  })()`);
}

/** The right edge of each element the selector matches. */
export async function rightEdges(page: Page, selector: string): Promise<number[]> {
  return page.locator(selector).evaluateAll((elements) => elements.map((element) => Math.round(element.getBoundingClientRect().right)));
}

interface CdpNode {
  nodeName: string;
  nodeValue?: string;
  localName?: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
}

/** The text and the toggle's label inside the dock's closed shadow root. */
export async function dockText(page: Page): Promise<{ text: string; toggle: string | null; expanded: string | null }> {
  const cdp = await page.context().newCDPSession(page);
  const { root } = (await cdp.send("DOM.getDocument", { depth: -1, pierce: true })) as { root: CdpNode };
  await cdp.detach();
  const find = (node: CdpNode): CdpNode | null => (node.localName === "pooled-case-copilot" ? node : [...(node.children ?? [])].map(find).find(Boolean) ?? null);
  const shadow = find(root)?.shadowRoots?.[0];
  const texts: string[] = [];
  let toggle: string | null = null;
  let expanded: string | null = null;
  const walk = (node: CdpNode) => {
    if (node.localName === "style") return;
    if (node.nodeName === "#text" && node.nodeValue?.trim()) texts.push(node.nodeValue.trim());
    if (node.localName === "button") {
      const attrs = node.attributes ?? [];
      toggle = attrs[attrs.indexOf("aria-label") + 1] ?? null;
      expanded = attrs[attrs.indexOf("aria-expanded") + 1] ?? null;
    }
    (node.children ?? []).forEach(walk);
  };
  if (shadow) walk(shadow);
  return { text: texts.join(" | "), toggle, expanded };
}

/** The Salesforce tab's id, as the worker sees it (for what a keyboard shortcut sends). */
export async function salesforceTabId(worker: Worker): Promise<number> {
  return worker.evaluate(async () => (await chrome.tabs.query({ url: ["https://*.lightning.force.com/*", "https://*.my.salesforce.com/*"], active: true }))[0]!.id!);
}
