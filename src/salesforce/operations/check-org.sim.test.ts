/**
 * The org check against the simulated org, with the real jsforce client: one
 * Composite, cached for the session and the profile, forced on "Check again";
 * a renamed field is reported with its candidates; a REST refusal of the session
 * is an item, not a failure.
 */
import jsforce from "jsforce";

import { createSimulator, type Simulator } from "../../../test/simulator/index";
import { DEMO_USERS } from "../../../test/simulator/seeds/baseline";
import { demoSeed } from "../../../test/simulator/seeds/demo";
import { memoryStorageArea } from "../../../test/support/memory-storage-area";
import { DEFAULT_PROFILE } from "../../domain/org-profile/default-profile";
import type { OrgProfile } from "../../domain/org-profile/schema";
import { clearOrgCheckMemory, getOrgCheck, orgCheckSubrequests, peekOrgCheck } from "./check-org";

let sim: Simulator;
beforeAll(async () => {
  sim = await createSimulator({ seed: demoSeed(new Date()), tls: false });
});
afterAll(() => sim.close());
afterEach(() => {
  sim.clearFailures();
  clearOrgCheckMemory();
});

const avery = () => {
  const token = sim.login(DEMO_USERS.averyChen.username);
  const session = { instanceUrl: sim.url, accessToken: token };
  return { session, connection: new jsforce.Connection({ ...session, version: "62.0" }) };
};
const withProfile = (change: (profile: OrgProfile) => void) => {
  const profile = structuredClone(DEFAULT_PROFILE);
  change(profile);
  return profile;
};

describe("the org check on the simulated org", () => {
  it("asks in one Composite of describes and at most five queries", () => {
    const subrequests = orgCheckSubrequests(withProfile((p) => (p.people.manager = { kind: "permission-set", permissionSet: "Pooled_ASM" })), DEMO_USERS.averyChen.userId);
    expect(subrequests.filter((sub) => sub.url.includes("/query?")).length).toBeLessThanOrEqual(5);
    expect(subrequests.length).toBeLessThanOrEqual(25);
  });

  it("finds the demo org's fields, queues and statuses, and caches the answer for the session and profile", async () => {
    const { session, connection } = avery();
    const storage = memoryStorageArea();
    sim.resetRequests();
    const check = await getOrgCheck(connection, session, DEFAULT_PROFILE, DEMO_USERS.averyChen.userId, { storage });
    const status = Object.fromEntries(check.items.map((item) => [item.id, item.status]));
    expect(status).toMatchObject({ api: "found", "object:Case": "found", "field:case.notes": "found", "field:account.carr": "found", "queue:amer": "found", "status:In Progress": "found", "record-type:Pooled_Sales_Case": "found" });
    expect(sim.countRequests({ path: "/services/data/v62.0/composite" })).toBe(1);

    await getOrgCheck(connection, session, DEFAULT_PROFILE, DEMO_USERS.averyChen.userId, { storage });
    expect(sim.countRequests({ path: "/services/data/v62.0/composite" })).toBe(1);
    clearOrgCheckMemory();
    // A worker Chrome restarted reads it back from session storage.
    await expect(peekOrgCheck(session, DEFAULT_PROFILE, DEMO_USERS.averyChen.userId, storage)).resolves.toEqual(check);
    // The panel's check, asked before userinfo answers, is another entry: it holds no membership.
    await expect(peekOrgCheck(session, DEFAULT_PROFILE, null, storage)).resolves.toBeNull();
    await getOrgCheck(connection, session, DEFAULT_PROFILE, DEMO_USERS.averyChen.userId, { storage, force: true });
    expect(sim.countRequests({ path: "/services/data/v62.0/composite" })).toBe(2);
    await expect(peekOrgCheck(session, withProfile((p) => (p.label = "changed")), DEMO_USERS.averyChen.userId, storage)).resolves.toBeNull();
  });

  it("reports a field the org lacks with the org's field of that label as the candidate", async () => {
    const { session, connection } = avery();
    const profile = withProfile((p) => (p.account.fields.carr = "Customer_ARR__c"));
    const check = await getOrgCheck(connection, session, profile, DEMO_USERS.averyChen.userId, { storage: memoryStorageArea() });
    expect(check.items.find((item) => item.id === "field:account.carr")).toMatchObject({ status: "missing", candidates: [{ apiName: "CARR__c" }, ] });
  });

  it("turns Salesforce's refusal of the browser session into the API item", async () => {
    const { session, connection } = avery();
    sim.fail({ path: "/services/data/v62.0/composite", status: 401, times: 1, body: [{ errorCode: "INVALID_SESSION_ID", message: "This session is not valid for use with the REST API" }] });
    const check = await getOrgCheck(connection, session, DEFAULT_PROFILE, DEMO_USERS.averyChen.userId, { storage: memoryStorageArea() });
    expect(check.items).toEqual([expect.objectContaining({ id: "api", status: "no-access" })]);
  });
});
