/**
 * The upgrade cap under races, against the simulated org made to lose them: the
 * same AE creating from two browsers (two sessions, no shared worker) when at 14
 * of 15, and twice from one worker (two tabs). Whatever the interleaving, the AE
 * ends at 15 and each creator says what is true.
 */
import jsforce from "jsforce";

import { createSimulator, type Simulator } from "../../../test/simulator/index";
import { DEMO_USERS } from "../../../test/simulator/seeds/baseline";
import { CAP_AE_OPEN_UPGRADE_OPP_IDS, DEMO_CASES, demoSeed } from "../../../test/simulator/seeds/demo";
import { simWorker } from "../../../test/support/sim-worker";
import type { OrgContext } from "../../messaging/org-context";
import type { CreateUpgradeResult } from "../../messaging/pool";
import { clearMemoryCache } from "../session-cache";
import { createUpgradeOpportunity } from "./create-upgrade-opportunity";

const JORDAN = DEMO_USERS.jordanRivera;
const CASES = [DEMO_CASES.contactUsNew, DEMO_CASES.npsNew];

let sim: Simulator;
let org: OrgContext;
beforeEach(async () => {
  clearMemoryCache();
  sim = await createSimulator({ seed: demoSeed(new Date()), tls: false });
  for (const caseId of CASES) sim.store.update("Case", caseId, { OwnerId: JORDAN.userId, Status: "In Progress" }, JORDAN.userId, { autoAssign: false });
  sim.store.delete("Opportunity", CAP_AE_OPEN_UPGRADE_OPP_IDS[0]!); // 14 of 15
  const context = await simWorker(sim, JORDAN.username).send({ type: "org/context" });
  org = context.data as OrgContext;
});
afterEach(() => {
  sim.clearFailures();
  return sim.close();
});

/** Jordan in another browser: a session of their own, no worker in common. */
const browser = () => new jsforce.Connection({ instanceUrl: sim.url, accessToken: sim.login(JORDAN.username), version: "62.0" });

const jordansOpen = ({ includeDeleted = false } = {}) =>
  sim.store
    .query(`SELECT Id FROM Opportunity WHERE IsClosed = false AND OwnerId = '${JORDAN.userId}' AND Name LIKE '%Ultimate Upgrade%'`, { includeDeleted })
    .records.map((r) => r.Id as string);

/** Each creator's answer is true of the org afterwards. */
function expectTruthful(results: CreateUpgradeResult[]) {
  const open = jordansOpen();
  expect(open).toHaveLength(15);
  const created = results.filter((r) => r.outcome === "created");
  const refused = results.filter((r) => r.outcome === "refused");
  expect(created).toHaveLength(1);
  expect(refused).toHaveLength(1);
  expect(open).toContain(created[0]!.opportunity.id);
  expect(created[0]).toMatchObject({ count: 15, cap: 15 });
  expect(refused[0]!.reason).toMatch(/you already have 15 active Ultimate Upgrade opportunities, the limit is 15; another tab or browser created one a moment ago/);
  expect(refused[0]!.mine.map((opp) => opp.id).sort()).toEqual([...open].sort());
}

/** Resolves once the condition holds (polled; the simulator runs other requests meanwhile), within 8 s: the whole suite on two cores can hold the other browser back for seconds. */
async function until(condition: () => boolean) {
  const deadline = Date.now() + 8_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error("timed out waiting");
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** Each creator's first read (the count) parks until the other's has been read too: both count 14. */
function bothCountFourteen() {
  let counted = 0;
  const meet = () => {
    counted += 1;
    return until(() => counted === 2);
  };
  return CASES.map((caseId) => sim.composite.between({ after: "stage", match: { path: caseId }, run: meet }));
}

describe("two browsers creating at 14 of 15", () => {
  it("both count 14 before either creates: one keeps the 15th place, the other takes its own back", async () => {
    const meetings = bothCountFourteen();
    const results = await Promise.all(CASES.map((caseId) => createUpgradeOpportunity(browser(), caseId, org)));
    expect(meetings.map((hook) => hook.state)).toEqual(["fired", "fired"]);
    expectTruthful(results);
  });

  it("in the same second, both POSTs land before either reads: they agree on who is 15th", async () => {
    sim.clock.freeze();
    const meetings = bothCountFourteen();
    // The first create's composite parks after its POST until the other's POST has landed: both then read 16. The
    // other may read, lose and delete its own between two polls, so what is counted is what was created.
    const afterPost = sim.composite.between({ after: "create", match: { referenceId: "create" }, run: () => until(() => jordansOpen({ includeDeleted: true }).length === 16) });
    const results = await Promise.all(CASES.map((caseId) => createUpgradeOpportunity(browser(), caseId, org)));
    expect([...meetings, afterPost].map((hook) => hook.state)).toEqual(["fired", "fired", "fired"]);
    expectTruthful(results);
  });
});

describe("the loser cannot take its create back", () => {
  it("Salesforce refuses the delete (no Delete on Opportunity): the AE is told it stands past the cap, never that it was not created", async () => {
    const meetings = bothCountFourteen();
    sim.fail({ method: "DELETE", path: "/sobjects/Opportunity/", status: 400, body: [{ errorCode: "INSUFFICIENT_ACCESS_OR_READONLY", message: "insufficient access rights on object id" }] });
    const results = await Promise.all(CASES.map((caseId) => createUpgradeOpportunity(browser(), caseId, org)));
    expect(meetings.map((hook) => hook.state)).toEqual(["fired", "fired"]);
    const over = results.find((r) => r.outcome === "over-cap");
    expect(over).toMatchObject({ cap: 15, reason: expect.stringMatching(/created past your limit of 15 .*another tab or browser created one a moment ago.*refused to delete it \(insufficient access/) });
    expect(jordansOpen()).toHaveLength(16);
    expect(jordansOpen()).toContain(over?.outcome === "over-cap" ? over.opportunity.id : "none");
  });
});

describe("one worker, two tabs", () => {
  it("a double click joins the create under way; another case's create waits for it and is refused with the truth", async () => {
    const worker = simWorker(sim, JORDAN.username);
    const [a, again, b] = await Promise.all([
      worker.send({ type: "upgrade/create", caseId: CASES[0]! }),
      worker.send({ type: "upgrade/create", caseId: CASES[0]! }),
      worker.send({ type: "upgrade/create", caseId: CASES[1]! }),
    ]);
    expect(a.data).toMatchObject({ outcome: "created", count: 15 });
    expect(again.data).toEqual(a.data);
    expect(b.data).toMatchObject({ outcome: "refused", reason: expect.stringMatching(/You already own 15 active Ultimate Upgrade opportunities; the limit is 15/) });
    expect(jordansOpen()).toHaveLength(15);
  });
});
