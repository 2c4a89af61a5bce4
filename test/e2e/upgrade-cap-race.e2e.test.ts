/**
 * Issue 10 end to end: the upgrade cap holds when the same AE creates from two
 * browsers at once (their own and a colleague's, each with its own worker), in
 * real Chromium on the production build. Jordan Rivera is at 14 of 15; each
 * browser's count is read before either creates (the simulator parks both reads
 * until both are done: the race a count-then-create loses), in the same frozen
 * second. Exactly one create keeps the 15th place, and each panel says what is true.
 */
import { DEMO_USERS } from "../simulator/seeds/baseline";
import { CAP_AE_OPEN_UPGRADE_OPP_IDS, DEMO_CASES } from "../simulator/seeds/demo";
import { startOrgSession, type OrgSession } from "./support/org-session";
import { startSecondAe, type SecondAe } from "./support/second-ae";

const JORDAN = DEMO_USERS.jordanRivera.userId;
const CASES = [DEMO_CASES.contactUsNew, DEMO_CASES.npsNew] as const;

let org: OrgSession;
let other: SecondAe;

beforeAll(async () => {
  org = await startOrgSession("jordanRivera");
  other = await startSecondAe(org, "jordanRivera");
  for (const caseId of CASES) org.sim.store.update("Case", caseId, { OwnerId: JORDAN, Status: "In Progress" }, JORDAN, { autoAssign: false });
  org.sim.store.delete("Opportunity", CAP_AE_OPEN_UPGRADE_OPP_IDS[0]!); // 14 of 15
});
afterAll(async () => {
  org?.sim.clock.reset();
  await other?.close();
  await org?.close();
});

const jordansOpenUpgrades = () =>
  org.sim.store.query(`SELECT Id FROM Opportunity WHERE IsClosed = false AND OwnerId = '${JORDAN}' AND Name LIKE '%Ultimate Upgrade%'`).records.map((r) => String(r.Id));

describe("two browsers creating Jordan's 15th Ultimate Upgrade at once", () => {
  it("ends at 15, never 16: one panel says created (15/15), the other says plainly why not", async () => {
    const browsers = [org, other];
    const frames = await Promise.all(
      browsers.map(async (ae, i) => {
        await ae.openCase(CASES[i]!);
        await ae.panel.waitForCase(org.caseNumber(CASES[i]!));
        return ae.panel.waitForFrame();
      }),
    );
    const buttons = frames.map((frame) => frame.getByRole("button", { name: "Create Ultimate Upgrade opportunity" }));
    await Promise.all(buttons.map((button) => button.waitFor()));

    org.sim.clock.freeze();
    // Each browser's count (the first read of its create) parks until the other's has been read too.
    const hooks = CASES.map((caseId) => org.sim.composite.between({ after: "stage", match: { path: caseId }, pause: true }));
    await Promise.all(buttons.map((button) => button.click()));
    await Promise.all(hooks.map((hook) => hook.reached));
    // Disabled while the create is on its way: a second click cannot send another.
    for (const button of frames.map((frame) => frame.getByRole("button", { name: "Creating…" }))) expect(await button.isDisabled()).toBe(true);
    for (const hook of hooks) hook.release();

    const lines = await Promise.all(
      frames.map(async (frame) => {
        const status = frame.locator(".create-upgrade [role=status]");
        await status.waitFor({ timeout: 20_000 });
        return status.innerText();
      }),
    );
    expect(jordansOpenUpgrades()).toHaveLength(15);
    const created = lines.filter((line) => /^Created “.* - Ultimate Upgrade”, owned by you \(15\/15\)\.$/.test(line));
    const refused = lines.filter((line) => line.startsWith("Not created: you already have 15 active Ultimate Upgrade opportunities, the limit is 15; another tab or browser created one a moment ago."));
    expect([created.length, refused.length]).toEqual([1, 1]);
    // The refusal lists the 15 that stand, the winner's among them.
    const refusedFrame = frames[lines.indexOf(refused[0]!)]!;
    expect(await refusedFrame.locator(".create-upgrade .upgrade").count()).toBe(15);
  });
});
