/**
 * Starts the case's read the moment a Salesforce page is recognised as a Case
 * (document_start, and on each in-page navigation), before the panel's frame has
 * even loaded: the worker keeps the read for the panel's own request, so the
 * frame's load and the network overlap. It only reads the URL and sends the case
 * id; the worker answers it nothing about the case.
 */
import type { PlasmoCSConfig } from "plasmo";

import { recogniseRecordPage } from "../domain/record-page/recognise-record-page";

export const config: PlasmoCSConfig = {
  matches: ["https://*.my.salesforce.com/*", "https://*.lightning.force.com/*"],
  run_at: "document_start",
  all_frames: false,
};

let announced: string | null = null;

function announce(): void {
  const page = recogniseRecordPage(location.href);
  const caseId = page?.object === "Case" ? page.recordId : null;
  if (caseId === announced) return;
  announced = caseId;
  // No worker, or an extension reloaded under the page: the panel reads the case itself.
  if (caseId) chrome.runtime.sendMessage({ type: "case/prefetch", caseId }).catch(() => undefined);
}

const navigation = (globalThis as { navigation?: EventTarget }).navigation;
navigation?.addEventListener("currententrychange", announce);
addEventListener("popstate", announce);
announce();
