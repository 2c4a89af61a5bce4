/**
 * The worker on an org it has never seen (the simulated acme org): with the
 * handbook's defaults the org check says what is missing, queries name only what
 * exists and the panel stays up; with acme's own profile everything is found.
 */
import acmeProfileJson from "../../test/fixtures/acme-profile.json";
import { createSimulator, type Simulator } from "../../test/simulator/index";
import { ACME_APP, ACME_CASES, ACME_USERS } from "../../test/simulator/seeds/acme";
import { simWorker } from "../../test/support/sim-worker";
import { DEFAULT_PROFILE, OrgProfileSchema, type OrgProfile } from "../domain/org-profile";
import type { CasePanelAnswer } from "../messaging/case-panel-data";
import type { OrgContext } from "../messaging/org-context";
import { clearOrgCheckMemory } from "../salesforce/operations/check-org";
import { clearMemoryCache } from "../salesforce/session-cache";

const ACME_PROFILE = OrgProfileSchema.parse(acmeProfileJson);

let sim: Simulator;
beforeAll(async () => {
  sim = await createSimulator({ seed: "acme", tls: false });
});
afterAll(() => sim.close());
beforeEach(() => {
  clearMemoryCache();
  clearOrgCheckMemory();
  sim.resetRequests();
});

/** Jamie's worker, connected through the org's External Client App (acme refuses browser sessions on the API). */
function worker(profile: OrgProfile) {
  const { send } = simWorker(sim, ACME_USERS.jamieOrtiz.username, { clientId: ACME_APP.consumerKey, profile });
  return <T>(request: Parameters<typeof send>[0]) => send(request) as Promise<{ ok: boolean; data?: T; error?: { message: string; errorCode?: string } }>;
}

describe("on an org the profile does not describe", () => {
  it("says what is switched off, and nulls the fields the org lacks", async () => {
    const send = worker(DEFAULT_PROFILE);
    const context = await send<OrgContext>({ type: "org/context" });
    expect(context.ok).toBe(true);
    const { fields, switchedOff } = context.data!;
    expect(fields["case.notes"]).toBeNull();
    expect(fields["account.carr"]).toBeNull();
    expect(switchedOff.join("\n")).toMatch(/Notes__c.*not found: Notes are not shown or saved/);
    expect(switchedOff.join("\n")).toMatch(/CARR__c.*not found: the pooled CARR threshold is not checked/);
    // Jamie is in acme's queues, not in the handbook's: the panel says which pool it falls back to.
    expect(switchedOff.join("\n")).toMatch(/You are in none of the pools' queues/);
  });

  it("keeps the panel up: a first read that names a missing field is checked and read again with what exists", async () => {
    const send = worker(DEFAULT_PROFILE);
    const panel = await send<CasePanelAnswer>({ type: "case/panel", caseId: ACME_CASES.npsDetractor });
    expect(panel.error).toBeUndefined();
    expect(panel.data!.case).toMatchObject({ id: ACME_CASES.npsDetractor, notes: null, webFormDetails: null });
    // The second panel of the session knows what exists: one call, no INVALID_FIELD.
    sim.resetRequests();
    const again = await send<CasePanelAnswer>({ type: "case/panel", caseId: ACME_CASES.postChurn });
    expect(again.ok).toBe(true);
    expect(sim.countRequests({ path: "/composite" })).toBe(1);
  });
});

describe("with the org's own profile", () => {
  it("finds everything and reads acme's own fields", async () => {
    const send = worker(ACME_PROFILE);
    const context = await send<OrgContext>({ type: "org/context" });
    expect(context.data!.switchedOff, context.data!.switchedOff.join("; ")).toEqual([]);
    expect(context.data!.me).toMatchObject({ poolKey: "na" });
    const panel = await send<CasePanelAnswer>({ type: "case/panel", caseId: ACME_CASES.cadenceDay3 });
    expect(panel.ok).toBe(true);
    expect(panel.data!.case.recordType).toBe("Digital_Sales_Request");
    const notes = sim.store.get("Case", ACME_CASES.cadenceDay3)!.Rep_Notes__c ?? null;
    expect(panel.data!.case.notes).toBe(notes);
  });
});
