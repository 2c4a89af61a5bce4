/**
 * Bench of the pooled-account banner and the referral create, for run-bench.ts:
 * API round trips per banner (first of the session, with describe, and later
 * ones), per create, and navigation-to-banner time at 0 and 200 ms of latency.
 *
 *   import { accountBench } from "./account-bench";
 *   const account = await accountBench(sim, page);   // after logging in; the build must be loaded
 *
 * It leaves the simulator's latency at 0 and creates a few referral cases.
 */
import type { Page } from "playwright-core";

import type { Simulator } from "../simulator/index";
import { AccountPanel } from "../e2e/support/account-panel";
import { PanelPage } from "../e2e/support/panel";
import { apiCalls, median, REST_API, waitForStartupApi } from "./measure";

export interface AccountBenchResult {
  bannerRoundTrips: { first: number; later: number[] };
  createRoundTrips: number[];
  navigationToBanner_0msLatency: { medianMs: number; runs: number[] };
  navigationToBanner_200msLatency: { medianMs: number; runs: number[] };
}

/** Pooled accounts (owned by the Pooled Sales User) with at least one contact, by name. */
function pooledAccounts(sim: Simulator): Array<{ id: string; name: string }> {
  const withContacts = new Set(sim.store.rows("Contact").map((contact) => String(contact.AccountId)));
  const pooledUser = sim.store.rows("User").find((user) => user.Name === "Pooled Sales User")?.Id;
  return sim.store
    .rows("Account")
    .filter((account) => account.OwnerId === pooledUser && withContacts.has(String(account.Id)) && !/[<>]/.test(String(account.Name)))
    .map((account) => ({ id: String(account.Id), name: String(account.Name) }));
}

export async function accountBench(sim: Simulator, page: Page, runsPerLatency = 5): Promise<AccountBenchResult> {
  const panel = new PanelPage(page);
  const banners = new AccountPanel({ page, panel });
  // The worker's start-up calls (the toolbar badge's first count) are not the banner's.
  await waitForStartupApi(sim, page);
  const accounts = pooledAccounts(sim);
  let next = 0;

  async function openBanner(): Promise<{ ms: number; roundTrips: number }> {
    const account = accounts[next++ % accounts.length]!;
    sim.resetRequests();
    const started = performance.now();
    await banners.open(account.id, account.name, 20_000);
    return { ms: performance.now() - started, roundTrips: apiCalls(sim, REST_API) };
  }

  const first = await openBanner();
  const later: number[] = [];
  const timings: Record<number, number[]> = { 0: [], 200: [] };
  for (const latency of [0, 200]) {
    sim.setLatency(latency);
    for (let i = 0; i < runsPerLatency; i++) {
      const open = await openBanner();
      timings[latency]!.push(Math.round(open.ms));
      later.push(open.roundTrips);
    }
  }
  sim.setLatency(0);

  const createRoundTrips: number[] = [];
  for (let i = 0; i < 2; i++) {
    await openBanner();
    const frame = await panel.waitForFrame();
    const form = frame.getByRole("form", { name: "Create a referral case" });
    await form.getByRole("radio").first().check();
    await form.getByLabel("Description").fill(`Bench referral ${i + 1}`);
    const reason = form.getByLabel("Case Reason");
    if (await reason.count()) await reason.selectOption({ index: 1 });
    sim.resetRequests();
    await form.getByRole("button", { name: "Create Pooled case" }).click();
    const duplicate = form.getByRole("button", { name: "Create another case anyway" });
    const status = frame.getByRole("status");
    await Promise.race([status.waitFor({ timeout: 20_000 }), duplicate.waitFor({ timeout: 20_000 })]);
    if (await duplicate.isVisible()) {
      await duplicate.click();
      await status.waitFor({ timeout: 20_000 });
    }
    createRoundTrips.push(apiCalls(sim, REST_API));
  }

  return {
    bannerRoundTrips: { first: first.roundTrips, later },
    createRoundTrips,
    navigationToBanner_0msLatency: { medianMs: Math.round(median(timings[0]!)), runs: timings[0]! },
    navigationToBanner_200msLatency: { medianMs: Math.round(median(timings[200]!)), runs: timings[200]! },
  };
}
