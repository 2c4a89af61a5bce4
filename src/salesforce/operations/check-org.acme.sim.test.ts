/**
 * The org check on the acme org (named differently everywhere, API Access Control
 * on): with the defaults it lists exactly what acme lacks, each renamed field with
 * acme's own field as the top candidate; the browser's session is refused on the
 * API; with acme's profile everything is found.
 */
import jsforce from "jsforce";

import acmeProfileJson from "../../../test/fixtures/acme-profile.json";
import { createSimulator, type Simulator } from "../../../test/simulator/index";
import { ACME_APP, ACME_USERS, acmeSeed } from "../../../test/simulator/seeds/acme";
import { DEFAULT_PROFILE } from "../../domain/org-profile/default-profile";
import { parseProfile } from "../../domain/org-profile/parse-profile";
import { loadOrgCheck } from "./check-org";

let sim: Simulator;
beforeAll(async () => {
  sim = await createSimulator({ seed: acmeSeed(new Date()), tls: false });
});
afterAll(() => sim.close());

const jamie = ACME_USERS.jamieOrtiz;
const connectionAs = (token: string) => new jsforce.Connection({ instanceUrl: sim.url, accessToken: token, version: "62.0" });
const appToken = () => sim.login(jamie.username, { clientId: ACME_APP.consumerKey });

describe("the org check on acme", () => {
  it("with the defaults, lists exactly what acme lacks, with acme's own names as the candidates where they read alike", async () => {
    const check = await loadOrgCheck(connectionAs(appToken()), DEFAULT_PROFILE, jamie.userId);
    const off = Object.fromEntries(check.items.filter((item) => item.status !== "found").map((item) => [item.id, item.candidates[0]?.apiName ?? null]));
    expect(off).toEqual({
      membership: null,
      "record-type:Pooled_Sales_Case": "Digital_Sales_Request",
      "field:case.notes": "Rep_Notes__c",
      // "Outcome" and "Sales Territory" read nothing like the roles' labels: no candidate beats a wrong one.
      "field:case.resolutionAction": null,
      "field:case.webFormDetails": "Form_Submission__c",
      "field:case.firstResponded": "First_Touch_At__c",
      "field:case.timeToFirstResponse": "Hours_To_First_Touch__c",
      "field:case.opportunity": "Related_Deal__c",
      "field:account.carr": "Contracted_ARR__c",
      "field:account.region": null,
      "queue:amer": "NA_Digital_Sales",
      "queue:emea": null,
      "status:In Progress": "Working",
      "group:Pooled_Sales_Managers": null,
    });
    expect(check.items.find((item) => item.id === "api")?.status).toBe("found");
  });

  it("refuses the browser session on the REST API: the check says so and stops there", async () => {
    const check = await loadOrgCheck(connectionAs(sim.login(jamie.username)), DEFAULT_PROFILE, jamie.userId);
    expect(check.items.map((item) => [item.id, item.status])).toEqual([["api", "no-access"]]);
  });

  it("with acme's profile, finds everything, Jamie in the NA queue", async () => {
    const parsed = parseProfile(acmeProfileJson);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    const check = await loadOrgCheck(connectionAs(appToken()), parsed.profile, jamie.userId);
    expect(check.items.filter((item) => item.status !== "found").map((item) => `${item.id}: ${item.detail}`)).toEqual([]);
    expect(check.items.find((item) => item.id === "membership")?.detail).toBe("member of NA Digital Sales");
  });
});
