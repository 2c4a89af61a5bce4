/**
 * The panel's reads through the worker's router against the simulated org: the
 * badge riding on a case read (one Composite still), the queue heads it gives
 * equal to the queue's own, and a case of another queue read on its own.
 */

import { createSimulator, type Simulator } from "../../test/simulator/index";
import { DEMO_USERS } from "../../test/simulator/seeds/baseline";
import { DEMO_CASES, demoSeed } from "../../test/simulator/seeds/demo";
import { simWorker } from "../../test/support/sim-worker";
import type { CasePanelAnswer } from "../messaging/case-panel-data";
import { clearMemoryCache } from "../salesforce/session-cache";
import type { WaitingPoolCase } from "../salesforce/operations/pool-waiting";
import { forgetPoolReads, onPoolRead } from "./badge";

let sim: Simulator;
beforeAll(async () => {
  sim = await createSimulator({ seed: demoSeed(new Date()), tls: false });
});
afterAll(() => sim.close());
beforeEach(() => {
  clearMemoryCache();
  forgetPoolReads();
});

function averyWorker() {
  const worker = simWorker(sim, DEMO_USERS.averyChen.username);
  return {
    async panel(caseId: string): Promise<CasePanelAnswer> {
      const answer = await worker.send({ type: "case/panel", caseId });
      if (!answer.ok) throw new Error(answer.error?.message);
      return answer.data as CasePanelAnswer;
    },
    /** The session's org context read, as the panel's "org/context" does. */
    async context(): Promise<void> {
      expect((await worker.send({ type: "org/context" })).ok).toBe(true);
    },
  };
}

/** How many Composites reached the simulator since the last reset. */
const composites = () => sim.requests.filter((r) => r.path.endsWith("/composite")).length;

describe("the badge riding on the panel's read", () => {
  it("carries the pool read in the same Composite once the org context is known, and then not again within half a period", async () => {
    const { panel, context } = averyWorker();
    const reads: WaitingPoolCase[][] = [];
    const stop = onPoolRead((_host, waiting) => reads.push([...waiting]));
    try {
      // The first panel of a session knows no pool yet: a plain read.
      await panel(DEMO_CASES.pqlNew);
      expect(reads).toHaveLength(0);
      await context();
      sim.resetRequests();
      const ridden = await panel(DEMO_CASES.churnNew);
      expect(composites()).toBe(1);
      expect(reads).toHaveLength(1);
      expect(reads[0]!.some((row) => row.needsAttention)).toBe(true);
      // Its queue heads come from the pool read, and are the queue's own.
      clearMemoryCache();
      forgetPoolReads();
      const plain = await panel(DEMO_CASES.churnNew);
      expect(ridden.queueCases).toEqual(plain.queueCases);
      expect(ridden.queueCases.length).toBeGreaterThan(0);

      await context();
      await panel(DEMO_CASES.churnNew); // rides (no read yet after forgetting)
      sim.resetRequests();
      await panel(DEMO_CASES.pqlNew);
      expect(reads).toHaveLength(2);
      expect(composites()).toBe(1);
    } finally {
      stop();
    }
  });

  it("answers the panel whatever becomes of the badge's share of the read: a failing badge step does not fail it", async () => {
    const { panel, context } = averyWorker();
    await context();
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const stop = onPoolRead(() => {
      throw new Error("the toolbar is gone");
    });
    try {
      sim.resetRequests();
      const answer = await panel(DEMO_CASES.churnNew);
      expect(answer.case.id).toBe(DEMO_CASES.churnNew);
      expect(composites()).toBe(1);
      await vi.waitFor(() => expect(warn).toHaveBeenCalledWith("Pooled Case Copilot: badge", expect.any(Error)));
    } finally {
      stop();
      warn.mockRestore();
    }
  });

  it("reads a case of another queue on its own when the pool read does not hold that queue's order", async () => {
    const { panel, context } = averyWorker();
    await context();
    sim.resetRequests();
    const emea = await panel(DEMO_CASES.emeaFastMovingBuyerNew);
    // The ride (AMER's pool), then the case with its own queue's heads: still correct, one extra call.
    expect(composites()).toBe(2);
    forgetPoolReads();
    clearMemoryCache();
    expect(emea.queueCases).toEqual((await panel(DEMO_CASES.emeaFastMovingBuyerNew)).queueCases);
  });
});
