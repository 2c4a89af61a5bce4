/**
 * Driving the toolbar badge's refresh from a test (or the demo) without waiting
 * 8 minutes for its alarm: with the alarm gone and the last pool read forgotten,
 * the next Salesforce page load reads the pool again at once, as when the first
 * Salesforce tab opens (the badge's own read, or the panel's read carrying it).
 * And a case that enters the AMER queue the way a web form's case would.
 */
import type { Page, Worker } from "playwright-core";

import type { Simulator } from "../../simulator/index";
import { DEMO_USERS, QUEUE_IDS, RECORD_TYPE_IDS } from "../../simulator/seeds/baseline";

/** Where the worker keeps each org's last pool read (src/background/badge.ts). */
const LAST_READ_KEY = "badge:last-pool-read:v2";

export async function refreshBadge(worker: Worker, page: Page): Promise<void> {
  await worker.evaluate((key) => Promise.all([chrome.alarms.clear("pcc-badge-refresh"), chrome.storage.session.remove(key)]), LAST_READ_KEY);
  await page.reload();
  const read = () => worker.evaluate(async (key) => Object.keys(((await chrome.storage.session.get(key))[key] as object | undefined) ?? {}).length > 0, LAST_READ_KEY);
  for (let waited = 0; !(await read()) && waited < 15_000; waited += 100) await page.waitForTimeout(100);
  if (!(await read())) throw new Error("The badge did not refresh.");
  await page.waitForTimeout(300);
}

/** A new pooled case waiting in the AMER queue; its id. */
export function newQueueCase(sim: Simulator, fields: { Subject: string; Origin: string; Priority: string }): string {
  return sim.store.insert("Case", { ...fields, Status: "New", RecordTypeId: RECORD_TYPE_IDS.pooledSalesCase, OwnerId: QUEUE_IDS.amer }, DEMO_USERS.kenjiWatanabe.userId, { autoAssign: false });
}
