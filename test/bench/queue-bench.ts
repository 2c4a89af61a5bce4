/**
 * The popup, the toolbar badge and the AE's day, measured in real Chromium on the
 * production build against the simulator (whose request log counts every call):
 *
 *   - API calls to open the toolbar popup (goal 1);
 *   - the badge: a poll when no answer brought the pool within the period (1 call),
 *     an alarm after a case view or popup answer that carried it (0 calls), a case
 *     view that carries it (still 1 call), and 0 calls while no Salesforce tab is open;
 *   - a simulated AE day (goal <= 100, badge included): 30 case views, 5 claims,
 *     5 closes and 8 hours of badge. The day is COMPUTED from the per-action counts
 *     measured here and the badge's schedule (a real 8-hour run is not practical);
 *     the output says so and shows the formula.
 *
 * Expects a production build (run-bench builds first).
 */
import type { Page, Worker } from "playwright-core";

import { BADGE_ALARM, BADGE_PERIOD_MINUTES, RIDE_AFTER_MS } from "../../src/background/badge-logic";
import { setWorkAlerts } from "../e2e/support/org-session";
import { PanelPage } from "../e2e/support/panel";
import { badgeText, PopupPage } from "../e2e/support/popup";
import { createSimulator, type Simulator } from "../simulator/index";
import { DEMO_USERS } from "../simulator/seeds/baseline";
import { DEMO_CASES, demoSeed } from "../simulator/seeds/demo";
import { caseUrl, frontdoorUrl, launchExtensionBrowser } from "../tools/extension-browser";
import { apiCalls, median } from "./measure";

/** REST and OAuth (userinfo) calls. */
const REST_AND_OAUTH = /^\/services\/(data|oauth2)\//;
const settle = (page: Page, ms = 600) => page.waitForTimeout(ms);
const LAST_READ_KEY = "badge:last-pool-read:v2";

async function measure(sim: Simulator, page: Page, action: () => Promise<unknown>): Promise<number> {
  sim.resetRequests();
  await action();
  await settle(page);
  return apiCalls(sim, REST_AND_OAUTH);
}

/**
 * Fires the badge's alarm now (unpacked extensions may schedule alarms sooner than
 * Chrome's minimum), then puts the periodic alarm back as the worker had it.
 */
async function fireBadgeAlarm(worker: Worker, page: Page): Promise<void> {
  await worker.evaluate((name) => chrome.alarms.create(name, { when: Date.now() }), BADGE_ALARM);
  await settle(page, 1_000);
  await worker.evaluate(([name, minutes]) => chrome.alarms.create(name, { periodInMinutes: minutes, delayInMinutes: minutes }), [BADGE_ALARM, BADGE_PERIOD_MINUTES] as const);
}

/** As if the last pool read were a period old: the next alarm must poll, the next case view rides. */
const ageLastRead = (worker: Worker) => worker.evaluate((key) => chrome.storage.session.remove(key), LAST_READ_KEY);

/**
 * How many polls the badge makes in `minutes` when case views come evenly spread:
 * every read (poll or ride) sets the next poll a period later, and a view carries
 * the pool read once the last read is RIDE_AFTER_MS old.
 */
export function badgePollsInDay(views: number, minutes = 8 * 60): { polls: number; rides: number } {
  const period = BADGE_PERIOD_MINUTES;
  const rideAfter = RIDE_AFTER_MS / 60_000;
  const viewAt = Array.from({ length: views }, (_, i) => ((i + 0.5) * minutes) / views);
  let last = 0;
  let polls = 1; // the first, when the first Salesforce tab opens
  let rides = 0;
  let next = 0;
  for (;;) {
    const poll = last + period;
    const view = viewAt[next] ?? Infinity;
    if (Math.min(poll, view) > minutes) break;
    if (view <= poll) {
      if (view - last >= rideAfter) {
        rides++;
        last = view;
      }
      next++;
    } else {
      polls++;
      last = poll;
    }
  }
  return { polls, rides };
}

export interface QueueBenchResult {
  callsToOpenPopup: { median: number; runs: number[] };
  badge: {
    callsPerPoll: { median: number; runs: number[] };
    callsPerAlarmAfterARead: number[];
    callsPerCaseViewCarryingIt: number[];
    callsWithoutSalesforceTab: number[];
    firstOfSession: number;
  };
  perAction: Record<string, number>;
  simulatedAeDay: { apiCalls: number; polls: number; rides: number; computed: string; formula: string; badgePeriodMinutes: number };
}

export async function queueBench(): Promise<QueueBenchResult> {
  const sim = await createSimulator({ seed: demoSeed(new Date()) });
  const browser = await launchExtensionBrowser({ simPort: sim.port });
  // The bench runs at any hour: outside the pool's business hours the badge would pause, and poll nothing.
  await setWorkAlerts(browser, {});
  try {
    const page = await browser.context.newPage();
    const panel = new PanelPage(page);
    const { worker, extensionId } = browser;
    const badge = () => badgeText(worker);

    // The first Salesforce tab starts the badge: its first poll also reads the org context (cached per session).
    sim.resetRequests();
    await page.goto(frontdoorUrl(sim.login(DEMO_USERS.averyChen.username), "/lightning/page/home"));
    for (let i = 0; i < 100 && !(await badge()); i++) await settle(page, 100);
    await settle(page);
    const firstOfSession = apiCalls(sim, REST_AND_OAUTH);

    const pollRuns: number[] = [];
    for (let i = 0; i < 3; i++) {
      await ageLastRead(worker);
      pollRuns.push(await measure(sim, page, () => fireBadgeAlarm(worker, page)));
    }
    // Right after a read, the alarm has nothing to do.
    const afterRead: number[] = [];
    for (let i = 0; i < 2; i++) afterRead.push(await measure(sim, page, () => fireBadgeAlarm(worker, page)));

    const popupRuns: number[] = [];
    for (let i = 0; i < 3; i++) {
      await ageLastRead(worker);
      popupRuns.push(
        await measure(sim, page, async () => {
          const popup = await PopupPage.open(browser.context, extensionId);
          await popup.close();
        }),
      );
      // The popup's answer held the whole queue: the badge rode on it.
      afterRead.push(await measure(sim, page, () => fireBadgeAlarm(worker, page)));
    }

    const viewRuns: number[] = [];
    const ridingViews: number[] = [];
    const views = [DEMO_CASES.pqlNew, DEMO_CASES.churnNew, DEMO_CASES.inboundRequestNew, DEMO_CASES.contactUsNew];
    for (const [i, caseId] of views.entries()) {
      // Half the views find the badge due: they carry the pool read, and the alarm after them has nothing to do.
      const due = i % 2 === 1;
      if (due) await ageLastRead(worker);
      const calls = await measure(sim, page, async () => {
        await page.goto(caseUrl(caseId));
        await (await panel.waitForFrame()).locator("article.case-panel").waitFor({ timeout: 20_000 });
      });
      (due ? ridingViews : viewRuns).push(calls);
      if (due) afterRead.push(await measure(sim, page, () => fireBadgeAlarm(worker, page)));
    }

    // Claim and close through the worker, as the panel sends them (from our own extension page).
    const ext = await PopupPage.open(browser.context, extensionId);
    const send = (message: unknown) => ext.page.evaluate((m) => chrome.runtime.sendMessage(m), message);
    const version = (caseId: string) => {
      const record = sim.store.get("Case", caseId)!;
      return { caseId, lastModifiedDate: String(record.LastModifiedDate), ownerId: String(record.OwnerId), accountId: (record.AccountId as string | null) ?? null };
    };
    const claim = await measure(sim, page, () => send({ type: "case/claim", ...version(DEMO_CASES.pqlNew) }));
    const closeOptionsOnce = await measure(sim, page, () => send({ type: "case/close-options" }));
    const { caseId, lastModifiedDate, ownerId } = version(DEMO_CASES.pqlNew);
    const fromStatus = String(sim.store.get("Case", caseId)!.Status);
    const close = await measure(sim, page, () => send({ type: "case/close", caseId, lastModifiedDate, ownerId, fromStatus, status: "Closed_Resolved", resolutionAction: "Question Answered", opportunity: null }));
    await ext.close();

    // No Salesforce tab: the alarm stops itself without an API call.
    await page.goto("about:blank");
    await settle(page, 1_000);
    const withoutTab: number[] = [];
    for (let i = 0; i < 2; i++) {
      await ageLastRead(worker);
      withoutTab.push(await measure(sim, page, () => fireBadgeAlarm(worker, page)));
    }

    const caseView = median([...viewRuns, ...ridingViews]);
    const poll = median(pollRuns);
    const { polls, rides } = badgePollsInDay(30);
    // Each claim and close answers with the case read back: no second read.
    const perAction = { caseView, claim, close, closeOptionsOncePerSession: closeOptionsOnce, badgePoll: poll, orgContextOncePerSession: firstOfSession - poll };
    const day = 30 * perAction.caseView + 5 * perAction.claim + 5 * perAction.close + perAction.closeOptionsOncePerSession + perAction.orgContextOncePerSession + polls * perAction.badgePoll;
    return {
      callsToOpenPopup: { median: median(popupRuns), runs: popupRuns },
      badge: { callsPerPoll: { median: poll, runs: pollRuns }, callsPerAlarmAfterARead: afterRead, callsPerCaseViewCarryingIt: ridingViews, callsWithoutSalesforceTab: withoutTab, firstOfSession },
      perAction,
      simulatedAeDay: {
        apiCalls: day,
        polls,
        rides,
        computed: "from the per-action counts measured above and the badge's schedule, not from an 8-hour run",
        formula: `30 x caseView + 5 x claim + 5 x close + closeOptions + orgContext + ${polls} polls x badgePoll (8 h, a poll ${BADGE_PERIOD_MINUTES} min after the last read; ${rides} of the 30 views, evenly spread, carry the read)`,
        badgePeriodMinutes: BADGE_PERIOD_MINUTES,
      },
    };
  } finally {
    await browser.close();
    await sim.close();
  }
}
