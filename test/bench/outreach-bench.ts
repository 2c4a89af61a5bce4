/**
 * Issue 12's numbers for run-bench.ts: API calls to draft a cadence email (open the
 * draft, open the mail link: the target is none), to log it once sent, and to log
 * a call with its retry (the target is one each, the panel's update included:
 * the log's answer carries the Task). Counted in the simulator's request log, every
 * API call, from the click until the API has been quiet for a while.
 *
 * It runs its own demo org and browser, started on a Wednesday morning so the
 * cadence's steps fall on business days whatever day the bench runs, as Avery Chen:
 * claims DEMO_CASES.pqlNew, drafts and logs its Day 1 email, then on Day 3 logs a
 * call nobody answered with its retry.
 *
 *   import { outreachBench } from "./outreach-bench";
 *   const outreach = await outreachBench();   // build loaded; add `outreach` to the printed JSON
 */
import type { Page } from "playwright-core";

import { CaseActionsPanel } from "../e2e/support/case-actions-panel";
import { nextWednesdayMorning, OrgClock } from "../e2e/support/org-clock";
import { startOrgSession } from "../e2e/support/org-session";
import { OutreachPanel } from "../e2e/support/outreach-panel";
import type { Simulator } from "../simulator/index";
import { DEMO_USERS } from "../simulator/seeds/baseline";
import { DEMO_CASES } from "../simulator/seeds/demo";
import { ANY_API, waitForQuietApi } from "./measure";

export interface OutreachBenchResult {
  apiCallsToDraftEmail: number;
  apiCallsToLogEmailPanelUpdated: number;
  apiCallsToLogCallWithRetryPanelUpdated: number;
}

/** The API calls an action costs: from before it until no call has arrived for 600 ms. */
async function callsOf(sim: Simulator, page: Page, action: () => Promise<unknown>): Promise<number> {
  sim.resetRequests();
  await action();
  return waitForQuietApi(sim, page, { path: ANY_API, quietMs: 600, maxMs: Infinity });
}

export async function outreachBench(): Promise<OutreachBenchResult> {
  const timeZone = DEMO_USERS.averyChen.timeZone;
  const org = await startOrgSession("averyChen", { at: nextWednesdayMorning(timeZone) });
  try {
    const { sim, page } = org;
    const outreach = new OutreachPanel(org.panel);
    const caseId = DEMO_CASES.pqlNew;
    const caseNumber = org.caseNumber(caseId);

    await org.openCase(caseId);
    await new CaseActionsPanel(org.panel).claim(caseNumber);
    await waitForQuietApi(sim, page, { quietMs: 600, maxMs: Infinity });
    await outreach.catchExternalLinks();

    const draft = await callsOf(sim, page, async () => {
      await outreach.draftEmail(1);
      const group = outreach.step(1).getByRole("group", { name: "Day 1 email" });
      await group.getByRole("link", { name: /^Open in / }).click();
      await group.getByText("Sent?").waitFor();
    });
    const logEmail = await callsOf(sim, page, async () => {
      await outreach.step(1).getByRole("button", { name: "Yes, log it" }).click();
      await outreach.waitForState(1, "done");
    });

    await new OrgClock(sim, page).moveToLocal(await outreach.date(3), "10:00", timeZone);
    await page.reload();
    await org.panel.waitForCase(caseNumber, 20_000);
    await waitForQuietApi(sim, page, { quietMs: 600, maxMs: Infinity });
    await outreach.catchExternalLinks();
    const logCall = await callsOf(sim, page, async () => {
      await outreach.callAndLog(3, { outcome: "No answer", note: "Rang out" });
      await outreach.waitForState(3, "done");
    });

    return { apiCallsToDraftEmail: draft, apiCallsToLogEmailPanelUpdated: logEmail, apiCallsToLogCallWithRetryPanelUpdated: logCall };
  } finally {
    await org.close();
  }
}
