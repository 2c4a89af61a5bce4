/**
 * Driving the toolbar badge's refresh from a test (or the demo) without waiting
 * 6 minutes for its alarm: with the alarm gone, the next Salesforce page load
 * starts it again and refreshes at once, as when the first Salesforce tab opens.
 * And a case that enters the AMER queue the way a web form's case would.
 */
import type { Page, Worker } from "playwright-core";

import type { Simulator } from "../../simulator/index";
import { DEMO_USERS, QUEUE_IDS, RECORD_TYPE_IDS } from "../../simulator/seeds/baseline";

export async function refreshBadge(worker: Worker, page: Page, sim: Simulator): Promise<void> {
  await worker.evaluate(() => chrome.alarms.clear("pcc-badge-refresh"));
  const queries = () => sim.countRequests({ path: /\/query\?q=/ });
  const before = queries();
  await page.reload();
  for (let waited = 0; queries() === before && waited < 15_000; waited += 100) await page.waitForTimeout(100);
  if (queries() === before) throw new Error("The badge did not refresh.");
  await page.waitForTimeout(300);
}

/** A new pooled case waiting in the AMER queue; its id. */
export function newQueueCase(sim: Simulator, fields: { Subject: string; Origin: string; Priority: string }): string {
  return sim.store.insert("Case", { ...fields, Status: "New", RecordTypeId: RECORD_TYPE_IDS.pooledSalesCase, OwnerId: QUEUE_IDS.amer }, DEMO_USERS.kenjiWatanabe.userId, { autoAssign: false });
}
