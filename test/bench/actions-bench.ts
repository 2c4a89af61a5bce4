/**
 * Bench of the panel's writes for run-bench.ts: API calls per claim, transfer,
 * close and Notes save, the panel's redraw included (the issue's
 * target: 1 each), counted in the simulator's request log from the click until no
 * call has come for a while; plus what the close dialog's options cost the first
 * time in a session. Logging an activity is outreach-bench.ts's (issue 12).
 *
 *   import { actionsBench } from "./actions-bench";
 *   const actions = await actionsBench(sim, page);   // page logged in as an AMER AE (averyChen), build loaded
 *
 * It claims DEMO_CASES.pqlNew, saves Notes on it, transfers
 * DEMO_CASES.upgradeConflictCase to Marcus Lee and closes DEMO_CASES.urgentRenewalNew
 * with its opportunity.
 */
import type { Frame, Page } from "playwright-core";

import type { Simulator } from "../simulator/index";
import { DEMO_USERS, QUEUE_IDS } from "../simulator/seeds/baseline";
import { DEMO_CASES } from "../simulator/seeds/demo";
import { caseUrl } from "../tools/extension-browser";
import { PanelPage } from "../e2e/support/panel";
import { REST_API, waitForQuietApi } from "./measure";

export interface ActionsBenchResult {
  /** API calls from the click until the panel has redrawn, redraw included. */
  callsPerClaim: number;
  callsPerTransfer: number;
  callsPerClose: number;
  callsPerNotesSave: number;
  callsCloseOptionsFirstOpen: number;
}

/** Quiet for 600 ms: the write and anything the panel does after it have landed. Returns the REST calls counted. */
const settle = (page: Page, sim: Simulator): Promise<number> => waitForQuietApi(sim, page, { path: REST_API, quietMs: 600, maxMs: Infinity });

async function openCase(page: Page, panel: PanelPage, sim: Simulator, caseId: string): Promise<Frame> {
  await page.goto(caseUrl(caseId));
  await panel.waitForCase(String(sim.store.get("Case", caseId)!.CaseNumber), 20_000);
  const frame = await panel.waitForFrame();
  await settle(page, sim);
  return frame;
}

export async function actionsBench(sim: Simulator, page: Page): Promise<ActionsBenchResult> {
  const panel = new PanelPage(page);
  const me = DEMO_USERS.averyChen.userId;

  // Claim (a queue case; out of order it asks first, which costs no request).
  sim.store.update("Case", DEMO_CASES.pqlNew, { OwnerId: QUEUE_IDS.amer, Status: "New" }, me, { autoAssign: false });
  let frame = await openCase(page, panel, sim, DEMO_CASES.pqlNew);
  sim.resetRequests();
  await frame.getByRole("button", { name: "Claim", exact: true }).click();
  const anyway = frame.getByRole("button", { name: "Claim anyway" });
  if (await anyway.isVisible().catch(() => false)) await anyway.click();
  await frame.locator(".claim [role=status]").first().waitFor({ timeout: 20_000 });
  await frame.getByText(/You own this case now/).waitFor({ timeout: 20_000 });
  const claim = await settle(page, sim);

  // Save Notes on it.
  const notes = frame.getByRole("textbox", { name: /Notes/ });
  await notes.fill(`Bench note ${Date.now()}: call on Friday.`);
  sim.resetRequests();
  await frame.getByRole("button", { name: "Save notes" }).click();
  await frame.getByText("Saved", { exact: true }).waitFor({ timeout: 20_000 });
  const notesSave = await settle(page, sim);

  // Transfer (the demo's upgrade conflict).
  frame = await openCase(page, panel, sim, DEMO_CASES.upgradeConflictCase);
  sim.resetRequests();
  await frame.getByRole("button", { name: /^Transfer to / }).click();
  await frame.getByText(/^This case is with /).waitFor({ timeout: 20_000 });
  const transfer = await settle(page, sim);

  // Close, case and related opportunity together.
  sim.store.update("Case", DEMO_CASES.urgentRenewalNew, { OwnerId: me, Status: "In Progress", Reason: "Renewal" }, me, { autoAssign: false });
  frame = await openCase(page, panel, sim, DEMO_CASES.urgentRenewalNew);
  sim.resetRequests();
  await frame.getByRole("button", { name: "Close case…" }).click();
  const dialog = frame.getByRole("dialog", { name: "Close case" });
  await dialog.locator("select:enabled").nth(1).waitFor({ timeout: 20_000 });
  const closeOptions = await settle(page, sim);
  await dialog.getByLabel("Status").selectOption({ index: 1 });
  await dialog.getByLabel("Resolution Action").selectOption({ index: 1 });
  await dialog.getByLabel(/Opportunity stage/).selectOption({ index: 1 });
  sim.resetRequests();
  await dialog.getByRole("button", { name: /^Close case/ }).click();
  await frame.getByText(/^This case is closed/).waitFor({ timeout: 20_000 });
  const close = await settle(page, sim);

  return {
    callsPerClaim: claim,
    callsPerTransfer: transfer,
    callsPerClose: close,
    callsPerNotesSave: notesSave,
    callsCloseOptionsFirstOpen: closeOptions,
  };
}
